/**
 * Length and reading time of an article's text, in one pass over its characters (an article of
 * 100,000 characters is counted without splitting it into words).
 */

/** Scripts written without spaces between words (kana, CJK, Hangul, Thai): counted in characters. */
const isUnspaced = (code: number): boolean =>
  (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff)
  || (code >= 0xac00 && code <= 0xd7af) || (code >= 0x0e00 && code <= 0x0e7f);

/** What `\s` matches in JavaScript. */
const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
  || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

const WORDS_PER_MINUTE = 230;
const UNSPACED_CHARS_PER_MINUTE = 500;

export interface ReadingLength {
  /** Words separated by spaces that hold a letter or digit, plus characters of unspaced scripts. */
  words: number;
  /** Whole minutes, at least 1, at an adult's silent reading pace. */
  minutes: number;
}

export function readingLength(text: string): ReadingLength {
  let spaced = 0;
  let unspaced = 0;
  let inWord = false;
  let hasLetter = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const unspacedChar = isUnspaced(code);
    if (unspacedChar || isSpace(code)) {
      if (unspacedChar) unspaced += 1;
      if (inWord && hasLetter) spaced += 1;
      inWord = false;
      hasLetter = false;
      continue;
    }
    inWord = true;
    if (hasLetter) continue;
    if (code < 128) hasLetter = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
    else hasLetter = LETTER_OR_DIGIT.test(text.slice(i, code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1));
  }
  if (inWord && hasLetter) spaced += 1;
  return {
    words: spaced + unspaced,
    minutes: Math.max(1, Math.round(spaced / WORDS_PER_MINUTE + unspaced / UNSPACED_CHARS_PER_MINUTE)),
  };
}
