import { blocksIn, isBlock, isBlockLevel, isLeafBlock, readsAsProse, textOf, wordCount } from './block-measure.js';
import { labelKind, type LabelKind } from './page-labels.js';
import { elementsWhere } from '../select-tags.js';

/** Parts of a table: removing one shifts the cells after it (a Wikipedia infobox's `td class="category"`). */
const TABLE_PARTS = new Set(['TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION', 'COL', 'COLGROUP']);

/** No labelled block holding more than this share of the article's words is clutter: it is the article. */
const MAX_SHARE = 0.4;

/**
 * Kinds whose blocks may read as prose and still be the page's: an author's biography, "This entry was
 * posted on … and is filed under …", a related story's card with its summary, a newsletter pitch. After
 * the story's last paragraph they go, however well written. Comments are not among them: a live ticker
 * labels its entries "comment", and they are the story.
 */
const PROSE_AFTER_STORY: ReadonlySet<LabelKind> = new Set(['author', 'meta', 'related', 'promo', 'share', 'tags', 'chrome']);

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out: under Node there is no global `Node`. */
const FOLLOWING = 4;

/** The outermost elements that carry a label, each with the kind it names, in document order. */
function labelled(root: Element): Array<{ element: Element; kind: LabelKind }> {
  const found: Array<{ element: Element; kind: LabelKind }> = [];
  for (const element of elementsWhere(root, (candidate) => candidate.hasAttribute('class') || candidate.hasAttribute('id') || candidate.hasAttribute('role'))) {
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
 * that does, stays whatever its label says (unless it comes after the story's last paragraph and its kind
 * is one that writes prose of its own: PROSE_AFTER_STORY), and so does one that holds a large share of the article.
 * Captions are left to the figure rules.
 */
export function removeLabelledClutter(root: Element): void {
  let articleWords: number | null = null;
  const found = labelled(root);
  // Found once, when first asked (undefined until then; null when the article has no such paragraph).
  let storyEnd: Element | null | undefined;
  const afterStory = (element: Element): boolean => {
    if (storyEnd === undefined) storyEnd = lastStoryParagraph(root, new Set(found.filter(({ kind }) => kind !== 'caption').map(({ element: e }) => e)));
    return storyEnd !== null && !element.contains(storyEnd) && (storyEnd.compareDocumentPosition(element) & FOLLOWING) !== 0;
  };
  for (const { element, kind } of found) {
    if (kind === 'caption' || TABLE_PARTS.has(element.tagName) || !root.contains(element)) continue;
    // "<span class=dateline>KOBE –</span> A total of…": inside a paragraph of prose, a labelled phrase
    // is part of the sentence, unless it is hidden from sight (screen-reader text).
    if (kind !== 'hidden' && !isBlockLevel(element) && insideProse(element)) continue;
    const text = textOf(element);
    if (text !== '') {
      if (holdsProse(element) && !(PROSE_AFTER_STORY.has(kind) && afterStory(element))) continue;
      articleWords ??= wordCount(textOf(root));
      if (wordCount(text) > articleWords * MAX_SHARE) continue;
    }
    leftoverBlock(element)?.remove();
    element.remove();
  }
}

/** The story's last paragraph of prose: the last leaf block that reads as prose and sits in no labelled block. */
function lastStoryParagraph(root: Element, labelledBlocks: ReadonlySet<Element>): Element | null {
  const leaves = blocksIn(root).filter(isLeafBlock);
  for (let i = leaves.length - 1; i >= 0; i--) {
    const leaf = leaves[i] as Element;
    if (!readsAsProse(leaf)) continue;
    let inside = false;
    for (let at: Element | null = leaf; at !== null && at !== root; at = at.parentElement) {
      if (labelledBlocks.has(at)) {
        inside = true;
        break;
      }
    }
    if (!inside) return leaf;
  }
  return null;
}

/** Words a block may keep beside a removed phrase and still be only its frame ("By", "Por", "Foto:"). */
const MAX_FRAME_WORDS = 2;

/**
 * The block around an inline labelled element when nothing but a word or two of it would be left:
 * `<p>Por <span class="author">Josh Max</span></p>` goes whole, not as a lone "Por".
 */
function leftoverBlock(element: Element): Element | null {
  if (isBlockLevel(element)) return null;
  let block = element.parentElement;
  while (block !== null && !isBlock(block)) block = block.parentElement;
  if (block === null || !isLeafBlock(block)) return null;
  const rest = wordCount(textOf(block)) - wordCount(textOf(element));
  return rest <= MAX_FRAME_WORDS ? block : null;
}
