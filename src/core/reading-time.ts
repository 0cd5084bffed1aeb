/**
 * Length and reading time of an article's text, in one pass over its characters (an article of
 * 100,000 characters is counted without splitting it into words).
 */

import { startsUnspaced } from './text-measure.js';

/** Characters of scripts written without spaces between words (core/text-measure.ts) count one by one. */
const SPACE = /\s/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

export interface ReadingLength {
  /** Words separated by spaces that hold a letter or digit, plus characters of unspaced scripts. */
  words: number;
  /** Whole minutes, at least 1, at 230 words or 500 unspaced characters a minute. */
  minutes: number;
}

export function readingLength(text: string): ReadingLength {
  let spaced = 0;
  let unspaced = 0;
  /** 0 between words, 1 in a word without a letter or digit yet, 2 in a word with one. */
  let word = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Plain ASCII is decided by its code; anything else asks the regular expressions.
    const ch = code < 128 ? '' : (text[i] as string);
    if (ch !== '' && startsUnspaced(text, i)) {
      unspaced += 1;
      // A character outside the basic plane takes two code units: its second half is no new character.
      if (code >= 0xd800 && code < 0xdc00) i += 1;
    }
    else if (!(ch === '' ? code === 32 || (code > 8 && code < 14) : SPACE.test(ch))) {
      if (word < 2) {
        const letter = ch === '' ? (code > 47 && code < 58) || ((code | 32) > 96 && (code | 32) < 123) : LETTER_OR_DIGIT.test(text.slice(i, i + 2));
        word = letter ? 2 : 1;
      }
      continue;
    }
    if (word === 2) spaced += 1;
    word = 0;
  }
  if (word === 2) spaced += 1;
  return { words: spaced + unspaced, minutes: Math.max(1, Math.round(spaced / 230 + unspaced / 500)) };
}
