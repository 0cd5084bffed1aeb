/**
 * One left-to-right pass over a block's text with a stack: finds the spans between quotation marks.
 *
 * Ambiguous marks (straight quotes, apostrophe-shaped marks, marks that open in one language and close
 * in another) are decided by flanking, the CommonMark "smart quotes" idea: an opener follows a space,
 * bracket, dash or colon and precedes a non-space; a closer follows a non-space and precedes a space,
 * punctuation or the end. Apostrophes, primes and inch marks are never marks. Unclosed quotes are
 * dropped (their inner spans survive). Linear time: each mark looks at most MAX_LOOKBACK stack entries.
 */
import { flankingTable, QUOTE_MARKS, type PairTable } from './pair-table.js';

/** A span of quoted text in block offsets: the marks are included (a `<q>` span has no marks). */
export interface MarkSpan {
  start: number;
  end: number;
  open: string;
  close: string;
  /** Made from a `<q>` element's boundaries: the marks are CSS, not text. */
  virtual: boolean;
  children: MarkSpan[];
}

/** A `<q>` boundary: its content starts (open) or ends (close) at `at`. */
export interface VirtualMark {
  at: number;
  kind: 'open' | 'close';
  id: number;
}

/** An opener left open at the end of the block: a multi-paragraph quote continues from it (S8). */
export interface OpenQuote {
  start: number;
  open: string;
  children: MarkSpan[];
}

export interface ScanResult {
  /** Top-level spans in reading order; nested spans are their children. */
  spans: MarkSpan[];
  /** The outermost opener still open at the end of the block, if any. */
  carry: OpenQuote | null;
  /** Marks that could not be paired: a sign the paragraph's curly marks are mis-curled. */
  problems: number;
}

interface Entry {
  start: number;
  open: string;
  accepts: string;
  virtualId: number;
  children: MarkSpan[];
}

