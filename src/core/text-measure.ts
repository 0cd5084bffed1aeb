import TEXT from './text-measure.json';

/**
 * How long a text is and where its sentences end, for every module that asks (the cleaner's "never
 * remove prose" guard, the article judge, read aloud's sentence split, reading time): one definition,
 * so that a Hindi or Arabic paragraph reads as prose to all of them alike. The language knowledge is
 * data (text-measure.json): stops that need a space after them (. ! ? … । ॥ ؟ ۔ ։ ።), full-width stops that
 * do not (。！？), the closing quotes and brackets that may follow a stop, and the scripts written
 * without spaces between words.
 */

const escape = (chars: string): string => chars.replace(/[\\\]^-]/g, '\\$&');
const SPACED = `[${escape(TEXT.spacedStops)}]`;
const UNSPACED_STOP = `[${escape(TEXT.unspacedStops)}]`;
const CLOSERS = `[${escape(TEXT.closers)}]*`;
const UNSPACED_SCRIPT = TEXT.unspacedScripts.map((script) => `\\p{Script=${script}}`).join('');

/** A sentence end somewhere in a text: a stop (and closers) before white space or the end, or a full-width stop. */
const SENTENCE_END = new RegExp(`${SPACED}${CLOSERS}(?:\\s|$)|${UNSPACED_STOP}`, 'u');
/** A text that ends on a stop (closing marks allowed after it). */
const ENDS_ON_STOP = new RegExp(`(?:${SPACED}|${UNSPACED_STOP})${CLOSERS}$`, 'u');
/** Each sentence end, the run of stops and closers it is made of (for splitting). */
const SENTENCE_ENDS = new RegExp(`(?:${SPACED}|${UNSPACED_STOP})+${CLOSERS}(?=\\s|$)|${UNSPACED_STOP}+${CLOSERS}`, 'gu');
const UNSPACED_AT = new RegExp(`[${UNSPACED_SCRIPT}]`, 'uy');
const UNSPACED_CHARS = new RegExp(`[${UNSPACED_SCRIPT}]`, 'gu');
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export const hasSentenceEnd = (text: string): boolean => SENTENCE_END.test(text);

export const endsOnStop = (text: string): boolean => ENDS_ON_STOP.test(text.trimEnd());

/** The offsets just after each sentence end of `text`, in order. */
export function sentenceEndOffsets(text: string): number[] {
  return Array.from(text.matchAll(SENTENCE_ENDS), (match) => (match.index ?? 0) + match[0].length);
}

/** Whether the character at `index` belongs to a script written without spaces (counted by characters, not words). */
export function startsUnspaced(text: string, index: number): boolean {
  UNSPACED_AT.lastIndex = index;
  return UNSPACED_AT.test(text);
}

/** Runs of letters and digits, and characters of unspaced scripts, counted apart. */
export function countWords(text: string): { spaced: number; unspaced: number } {
  const unspaced = text.match(UNSPACED_CHARS)?.length ?? 0;
  const spaced = (unspaced > 0 ? text.replace(UNSPACED_CHARS, ' ') : text).match(WORD)?.length ?? 0;
  return { spaced, unspaced };
}

/** Words, with two characters of an unspaced script (Chinese, Japanese, Thai) counted as one. */
export function wordCount(text: string): number {
  const { spaced, unspaced } = countWords(text);
  return spaced + Math.ceil(unspaced / 2);
}
