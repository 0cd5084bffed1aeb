/**
 * Words, punctuation and whole quotations as tokens, and sentences as token ranges. Attribution reads
 * tokens, never the raw text, so a name inside a quotation can never be taken for its speaker: the
 * whole quotation is a single `quote` token.
 */
import type { Lexicon } from './lexicon.js';

export interface Token {
  type: 'word' | 'punct' | 'quote';
  text: string;
  /** The word without an elided article in front ("l'Intérieur" -> "Intérieur"), original case. */
  bare: string;
  /** `bare` in lower case: what the word lists are matched against. */
  lower: string;
  /** The whole word in lower case ("d'après"). */
  full: string;
  start: number;
  end: number;
  /** Index of the quotation for a `quote` token, else -1. */
  quote: number;
  /** Starts with an upper-case letter (or is a digit-led name like "3M"). */
  cap: boolean;
}

/** A quotation as the tokenizer sees it: block offsets, marks included. */
export interface QuoteRange {
  start: number;
  end: number;
}

/** French and Italian elided articles and prepositions glued to the next word. */
const ELIDED = /^(?:[ldjmnstc]|qu|dell|dall|nell|sull|all|un|gl)['\u2019](?=[\p{L}][\p{L}])/iu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:[\u2019'\-\u2010.&][\p{L}\p{M}\p{N}]+)*/uy;
const UPPER = /^\p{Lu}/u;
// Patterns with \p{…} outside a class are rewritten by the bundler as `new RegExp(…)` where they stand:
// written inside a function, one would be built on every call. They are built once here.
/** A single capital letter: an initial ("John Q. Public"). */
const INITIAL = /^\p{Lu}$/u;
/** A lower-case letter, a full stop and a capitalised word: where a missing space glued two sentences. */
const GLUED_SENTENCE = /\p{Ll}(?=\.\p{Lu}\p{Ll})/u;
const HAS_UPPER = /\p{Lu}/u;
const DIGIT_FIRST = /^\p{N}/u;
const LOWER = /\p{Ll}/u;
/** Which ASCII characters can start a WORD: letters and digits. */
const ASCII_WORD_START = Array.from({ length: 128 }, (_, code) => /[A-Za-z0-9]/u.test(String.fromCharCode(code)));

/**
 * `text.toLowerCase()`, without the call where no letter changes: a word of ASCII letters with no capital
 * is its own lower case, and most words are. (The call goes into the runtime each time: it was most of
 * the tokenizer's time.)
 */
export function lowerCase(text: string): string {
  for (let k = 0; k < text.length; k += 1) {
    const code = text.charCodeAt(k);
    if ((code >= 65 && code <= 90) || code >= 128) return text.toLowerCase();
  }
  return text;
}

