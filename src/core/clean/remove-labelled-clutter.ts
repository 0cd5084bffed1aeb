import { blocksIn, isBlock, isLeafBlock, readsAsProse, textOf, wordCount } from './block-measure.js';
import { labelKind, type LabelKind } from './page-labels.js';

/** No labelled block holding more than this share of the article's words is clutter: it is the article. */
const MAX_SHARE = 0.4;

/** The outermost elements that carry a label, each with the kind it names, in document order. */
function labelled(root: Element): Array<{ element: Element; kind: LabelKind }> {
  const found: Array<{ element: Element; kind: LabelKind }> = [];
  for (const element of Array.from(root.querySelectorAll('[class], [id], [role]'))) {
    const kind = labelKind(element);
    if (kind !== null) found.push({ element, kind });
  }
  return found;
}

/** Prose anywhere inside: the element itself, or one of its leaf blocks, reads as sentences. */
function holdsProse(element: Element): boolean {
  if (readsAsProse(element) && (isLeafBlock(element) || !blocksIn(element).some(isLeafBlock))) return true;
  return blocksIn(element).some((inner) => isLeafBlock(inner) && readsAsProse(inner));
}

/** The nearest block around an inline element reads as prose. */
function insideProse(element: Element): boolean {
  let block = element.parentElement;
  while (block !== null && !isBlock(block)) block = block.parentElement;
  return block !== null && readsAsProse(block);
}

/**
 * Removes the blocks the page itself labels as not the story (class, id and role tokens: related,
 * newsletter, share, author, tags, comments, meta, sr-only, …; page-labels.json), while those labels are
 * still there: on the inert, not yet sanitized tree. A block that reads as prose, or holds a paragraph
 * that does, stays whatever its label says, and so does one that holds a large share of the article.
 * Captions are left to the figure rules.
 */
export function removeLabelledClutter(root: Element): void {
  let articleWords: number | null = null;
  for (const { element, kind } of labelled(root)) {
    if (kind === 'caption' || !root.contains(element)) continue;
    // "<span class=dateline>KOBE –</span> A total of…": inside a paragraph of prose, a labelled phrase
    // is part of the sentence, unless it is hidden from sight (screen-reader text).
    if (kind !== 'hidden' && !isBlock(element) && insideProse(element)) continue;
    const text = textOf(element);
    if (text !== '') {
      if (holdsProse(element)) continue;
      articleWords ??= wordCount(textOf(root));
      if (wordCount(text) > articleWords * MAX_SHARE) continue;
    }
    element.remove();
  }
}
