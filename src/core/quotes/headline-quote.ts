/**
 * A13: a quotation in the headline has no cue; its speaker is the speaker of its twin in the body,
 * the body quotation that holds the same words ("'He could get offended'" ~ "…he could get offended.”").
 */

const WORD = /[\p{L}\p{N}]+/gu;

export const normalWords = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []);

/** Whether `needle` occurs as a run of whole words in `hay`. */
function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i += 1) {
    for (let k = 0; k < needle.length; k += 1) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** Share of `needle`'s words found in `hay` (as a bag). */
function overlap(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const word of hay) bag.set(word, (bag.get(word) ?? 0) + 1);
  let found = 0;
  for (const word of needle) {
    const count = bag.get(word) ?? 0;
    if (count > 0) {
      found += 1;
      bag.set(word, count - 1);
    }
  }
  return found / needle.length;
}

/** The index of the body quotation that is the headline quotation's twin, or -1. */
export function findTwin(headline: string, bodyQuotes: readonly string[]): number {
  const needle = normalWords(headline);
  if (needle.length === 0) return -1;
  let best = -1;
  let bestScore = 0;
  bodyQuotes.forEach((body, index) => {
    const hay = normalWords(body);
    const score = containsRun(hay, needle) ? 1 : overlap(hay, needle);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  // Headlines trim and paraphrase, but a twin shares nearly all of the headline's words.
  return bestScore >= (needle.length <= 2 ? 1 : 0.8) ? best : -1;
}
