/**
 * Highlights quotations in the article DOM: each quotation's text (marks included) is wrapped in
 * `<mark>` elements made with DOM calls, one per text node it touches (S17), never by editing HTML.
 * Every mark of one quotation shares `data-quote`; the speaker is in `data-speaker` and `title`, so
 * hovering shows it; the first mark of a quotation is focusable so the keyboard reaches it too.
 */
import { sliceBlock, type NodeSlice, type TextBlock } from '../text-blocks.js';
import type { FoundQuote } from './find-quotes.js';

/** What a highlight needs of a quotation. */
export type MarkableQuote = Pick<FoundQuote, 'start' | 'end' | 'kind' | 'speaker' | 'group'>;

interface Pending {
  slice: NodeSlice;
  quote: MarkableQuote;
  id: string;
  first: boolean;
  /** Another quotation's slice of the same text node is wrapped after this one (quotations that overlap). */
  shared: boolean;
}

/** The first block that ends after `offset` (blocks are in article order). */
function firstBlockAfter(blocks: readonly TextBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const block = blocks[mid] as TextBlock;
    if (block.start + block.text.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `idPrefix` keeps the ids of separately marked regions (the headline, the body) apart. */
export function markQuotes(blocks: readonly TextBlock[], quotes: readonly MarkableQuote[], idPrefix = 'quote-'): void {
  const pending: Pending[] = [];
  const seen = new Set<Text>();
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  ordered.forEach((quote, index) => {
    if (quote.start < 0 || quote.end <= quote.start) return;
    const id = `${idPrefix}${index + 1}`;
    let first = true;
    for (let b = firstBlockAfter(blocks, quote.start); b < blocks.length; b += 1) {
      const block = blocks[b] as TextBlock;
      if (block.start >= quote.end) break;
      const from = Math.max(0, quote.start - block.start);
      const to = Math.min(block.text.length, quote.end - block.start);
      for (const slice of sliceBlock(block, from, to)) {
        pending.push({ slice, quote, id, first, shared: seen.has(slice.node) });
        seen.add(slice.node);
        first = false;
      }
    }
  });
  // Last to first: splitting a text node keeps its earlier part in place, so earlier slices stay valid.
  for (let k = pending.length - 1; k >= 0; k -= 1) wrap(pending[k] as Pending);
}

/** One `<mark>` of quotation `id`: its kind, group and speaker; the quotation's first mark is focusable. */
export function markElement(doc: Document, quote: MarkableQuote, id: string, first: boolean): HTMLElement {
  const mark = doc.createElement('mark');
  mark.setAttribute('data-quote', id);
  mark.setAttribute('data-kind', quote.kind);
  mark.setAttribute('data-group', String(quote.group));
  if (quote.speaker !== null) {
    mark.setAttribute('data-speaker', quote.speaker);
    mark.setAttribute('title', quote.speaker);
  }
  if (first) mark.setAttribute('tabindex', '0');
  return mark;
}

/**
 * Wraps characters [start, end) of a text node in a mark. Inside the node, the node keeps the text
 * before them, the mark gets a new text node with them and a new text node after it the rest: the tree
 * two splitText calls and a move would make, in fewer DOM operations (each costs under jsdom).
 * At the node's start, the node keeps the text after them and the mark goes before it: nothing is
 * moved, and a move is a removal, which jsdom makes cost as much again as the document's node iterators
 * (DOMPurify leaves one per article in the command line's sanitizing document until they are collected).
 */
function wrap({ slice, quote, id, first, shared }: Pending): void {
  const node = slice.node;
  const parent = node.parentNode;
  const doc = node.ownerDocument;
  const data = node.data;
  if (parent === null || slice.end <= slice.start || slice.end > data.length) return;
  const mark = markElement(doc, quote, id, first);
  if (slice.start === 0 && slice.end < data.length && !shared) {
    mark.appendChild(doc.createTextNode(data.slice(0, slice.end)));
    node.data = data.slice(slice.end);
    parent.insertBefore(mark, node);
    return;
  }
  if (slice.start === 0) {
    // The node itself goes into the mark (the whole of it, or where an overlapping quotation still wraps
    // it, the part the DOM's splitText would leave in it), so a node is never wrapped twice differently.
    if (slice.end < data.length) node.splitText(slice.end);
    parent.insertBefore(mark, node);
    mark.appendChild(node);
    return;
  }
  const next = node.nextSibling;
  node.data = data.slice(0, slice.start);
  mark.appendChild(doc.createTextNode(data.slice(slice.start, slice.end)));
  parent.insertBefore(mark, next);
  if (slice.end < data.length) parent.insertBefore(doc.createTextNode(data.slice(slice.end)), next);
}
