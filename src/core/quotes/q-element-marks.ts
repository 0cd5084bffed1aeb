/**
 * `<q>` elements as virtual quotation marks (S15): their marks come from CSS and are not in the text,
 * so each `<q>` gives an opener where its first character is and a closer after its last one.
 */
import type { TextBlock } from '../text-blocks.js';
import type { VirtualMark } from './scan-marks.js';

/** The `<q>` elements around `node`, innermost first, up to the block's element. */
function qAncestors(node: Node, stop: Element): Element[] {
  const found: Element[] = [];
  let current: Element | null = node.parentElement;
  while (current !== null && current !== stop) {
    if (current.tagName === 'Q') found.push(current);
    current = current.parentElement;
  }
  return found;
}

/** Virtual marks of a block, sorted by offset; closes before opens at the same offset. */
export function qElementMarks(block: TextBlock): VirtualMark[] {
  const ranges = new Map<Element, { start: number; end: number; depth: number }>();
  for (const piece of block.pieces) {
    if (piece.node === null || piece.length === 0) continue;
    const qs = qAncestors(piece.node, block.element);
    for (let depth = 0; depth < qs.length; depth += 1) {
      const q = qs[depth] as Element;
      const end = piece.start + piece.length;
      const range = ranges.get(q);
      if (range === undefined) ranges.set(q, { start: piece.start, end, depth: qs.length - depth });
      else range.end = end;
    }
  }
  const marks: Array<VirtualMark & { depth: number }> = [];
  let id = 0;
  for (const range of ranges.values()) {
    marks.push({ at: range.start, kind: 'open', id, depth: range.depth });
    marks.push({ at: range.end, kind: 'close', id, depth: range.depth });
    id += 1;
  }
  // At one offset: closes first (deepest first), then opens (outermost first), so nesting holds.
  marks.sort((a, b) => a.at - b.at
    || (a.kind === b.kind ? (a.kind === 'close' ? b.depth - a.depth : a.depth - b.depth) : a.kind === 'close' ? -1 : 1));
  return marks.map(({ at, kind, id: markId }) => ({ at, kind, id: markId }));
}
