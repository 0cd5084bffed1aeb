import { blocksIn, isLeafBlock, textOf, wordCount } from './block-measure.js';
import { labelKey, phraseKey, type Phrases } from './phrases.js';

/** A label opens the endmatter only after this share of the article's words. */
const AFTER_SHARE = 0.6;
/** What it opens is at most this share of the article's words: a short tail, not a part of the story. */
const MAX_TAIL_SHARE = 0.3;
/** A label is a few words. */
const MAX_LABEL_WORDS = 5;
/** A source line that ends the story ("Quelle: dpa, 3. März") is this short at most. */
const MAX_SOURCE_LINE_WORDS = 15;
/** A shorter article has no end part to tell from its story. */
const MIN_ARTICLE_WORDS = 80;
/** A label inside these is a cell's, a step's or a quotation's, not the story's end. */
const KEEP_INSIDE = 'table, blockquote, pre, ol, dl, figure';

interface Leaf {
  block: Element;
  text: string;
  words: number;
}

/**
 * Removes what a story ends with under a label of its own: "Kontakt:", "Weitere Informationen:", "For more
 * information", with the contacts and links under it, to the article's end; and a
 * source line that ends the article ("Quelle: Stadtverwaltung, 3. März"). Press releases and institutes'
 * news end this way. Only at the end: the label comes after most of the article's words and what it opens
 * is short beside them, so a section of the story under such a heading stays (phrases/<lang>.json `endmatter`,
 * `sources`). A bibliography ("Quellen", "Literatur") is the story's own and stays.
 */
export function removeEndmatter(root: DocumentFragment | Element, phrases: Phrases): void {
  const leaves: Leaf[] = [];
  let total = 0;
  for (const block of blocksIn(root)) {
    if (!isLeafBlock(block)) continue;
    const text = textOf(block);
    const words = wordCount(text);
    if (words === 0) continue;
    leaves.push({ block, text, words });
    total += words;
  }
  if (total < MIN_ARTICLE_WORDS) return;
  let before = 0;
  for (let i = 0; i < leaves.length; i++) {
    const { block, text, words } = leaves[i] as Leaf;
    if (words <= MAX_LABEL_WORDS && before >= total * AFTER_SHARE && total - before <= total * MAX_TAIL_SHARE
      && phrases.endmatter.has(labelKey(text)) && block.closest(KEEP_INSIDE) === null) {
      for (const leaf of leaves.slice(i)) leaf.block.remove();
      return;
    }
    before += words;
  }
  const last = leaves[leaves.length - 1] as Leaf;
  if (last.words <= MAX_SOURCE_LINE_WORDS && phrases.sourceLine.test(phraseKey(last.text)) && last.block.closest(KEEP_INSIDE) === null) last.block.remove();
}
