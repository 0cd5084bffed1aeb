/**
 * The public article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark): 4-word
 * shingles of the true and the extracted text, counted as multisets; precision and recall per page.
 * Words are runs of letters, marks and digits; Chinese and Japanese characters count one word each,
 * since those scripts write no spaces (the original's `\w+` would make a whole sentence one word).
 */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}_]+/gu;
const SHINGLE = 4;

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
}

export function tokens(text: string): string[] {
  return text.normalize('NFC').match(TOKEN) ?? [];
}

export function shingles(text: string, n = SHINGLE): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  // A text shorter than one shingle is one short shingle, as in the original.
  const last = Math.max(1, words.length - n + 1);
  for (let i = 0; i < last && words.length > 0; i += 1) {
    const key = words.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const total = (counts: Map<string, number>): number => [...counts.values()].reduce((sum, n) => sum + n, 0);

/** Shingles the two multisets share, each counted as often as the rarer side has it. */
function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [key, count] of a) shared += Math.min(count, b.get(key) ?? 0);
  return shared;
}

export function shingleScore(truth: string, extracted: string): ShingleScore {
  const expected = shingles(truth);
  const got = shingles(extracted);
  const shared = overlap(expected, got);
  const expectedTotal = total(expected);
  const gotTotal = total(got);
  const precision = gotTotal === 0 ? (expectedTotal === 0 ? 1 : 0) : shared / gotTotal;
  const recall = expectedTotal === 0 ? 1 : shared / expectedTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Means over pages; F1 is the harmonic mean of the mean precision and the mean recall, as the benchmark reports it. */
export function meanScore(scores: readonly ShingleScore[]): ShingleScore {
  if (scores.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = scores.reduce((sum, s) => sum + s.precision, 0) / scores.length;
  const recall = scores.reduce((sum, s) => sum + s.recall, 0) / scores.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
