import { elementsByTag, elementsWithTags, tagSet } from '../select-tags.js';
import { hasSentenceEnd, wordCount } from '../text-measure.js';

/** Measures of a block the cleaning rules decide by: its words, its links, whether it reads as prose. */

/** Elements that hold blocks of text in Readability's output. */
export const BLOCK_TAGS = tagSet('p', 'div', 'section', 'aside', 'header', 'footer', 'nav', 'li', 'ul', 'ol', 'dl', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'table');

/** The blocks under `root`, in document order. */
export const blocksIn = (root: ParentNode): Element[] => elementsWithTags(root, BLOCK_TAGS);

export const INLINE_TAGS = new Set(['SPAN', 'STRONG', 'B', 'EM', 'I', 'SMALL', 'FONT', 'U', 'MARK', 'SUP', 'SUB', 'CITE']);

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName);
}

/**
 * Whether the node holds more than `limit` characters of text (as textContent counts them), reading only
 * as far as it must: the cheap first test the rules put big wrappers through. Reading a wrapper's whole
 * textContent instead builds the article's text once per level of nesting.
 */
export function hasMoreTextThan(node: Node, limit: number): boolean {
  let left = limit;
  const over = (parent: Node): boolean => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        left -= (child as Text).data.length;
        if (left < 0) return true;
      } else if (child.nodeType === 1 && over(child)) return true;
    }
    return false;
  };
  return over(node);
}

/** The node's text with a space where a block or a line break separates words, white space collapsed. */
export function textOf(node: Node): string {
  return rawText(node).replace(/\s+/g, ' ').trim();
}

function rawText(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  let text = '';
  // Siblings walked directly: a childNodes list costs jsdom (the command line) a fresh array per call.
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    const separate = child.nodeType === 1 && (isBlock(child as Element) || (child as Element).tagName === 'BR');
    text += separate ? ` ${rawText(child)} ` : rawText(child);
  }
  return text;
}

/** Words, with two Chinese or Japanese characters counted as one word (core/text-measure.ts). */
export { wordCount };

/** Whether an ancestor of `element` is a link (`element.parentElement?.closest('a')`). */
function insideLink(element: Element): boolean {
  for (let at = element.parentElement; at !== null; at = at.parentElement) if (at.localName === 'a') return true;
  return false;
}

/** Share of the element's text that sits inside links; `total` is its text's length (`textOf`), when the caller has measured it. */
export function linkDensity(element: Element, total: number = textOf(element).length): number {
  if (total === 0) return 0;
  let linked = 0;
  // By tag and by walking up, not by selector (`querySelectorAll('a')`, `closest('a')`): the same links, and
  // under jsdom each selector call costs its engine's own work, many times the walk through a link's few ancestors.
  for (const link of elementsByTag(element, 'a')) {
    if (insideLink(link)) continue; // counted with the outer link
    linked += textOf(link).length;
  }
  return Math.min(1, linked / total);
}

/** Block-level elements that are never judged as one block themselves but do end a leaf. */
const OTHER_BLOCK_LEVEL = new Set(['ARTICLE', 'MAIN', 'FIGURE', 'BLOCKQUOTE', 'PRE', 'ADDRESS', 'DETAILS', 'FIELDSET', 'HR', 'PICTURE']);

/** A block of its own in the page's layout: a block of text or another block-level element (a blockquote, a figure). */
export function isBlockLevel(element: Element): boolean {
  return isBlock(element) || OTHER_BLOCK_LEVEL.has(element.tagName);
}

/** A leaf block holds text but no other block. */
export function isLeafBlock(element: Element): boolean {
  if (!isBlock(element)) return false;
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (isBlockLevel(child)) return false;
  }
  return true;
}

// A ’ between letters is an apostrophe (l’essentiel, don’t), not a quotation mark.
const QUOTE_MARKS = /["“”„«»「」『』]|[‘’‚‹›](?!\p{L})|(?<!\p{L})[‘’‚‹›]/u;

export function hasQuoteMarks(text: string): boolean {
  return QUOTE_MARKS.test(text);
}

/**
 * Real prose: a few sentences of running text, not a list of links. The rules never remove such a block
 * unless its own text is what the rule is about (a call to action written as a sentence).
 */
export function readsAsProse(element: Element): boolean {
  const text = textOf(element);
  return wordCount(text) >= 20 && linkDensity(element, text.length) < 0.5 && hasSentenceEnd(text);
}
