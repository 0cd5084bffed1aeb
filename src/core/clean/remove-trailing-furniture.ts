import { blocksIn, isLeafBlock, linkDensity, readsAsProse, textOf, wordCount } from './block-measure.js';

const HEADING = /^H[1-6]$/;
/** A line of links or a heading after the story's last paragraph is this short at most. */
const MAX_WORDS = 25;
/** Inside these, a short block is a step, a cell or a quoted line: the story's, wherever it sits. */
const KEEP_INSIDE = 'table, blockquote, pre, ol, dl, figure';

/** A line that is mostly links ("zurück", a related headline), short, outside the story's own structures. */
export function isLinkLine(block: Element): boolean {
  return block.querySelector('a') !== null && linkDensity(block) >= 0.5;
}

/** A heading, or a short line ending in a colon ("Kontakt:", "See also:"). */
const isHeading = (block: Element, text: string, words: number): boolean =>
  HEADING.test(block.tagName) || (words <= 6 && /[:：]$/u.test(text));

/**
 * Removes the page's furniture after the story's last paragraph of prose: short lines that are mostly
 * links ("back", a list of related headlines), and headings or labels that nothing kept follows
 * ("Weitere Beiträge zum Thema", "Contact:"). Judged by position, length and links, so it needs no label
 * and no phrase. Numbered steps, tables, quotations and figures stay, and so does a heading over kept text.
 */
export function removeTrailingFurniture(root: DocumentFragment | Element): void {
  const leaves = blocksIn(root).filter(isLeafBlock);
  let last = -1;
  for (let i = leaves.length - 1; i >= 0; i--) {
    if (readsAsProse(leaves[i] as Element)) {
      last = i;
      break;
    }
  }
  if (last < 0) return;
  let keptAfter = false;
  for (let i = leaves.length - 1; i > last; i--) {
    const block = leaves[i] as Element;
    const text = textOf(block);
    if (text === '') continue;
    const words = wordCount(text);
    const candidate = words <= MAX_WORDS && block.closest(KEEP_INSIDE) === null;
    if (candidate && (isLinkLine(block) || (!keptAfter && isHeading(block, text, words)))) block.remove();
    else keptAfter = true;
  }
}