/** What a character is to a word, by code unit: 1 a letter, mark or digit; 2 anything else; 0 not yet looked up. */
const CHAR_KINDS = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether a code unit is a letter, mark or digit (as WORD's class says), looked up 256 at a time on first
 * need; null for a surrogate (a character outside the BMP: the pattern decides) and past the text's end false.
 */
function isWordChar(code: number): boolean | null {
  if (!(code >= 0)) return false;
  if (code >= 0xd800 && code <= 0xdfff) return null;
  if (CHAR_KINDS[code] === 0) {
    const from = code & ~0xff;
    for (let c = from; c < from + 0x100; c += 1) CHAR_KINDS[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  }
  return CHAR_KINDS[code] === 1;
}

/** The characters that join two runs of a word: ' ’ - ‐ . & */
const isJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 45 || code === 0x2010 || code === 46 || code === 38;

/** Where the word starting at `at` ends, or -1 when none starts there (no match array is built). */
export function wordEndAt(text: string, at: number): number {
  // What WORD would match, read by a loop over the characters; a character outside the BMP is left to the pattern.
  let k = at;
  for (;;) {
    const runStart = k;
    for (; k < text.length; k += 1) {
      const word = isWordChar(text.charCodeAt(k));
      if (word === null) return patternWordEndAt(text, at);
      if (!word) break;
    }
    if (k === runStart) return k === at ? -1 : k;
    if (!isJoiner(text.charCodeAt(k))) return k;
    const after = isWordChar(text.charCodeAt(k + 1));
    if (after === null) return patternWordEndAt(text, at);
    if (!after) return k;
    k += 1;
  }
}

function patternWordEndAt(text: string, at: number): number {
  WORD.lastIndex = at;
  return WORD.test(text) ? WORD.lastIndex : -1;
}

/** Tokens of a block's text; `quotes` must be sorted and not overlap. Linear in the text. */
export function tokenize(text: string, quotes: readonly QuoteRange[], abbreviations: ReadonlySet<string> = NO_ABBREVIATIONS): Token[] {
  const tokens: Token[] = [];
  let q = 0;
  let i = 0;
  while (i < text.length) {
    // Ranges that end before i, or (defensively) overlap an earlier one, are passed over.
    while (q < quotes.length && ((quotes[q] as QuoteRange).end <= i || (quotes[q] as QuoteRange).start < i)) q += 1;
    const quote = quotes[q];
    if (quote !== undefined && quote.start === i) {
      const body = text.slice(quote.start, quote.end);
      const lower = lowerCase(body);
      tokens.push({ type: 'quote', text: body, bare: body, lower, full: lower, start: quote.start, end: quote.end, quote: q, cap: false });
      i = quote.end;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || (code > 0x2000 && code <= 0x200a)) {
      i += 1;
      continue;
    }
    const ch = text[i] as string;
    // An ASCII character other than a letter or a digit starts no word: punctuation skips the pattern.
    const wordEnd = code < 128 && !ASCII_WORD_START[code] ? -1 : wordEndAt(text, i);
    if (wordEnd > i) {
      let word = text.slice(i, wordEnd);
      // A word never runs into a quotation that starts inside it.
      if (quote !== undefined && quote.start > i && quote.start < i + word.length) word = word.slice(0, quote.start - i);
      // "sagte Roe.Als …": two sentences glued without a space; a full stop keeps "U.S." and "z.B." whole.
      if (word.includes('.')) {
        const glued = GLUED_SENTENCE.exec(word);
        if (glued !== null) word = word.slice(0, glued.index + 1);
      }
      // "U.S." keeps its inner dots; a trailing sentence dot is not part of the word, but the dot of a
      // title or an initial before a name is ("Sen. Jane Roe", "John Q. Public"): it ends no sentence.
      if (text.charCodeAt(i + word.length) === 46 && nameFollows(text, i + word.length + 1)
        && (abbreviations.has(lowerCase(word)) || INITIAL.test(word))) word += '.';
      // Only words with an apostrophe can carry an elided article; most words skip the regex.
      const bare = word.includes('\'') || word.includes('\u2019') ? word.replace(ELIDED, '') : word;
      const full = lowerCase(word);
      const first = bare.charCodeAt(0);
      tokens.push({
        type: 'word', text: word, bare, lower: bare === word ? full : lowerCase(bare), full, start: i, end: i + word.length, quote: -1,
        cap: first >= 65 && first <= 90 ? true : first < 128 ? false : UPPER.test(bare),
      });
      i += word.length;
      continue;
    }
    tokens.push({ type: 'punct', text: ch, bare: ch, lower: ch, full: ch, start: i, end: i + 1, quote: -1, cap: false });
    i += 1;
  }
  return tokens;
}

const NO_ABBREVIATIONS: ReadonlySet<string> = new Set();

/** A space, then a capitalised word, from `at`. */
function nameFollows(text: string, at: number): boolean {
  return text.charCodeAt(at) === 32 && HAS_UPPER.test(text[at + 1] ?? '');
}

const SENTENCE_END = new Set(['.', '!', '?', '\u2026', '\u3002', '\uff01', '\uff1f']);
const CLOSING = new Set([')', ']', '"', '\'', '\u201d', '\u2019', '\u00bb', '\u300d']);
const QUOTE_SENTENCE_END = /[.!?\u2026\u3002\uff01\uff1f][\s\u201d\u2019"'\u00bb\u00ab\u201c\u300d\u300f]*$/u;

/**
 * Sentences as [start, end) token ranges. A sentence ends at . ! ? … before a capitalised word, a
 * quotation or the end, unless the dot ends an abbreviation ("Mr.", "St.", an initial); also at a line
 * break, and after a quotation that itself ends a sentence ("…offended.” The call…").
 */
export function sentences(tokens: readonly Token[], text: string, lexicon: Lexicon): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let nextBreak = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    let end = -1;
    if (token.type === 'punct' && SENTENCE_END.has(token.text)) {
      let j = i + 1;
      while (j < tokens.length && (tokens[j] as Token).type === 'punct' && CLOSING.has((tokens[j] as Token).text)) j += 1;
      const next = tokens[j];
      const before = tokens[i - 1];
      const abbreviation = token.text === '.' && before !== undefined && before.type === 'word' && before.end === token.start
        && (lexicon.abbreviations.has(before.lower) || INITIAL.test(before.text));
      // "(D-Md.), chair of …": a comma after the full stop means it closed an abbreviation, not the sentence.
      const continues = next !== undefined && next.type === 'punct' && /^[,;:]$/u.test(next.text);
      if (!abbreviation && !continues && (next === undefined || next.cap || next.type === 'quote' || DIGIT_FIRST.test(next.text) || !LOWER.test(next.text[0] ?? ''))) end = j;
    } else if (token.type === 'quote' && QUOTE_SENTENCE_END.test(token.text)) {
      const next = tokens[i + 1];
      if (next === undefined || next.type === 'quote' || (next.type === 'word' && next.cap && !startsAttribution(tokens, i + 1, lexicon))) end = i + 1;
    }
    // A line break (<br>) between this token and the next ends the sentence.
    if (nextBreak < token.end) nextBreak = text.indexOf('\n', token.end) >>> 0;
    if (end < 0 && nextBreak < (tokens[i + 1]?.start ?? token.end)) end = i + 1;
    if (end > 0) {
      ranges.push([start, end]);
      start = end;
      i = end - 1;
    }
  }
  if (start < tokens.length) ranges.push([start, tokens.length]);
  return ranges;
}

/** `“Why?” Smith asked.`: a capitalised name then a cue verb continue the quotation's sentence. */
function startsAttribution(tokens: readonly Token[], from: number, lexicon: Lexicon): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 5); j += 1) {
    const token = tokens[j] as Token;
    if (token.type !== 'word') return false;
    if (lexicon.cueVerbs.has(token.lower)) return true;
  }
  return false;
}

/** The index of the sentence holding token `index`. */
export function sentenceOf(ranges: ReadonlyArray<[number, number]>, index: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ranges[mid] as [number, number])[0] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether the words starting at `index` spell `phrase` (lower case). */
export function matchesAt(tokens: readonly Token[], index: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k += 1) {
    const token = tokens[index + k];
    if (token === undefined || (token.lower !== phrase[k] && token.full !== phrase[k])) return false;
  }
  return true;
}
