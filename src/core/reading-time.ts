/** Scripts written without spaces between words: their length is counted in characters. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/g;
const WORDS_PER_MINUTE = 230;
const UNSPACED_CHARS_PER_MINUTE = 500;

/** Words in `text`: spaced words, plus characters of scripts that do not space words. */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const spaced = text.replace(UNSPACED, ' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return spaced + unspaced;
}

/** Whole minutes, at least 1, at an adult's silent reading pace. */
export function readingMinutes(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const spaced = countWords(text) - unspaced;
  return Math.max(1, Math.round(spaced / WORDS_PER_MINUTE + unspaced / UNSPACED_CHARS_PER_MINUTE));
}