/** How deep under the top of the stack a closer may reach (mismatched inner marks are dropped). */
const MAX_LOOKBACK = 4;
/** Openers that never close anything: their direction is not in doubt. */
const PURE_OPENERS = new Set('\u201e\u201a\u00ab\u2039\u300c\u300e');
const APOSTROPHES = new Set('\'\u2019\u2018');
const DOUBLE_CURLY = new Set('\u201c\u201d');
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;
const OPEN_CONTEXT = /[([{\u2014\u2013\-:/\u00bf\u00a1]/u;
const PUNCT = /[\p{P}\p{S}]/u;
/** A space and a lower-case letter. Built once: the bundler turns it into `new RegExp(…)` where it stands. */
const SPACE_LOWER = /^\s\p{Ll}/u;
/** A global pattern for any character of `chars`: the scan jumps from one to the next. */
const anyOf = (chars: ReadonlySet<string>): RegExp => new RegExp(`[${[...chars].join('').replace(/[\\\]^-]/gu, '\\$&')}]`, 'g');
const ANY_MARK = anyOf(QUOTE_MARKS);
const ANY_APOSTROPHE = anyOf(APOSTROPHES);

export interface ScanOptions {
  /** Word-start elisions after an apostrophe ("'em", "'tis"). */
  elisions: ReadonlySet<string>;
}

/** JavaScript's white space (`\s`, what trim removes), by code unit: no pattern run per character. */
export const isWhiteSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680
  || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/** A character of the text (`text[i]`, one code unit) that is white space. */
const spaceChar = (ch: string): boolean => isWhiteSpace(ch.charCodeAt(0));

const isSpace = (ch: string | undefined): boolean => ch === undefined || spaceChar(ch);

function openerFlank(prev: string | undefined, next: string | undefined): boolean {
  if (next === undefined || spaceChar(next)) return false;
  return prev === undefined || spaceChar(prev) || OPEN_CONTEXT.test(prev) || QUOTE_MARKS.has(prev);
}

function closerFlank(prev: string | undefined, next: string | undefined): boolean {
  if (prev === undefined || spaceChar(prev)) return false;
  return next === undefined || spaceChar(next) || PUNCT.test(next) || QUOTE_MARKS.has(next);
}

/** `'90s`, `’em`, `'n'`: an apostrophe at a word start that elides letters, not an opening mark. */
function isElision(text: string, i: number, elisions: ReadonlySet<string>): boolean {
  if (/^\d\ds\b/u.test(text.slice(i + 1, i + 5))) return true;
  const word = /^[\p{L}]+/u.exec(text.slice(i + 1, i + 8));
  return word !== null && elisions.has(word[0].toLowerCase()) && !LETTER.test(text[i + 1 + word[0].length] ?? '');
}

/** Scans one block. Never throws; the re-run for mis-curled paragraphs keeps it at two passes. */
export function scanMarks(
  text: string,
  table: PairTable,
  options: ScanOptions,
  virtual: readonly VirtualMark[] = [],
): ScanResult {
  if (text.includes('\'\'')) return doubledApostrophes(text, table, options, virtual);
  return scanBoth(text, table, options, virtual);
}

function scanBoth(text: string, table: PairTable, options: ScanOptions, virtual: readonly VirtualMark[]): ScanResult {
  const first = scanOnce(text, table, options, virtual, false);
  if (first.curlyProblems === 0) return first;
  const second = scanOnce(text, flankingTable(table), options, virtual, true);
  return second.problems < first.problems ? second : first;
}

/** Two apostrophes, or three: a single mark closing (or opening) right inside the double one ("… 'Why?''' she said"). */
const DOUBLED = /'''?/gu;

/**
 * Two apostrophes stand for a double mark in typewriter text and in some archives' feeds ('' ... '',
 * as in the New York Times' plain text; the TeX habit ``...'' too). Each pair is read as one straight
 * double mark (a space beside it keeps the offsets), the text is scanned, and the spans widened back
 * over both characters. Of three, the pair is the outer two: the last two where they close, the
 * first two where they open.
 */
function doubledApostrophes(text: string, table: PairTable, options: ScanOptions, virtual: readonly VirtualMark[]): ScanResult {
  const copy = text.replace(DOUBLED, (run: string, at: number) => {
    const before = text[at - 1];
    const opens = before === undefined || isSpace(before) || OPEN_CONTEXT.test(before) || before === '`';
    if (run.length === 3) return opens ? ' "\'' : '\'" ';
    return opens ? ' "' : '" ';
  });
  const result = scanBoth(copy, table, options, virtual);
  const widen = (span: MarkSpan): void => {
    if (span.open === '"' && text.startsWith('\'\'', span.start - 1)) {
      span.start -= 1;
      span.open = '\'\'';
    }
    if (span.close === '"' && text.startsWith('\'\'', span.end - 1)) {
      span.end += 1;
      span.close = '\'\'';
    }
    span.children.forEach(widen);
  };
  result.spans.forEach(widen);
  if (result.carry !== null && result.carry.open === '"' && text.startsWith('\'\'', result.carry.start - 1)) {
    result.carry = { ...result.carry, start: result.carry.start - 1, open: '\'\'' };
  }
  result.carry?.children.forEach(widen);
  return result;
}

interface PassResult extends ScanResult {
  curlyProblems: number;
}

function scanOnce(
  text: string,
  table: PairTable,
  options: ScanOptions,
  virtual: readonly VirtualMark[],
  flanking: boolean,
): PassResult {
  const top: MarkSpan[] = [];
  const stack: Entry[] = [];
  let problems = 0;
  let curlyProblems = 0;
  let nextVirtual = 0;
  let skipAt = -1;
  // The last closer-flanking position of each apostrophe-shaped mark, to tell a plural possessive
  // ("the leaders’ statement") from a closing mark when a later closer is still to come (S6). Read
  // from the whole text, so only when an apostrophe could close a quotation: most blocks never ask.
  let lastCloser: Map<string, number> | null = null;
  const lastCloserOf = (mark: string): number => {
    lastCloser ??= closerPositions(text);
    return lastCloser.get(mark) ?? -1;
  };

  const addSpan = (span: MarkSpan): void => {
    const parent = stack[stack.length - 1];
    (parent ? parent.children : top).push(span);
  };
  /** Pops entries above index `keep` (exclusive) as unclosed: their children move to the entry below. */
  const dropAbove = (keep: number): void => {
    while (stack.length > keep + 1) {
      const dropped = stack.pop() as Entry;
      if (dropped.virtualId < 0) {
        problems += 1;
        if (DOUBLE_CURLY.has(dropped.open)) curlyProblems += 1;
      }
      const parent = stack[stack.length - 1];
      append(parent ? parent.children : top, dropped.children);
    }
  };
  const handleVirtual = (at: number): void => {
    while (nextVirtual < virtual.length && (virtual[nextVirtual] as VirtualMark).at === at) {
      const mark = virtual[nextVirtual] as VirtualMark;
      nextVirtual += 1;
      if (mark.kind === 'open') {
        stack.push({ start: at, open: '', accepts: '', virtualId: mark.id, children: [] });
        continue;
      }
      let index = stack.length - 1;
      while (index >= 0 && (stack[index] as Entry).virtualId !== mark.id) index -= 1;
      if (index < 0) continue;
      dropAbove(index);
      const entry = stack.pop() as Entry;
      if (at > entry.start) addSpan({ start: entry.start, end: at, open: '', close: '', virtual: true, children: entry.children });
      else append(stack[stack.length - 1]?.children ?? top, entry.children);
    }
  };

  /** `<q>` boundaries up to offset `at`, each at its own offset. */
  const virtualUpTo = (at: number): void => {
    while (nextVirtual < virtual.length && (virtual[nextVirtual] as VirtualMark).at <= at) handleVirtual((virtual[nextVirtual] as VirtualMark).at);
  };

  ANY_MARK.lastIndex = 0;
  for (let found = ANY_MARK.exec(text); found !== null; found = ANY_MARK.exec(text)) {
    const i = found.index;
    virtualUpTo(i);
    const ch = found[0];
    const prev = text[i - 1];
    const next = text[i + 1];
    const prevIsWord = prev !== undefined && WORD_CHAR.test(prev);
    const nextIsWord = next !== undefined && WORD_CHAR.test(next);
    // S4: a letter or digit on both sides is an apostrophe (don’t, People's), never a mark.
    if (APOSTROPHES.has(ch) && prevIsWord && nextIsWord) continue;
    if (i === skipAt) continue;
    if (APOSTROPHES.has(ch) && isElision(text, i, options.elisions)) {
      // `rock 'n' roll`: the elided word's own closing apostrophe is not a mark either.
      const word = /^[\p{L}]+/u.exec(text.slice(i + 1, i + 8));
      const after = i + 1 + (word ? word[0].length : 0);
      if (APOSTROPHES.has(text[after] ?? '')) skipAt = after;
      continue;
    }
    const closeIndex = findCloser(stack, ch);
    const opener = canOpen(ch, table, flanking, prev, next);

    if (closeIndex >= 0) {
      const entry = stack[closeIndex] as Entry;
      if (isInchMark(ch, prev, text, i)) continue;
      if (APOSTROPHES.has(ch) && isPluralPossessive(text, i, lastCloserOf(ch))) continue;
      const cf = closerFlank(prev, next);
      // An apostrophe-shaped mark closes only where a closer may stand; any other mark closes unless
      // it is plainly an opener (a nested straight quote).
      const closes = APOSTROPHES.has(ch) ? cf : !(opener && !cf);
      if (closes) {
        dropAbove(closeIndex);
        stack.pop();
        addSpan({ start: entry.start, end: i + 1, open: entry.open, close: ch, virtual: false, children: entry.children });
        continue;
      }
    }
    if (opener) {
      const accepts = table.closers.get(ch) ?? '';
      stack.push({ start: i, open: ch, accepts, virtualId: -1, children: [] });
      continue;
    }
    // A mark that neither opens nor closes: a stray closer, unless it is an apostrophe or a prime.
    if (!APOSTROPHES.has(ch) && !(prev !== undefined && DIGIT.test(prev))) {
      problems += 1;
      if (DOUBLE_CURLY.has(ch)) curlyProblems += 1;
    }
  }
  virtualUpTo(text.length);

  // Virtual entries never carry over; an unclosed real opener at the bottom may (S8).
  let carry: OpenQuote | null = null;
  if (stack.length > 0) {
    dropAbove(0);
    const bottom = stack.pop() as Entry;
    if (bottom.virtualId < 0) {
      carry = { start: bottom.start, open: bottom.open, children: bottom.children };
      problems += 1;
      if (DOUBLE_CURLY.has(bottom.open)) curlyProblems += 1;
    } else {
      append(top, bottom.children);
    }
  }
  return { spans: top, carry, problems, curlyProblems };
}

/** The last closer-flanking position of each apostrophe-shaped mark in `text`. */
function closerPositions(text: string): Map<string, number> {
  const last = new Map<string, number>();
  ANY_APOSTROPHE.lastIndex = 0;
  for (let found = ANY_APOSTROPHE.exec(text); found !== null; found = ANY_APOSTROPHE.exec(text)) {
    const i = found.index;
    if (closerFlank(text[i - 1], text[i + 1])) last.set(found[0], i);
  }
  return last;
}

/** Appends without spreading: a paragraph may hold more spans than a call may take arguments. */
export function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}

function findCloser(stack: readonly Entry[], ch: string): number {
  const lowest = Math.max(0, stack.length - MAX_LOOKBACK);
  for (let index = stack.length - 1; index >= lowest; index -= 1) {
    const entry = stack[index] as Entry;
    if (entry.virtualId >= 0) return -1; // a real mark never closes across a <q> boundary
    if (entry.accepts.includes(ch)) return index;
  }
  return -1;
}

function canOpen(ch: string, table: PairTable, flanking: boolean, prev: string | undefined, next: string | undefined): boolean {
  if (!table.closers.has(ch)) return false;
  if (PURE_OPENERS.has(ch)) return next !== undefined && (ch !== '\u201a' || !spaceChar(next));
  if (prev !== undefined && DIGIT.test(prev) && (ch === '"' || ch === '\'' || ch === '\u2033')) return false;
  if ((ch === '\u201c' || ch === '\u2018') && !flanking) {
    // Curly openers are read by their shape, but never before a space or at the very end.
    return !isSpace(next) && !(prev !== undefined && WORD_CHAR.test(prev) && ch === '\u2018');
  }
  if (table.flankingOpeners.has(ch) || ch === '"' || ch === '\'' || ch === '\u2033' || ch === '\uff02' || flanking) {
    return openerFlank(prev, next);
  }
  return false;
}

/** A `"` or `'` after a digit is an inch or foot mark (6'2", 15″) unless it ends an open quote. */
function isInchMark(ch: string, prev: string | undefined, text: string, i: number): boolean {
  if (prev === undefined || !DIGIT.test(prev)) return false;
  if (ch !== '"' && ch !== '\'' && ch !== '\u2033') return false;
  // 6'2": the foot mark before the inches settles it.
  if (/\d['\u2019]\d{1,2}$/u.test(text.slice(Math.max(0, i - 5), i))) return true;
  // Otherwise an open quote of the same mark may end after a number ("won 2-1"), where a closer stands.
  return !closerFlank(prev, text[i + 1]);
}

/**
 * S6: `leaders’ statement`: an apostrophe after an s, before a lower-case word, while a later closer of
 * the same mark is still to come in the paragraph, is the possessive, not the closing mark.
 */
function isPluralPossessive(text: string, i: number, lastCloser: number): boolean {
  if (lastCloser <= i) return false;
  const prev = text[i - 1];
  if (prev !== 's' && prev !== 'S') return false;
  return SPACE_LOWER.test(text.slice(i + 1, i + 3)) && !/^\s(?:he|she|they|it|said|says|added|told)\b/u.test(text.slice(i + 1, i + 9));
}
