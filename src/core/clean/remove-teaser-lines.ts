import { blocksIn, hasQuoteMarks, isLeafBlock, readsAsProse, textOf, wordCount } from './block-measure.js';
import { isLinkLine } from './remove-trailing-furniture.js';

/** A linked headline is this short at most; a longer linked block is the page's own text. */
const MAX_WORDS = 25;
/** And this long at least: "Next", "Learn more", "(Artist: Kim)" are controls and credits, not headlines. */
const MIN_WORDS = 4;
const HEADING = /^H[1-6]$/;
/** Inside these, a linked line is an item, a step, a cell or a quotation: the story's own. */
const KEEP_INSIDE = 'table, blockquote, pre, ul, ol, dl, figure, li';

/**
 * Removes teasers set between paragraphs of the story: a short line that is mostly one link to another
 * page ("Lesen Sie auch: <a>…</a>", "MIRA: <a>…</a>", a bare linked headline), with prose before and after
 * it. An editor's rule, judged by position, length and links, in any language: a sentence with a link in
 * it stays, as do headings (a section's own, with its permalink), a linked name in quotation marks (a
 * guide's item), lists, tables, quotations and the lines above the first paragraph.
 */
/**
 * One link to another page making most of one line: a row of buttons ("Try it now", "Learn more") is not a
 * headline, nor is an address to write to.
 */
function isOneLink(block: Element): boolean {
  const links = block.querySelectorAll('a');
  return links.length === 1 && /^https?:/i.test(links[0]?.getAttribute('href') ?? '') && block.querySelector('br') === null && isLinkLine(block);
}

export function removeTeaserLines(root: DocumentFragment | Element): void {
  const leaves = blocksIn(root).filter(isLeafBlock);
  const prose = leaves.map(readsAsProse);
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  for (let i = first + 1; i < last; i++) {
    const block = leaves[i] as Element;
    if (prose[i] || HEADING.test(block.tagName) || block.closest(KEEP_INSIDE) !== null || !isOneLink(block)) continue;
    const text = textOf(block);
    const words = wordCount(text);
    if (words >= MIN_WORDS && words <= MAX_WORDS && !hasQuoteMarks(text)) block.remove();
  }
}
