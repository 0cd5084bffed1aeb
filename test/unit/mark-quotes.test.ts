/**
 * markQuotes builds each highlight with fewer DOM operations than splitting text nodes; the tree must be
 * the one the DOM's own splitText makes, node for node, whatever the ranges and the text nodes they cross.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { markElement, markQuotes, type MarkableQuote } from '../../src/core/quotes/mark-quotes.js';
import { sliceBlock, textBlocks, type TextBlock } from '../../src/core/text-blocks.js';

const dom = new JSDOM('<!doctype html><body></body>');
const doc = dom.window.document;
afterAll(() => dom.window.close());

/** Paragraphs whose text is cut into inline elements at the given points. */
function article(paragraphs: ReadonlyArray<{ text: string; cuts: number[] }>): HTMLElement {
  const root = doc.createElement('div');
  for (const { text, cuts } of paragraphs) {
    const p = doc.createElement('p');
    let at = 0;
    [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b).forEach((cut, index) => {
      if (cut <= at) return;
      const part = text.slice(at, cut);
      if (index % 2 === 0) p.append(part);
      else p.append(Object.assign(doc.createElement('em'), { textContent: part }));
      at = cut;
    });
    p.append(text.slice(at));
    root.append(p);
  }
  return root;
}

/** The highlight as the DOM spells it: split the text node at both ends and move the middle into the mark. */
function markBySplitting(blocks: readonly TextBlock[], quotes: readonly MarkableQuote[]): void {
  const pending: Array<{ node: Text; start: number; end: number; id: string; first: boolean; quote: MarkableQuote }> = [];
  [...quotes].sort((a, b) => a.start - b.start).forEach((quote, index) => {
    let first = true;
    for (const block of blocks) {
      if (block.start >= quote.end || block.start + block.text.length <= quote.start) continue;
      const from = Math.max(0, quote.start - block.start);
      const to = Math.min(block.text.length, quote.end - block.start);
      for (const slice of sliceBlock(block, from, to)) {
        pending.push({ ...slice, id: `quote-${index + 1}`, first, quote });
        first = false;
      }
    }
  });
  for (const { node: text, start, end, id, first, quote } of pending.reverse()) {
    let node = text;
    if (node.parentNode === null || end <= start || end > node.data.length) continue;
    if (end < node.data.length) node.splitText(end);
    if (start > 0) node = node.splitText(start);
    // The mark's attributes are the engine's own; what is compared is where the text nodes split.
    const mark = markElement(doc, quote, id, first);
    node.parentNode?.insertBefore(mark, node);
    mark.appendChild(node);
  }
}

/** Every node with its type and data, so a text node split differently shows even where the HTML would not. */
const nodes = (root: Node): string[] => {
  const out: string[] = [];
  const walk = (node: Node, depth: number): void => {
    out.push(`${depth}:${node.nodeType === 3 ? `#${(node as Text).data}` : (node as Element).outerHTML.split('>')[0]}`);
    node.childNodes.forEach((child) => walk(child, depth + 1));
  };
  walk(root, 0);
  return out;
};

const paragraph = fc.record({
  text: fc.array(fc.constantFrom('We', ' will', ' \u201cwin\u201d', ',', ' she', ' said', '.', '  ', 'x'), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')),
  cuts: fc.array(fc.nat(60), { maxLength: 5 }),
});
const range = fc.record({ start: fc.nat(120), length: fc.integer({ min: 0, max: 40 }), speaker: fc.constantFrom(null, 'Jane Roe') });

describe('markQuotes', () => {
  it('makes the same tree as splitting the text nodes, for ranges that cross nodes, blocks and each other', () => {
    fc.assert(fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), fc.array(range, { maxLength: 5 }), (paragraphs, ranges) => {
      const quotes: MarkableQuote[] = ranges.map(({ start, length, speaker }, group) => ({ start, end: start + length, kind: 'speech', speaker, group }));
      const ours = article(paragraphs);
      const theirs = article(paragraphs);
      markQuotes(textBlocks(ours), quotes);
      markBySplitting(textBlocks(theirs), quotes);
      expect(nodes(ours)).toEqual(nodes(theirs));
    }), { numRuns: 400 });
  });
});
