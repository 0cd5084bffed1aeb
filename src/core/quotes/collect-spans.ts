/**
 * All the article's quotation spans before they are classified: each block scanned once, quotes that
 * run over several paragraphs joined (S8), `<blockquote>` blocks turned into one quotation (S16).
 */
import { holdersOf, type TextBlock } from '../text-blocks.js';
import type { PairTable } from './pair-table.js';
import { qElementMarks } from './q-element-marks.js';
import { quoteBlocks, repeatsBody, shingles } from './quote-blocks.js';
import { scanMarks, type MarkSpan, type OpenQuote } from './scan-marks.js';

/** A span nested inside a quotation, in article offsets. */
export interface ChildSpan {
  start: number;
  end: number;
  depth: number;
}

/** A top-level quotation span, possibly over several blocks. */
export interface RawQuote {
  startBlock: number;
  endBlock: number;
  /** Offset of the opening mark in the start block, and just past the closing mark in the end block. */
  localStart: number;
  localEnd: number;
  open: string;
  close: string;
  virtual: boolean;
  children: ChildSpan[];
  /** A whole `<blockquote>`; its attribution line, as written. */
  blockSource: string | null;
  isBlock: boolean;
}

/** Paragraphs one quotation may run over (S8). */
const MAX_PARAGRAPHS = 6;
/** A blockquote whose quoted spans cover less than this share of its text is one quotation. */
const BLOCKQUOTE_COVERAGE = 0.5;

/** Nested spans in reading order with their depth; iterative, as marks may nest thousands deep. */
function flatten(spans: readonly MarkSpan[], offset: number, depth: number, out: ChildSpan[]): ChildSpan[] {
  const stack: Array<{ span: MarkSpan; depth: number }> = [];
  for (let k = spans.length - 1; k >= 0; k -= 1) stack.push({ span: spans[k] as MarkSpan, depth });
  while (stack.length > 0) {
    const { span, depth: level } = stack.pop() as { span: MarkSpan; depth: number };
    out.push({ start: offset + span.start, end: offset + span.end, depth: level });
    for (let k = span.children.length - 1; k >= 0; k -= 1) stack.push({ span: span.children[k] as MarkSpan, depth: level + 1 });
  }
  return out;
}

function single(block: number, blockStart: number, span: MarkSpan): RawQuote {
  return {
    startBlock: block, endBlock: block, localStart: span.start, localEnd: span.end, open: span.open, close: span.close,
    virtual: span.virtual, children: flatten(span.children, blockStart, 1, []), blockSource: null, isBlock: false,
  };
}

interface Pending {
  startBlock: number;
  lastBlock: number;
  localStart: number;
  open: string;
  /** The children of each paragraph, by block, in case the quotation is dropped after all. */
  parts: Array<{ block: number; children: MarkSpan[] }>;
}

/** Scans every block and returns its quotations, in reading order, grouped by start block. */
export function collectSpans(
  blocks: readonly TextBlock[],
  table: PairTable,
  elisions: ReadonlySet<string>,
): RawQuote[][] {
  const perBlock: RawQuote[][] = blocks.map(() => []);
  let pending: Pending | null = null;
  // <q> boundaries are looked for only in blocks that hold a <q>: a set built once from the few <q>s.
  const qHolders = holdersOf(blocks, 'q');

  const drop = (open: Pending): void => {
    // An unclosed quotation is dropped; the spans inside it stand on their own.
    for (const part of open.parts) {
      const block = blocks[part.block] as TextBlock;
      for (const child of part.children) (perBlock[part.block] as RawQuote[]).push(single(part.block, block.start, child));
    }
  };

  blocks.forEach((block, index) => {
    const scan = scanMarks(block.text, table, { elisions }, qHolders.has(block.element) ? qElementMarks(block) : []);
    let spans = scan.spans;
    let carry: OpenQuote | null = scan.carry;
    if (pending !== null) {
      const continues = pending.lastBlock === index - 1 && block.text.startsWith(pending.open);
      const first = spans[0];
      if (continues && first !== undefined && first.start === 0 && first.open === pending.open) {
        const children: ChildSpan[] = [];
        for (const part of pending.parts) flatten(part.children, (blocks[part.block] as TextBlock).start, 1, children);
        flatten(first.children, block.start, 1, children);
        (perBlock[pending.startBlock] as RawQuote[]).push({
          startBlock: pending.startBlock, endBlock: index, localStart: pending.localStart, localEnd: first.end, open: pending.open,
          close: first.close, virtual: false, children, blockSource: null, isBlock: false,
        });
        spans = spans.slice(1);
        pending = null;
      } else if (continues && spans.length === 0 && carry !== null && carry.start === 0 && carry.open === pending.open
        && pending.parts.length < MAX_PARAGRAPHS) {
        pending.parts.push({ block: index, children: carry.children });
        pending.lastBlock = index;
        carry = null;
        return;
      } else {
        drop(pending);
        pending = null;
      }
    }
    for (const span of spans) (perBlock[index] as RawQuote[]).push(single(index, block.start, span));
    if (carry !== null) pending = { startBlock: index, lastBlock: index, localStart: carry.start, open: carry.open, parts: [{ block: index, children: carry.children }] };
  });
  if (pending !== null) drop(pending);
  applyBlockquotes(blocks, perBlock);
  return perBlock;
}

/** S16: a blockquote that is not mostly quoted spans becomes one quotation; a repeated pull quote, none. */
function applyBlockquotes(blocks: readonly TextBlock[], perBlock: RawQuote[][]): void {
  const groups = quoteBlocks(blocks);
  if (groups.length === 0) return;
  const inQuote = new Set<number>();
  for (const group of groups) for (const index of group.content) inQuote.add(index);
  let body: Set<string> | null = null;
  for (const group of groups) {
    let total = 0;
    let covered = 0;
    for (const index of group.content) {
      const block = blocks[index] as TextBlock;
      total += block.text.length;
      for (const quote of perBlock[index] as RawQuote[]) {
        if (quote.startBlock === index && quote.endBlock === index) covered += quote.localEnd - quote.localStart;
      }
    }
    if (total === 0 || covered / total >= BLOCKQUOTE_COVERAGE) continue;
    const first = group.content[0] as number;
    const last = group.content[group.content.length - 1] as number;
    const text = group.content.map((index) => (blocks[index] as TextBlock).text).join(' ');
    body ??= shingles(blocks.filter((_, index) => !inQuote.has(index)).map((block) => block.text).join(' '));
    const children: ChildSpan[] = [];
    for (const index of group.content) {
      for (const quote of perBlock[index] as RawQuote[]) {
        const block = blocks[index] as TextBlock;
        children.push({ start: block.start + quote.localStart, end: block.start + quote.localEnd, depth: 1 });
        for (const child of quote.children) children.push({ ...child, depth: child.depth + 1 });
      }
      perBlock[index] = [];
    }
    if (repeatsBody(text, body)) continue; // a pull quote: the body already has these words
    perBlock[first] = [{
      startBlock: first, endBlock: last, localStart: 0, localEnd: (blocks[last] as TextBlock).text.length, open: '', close: '',
      virtual: true, children, blockSource: group.source, isBlock: true,
    }];
  }
}
