/**
 * The quote engine against the project's labelled set (test/quotes/labelled/<lang>.json), on the
 * targets of quotes-spec.md: English exact span F1 ≥ 0.95 and highlight precision ≥ 0.95; every other
 * language highlight precision ≥ 0.90; speakers ≥ 90% right and ≤ 3% wrong. The set must stay large
 * and broad enough to mean something: ≥ 100 quotations, ≥ 8 languages, every S and A row covered.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addCounts, emptyCounts, loadLabelled, metrics, runItem, type Counts, type ItemResult } from '../quotes/evaluate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const sets = loadLabelled(path.resolve(here, '../quotes/labelled'));
const results = new Map<string, ItemResult[]>();
for (const [lang, items] of sets) results.set(lang, items.map((item) => runItem(item)));

const countsOf = (list: readonly ItemResult[]): Counts => list.reduce((sum, result) => addCounts(sum, result.counts), emptyCounts());
const problemsOf = (list: readonly ItemResult[]): string => list.flatMap((result) => result.problems).join('\n');

describe('the labelled set', () => {
  it('has at least 100 quotations in at least 8 languages, covering every row of the spec', () => {
    const all = [...sets.values()].flat();
    expect(all.reduce((sum, item) => sum + item.quotes.length, 0)).toBeGreaterThanOrEqual(100);
    expect([...sets.keys()].filter((lang) => (sets.get(lang)?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(8);
    const covered = new Set(all.flatMap((item) => item.covers));
    const rows = [...Array.from({ length: 21 }, (_, i) => `S${i + 1}`), ...Array.from({ length: 14 }, (_, i) => `A${i + 1}`)];
    expect(rows.filter((row) => !covered.has(row))).toEqual([]);
    for (const item of all) expect(item.html !== undefined || item.text !== undefined, item.id).toBe(true);
  });
});

describe('English', () => {
  const list = results.get('en') ?? [];
  const m = metrics(countsOf(list));
  it('finds spans exactly (F1 ≥ 0.95)', () => {
    expect(list.length).toBeGreaterThan(0);
    expect(m.exact.f1, problemsOf(list)).toBeGreaterThanOrEqual(0.95);
  });
  it('highlights only speech and partial quotes (precision ≥ 0.95)', () => {
    expect(m.highlightPrecision, problemsOf(list)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('other languages', () => {
  for (const [lang, list] of results) {
    if (lang === 'en') continue;
    it(`${lang}: highlight precision ≥ 0.90`, () => {
      expect(metrics(countsOf(list)).highlightPrecision, problemsOf(list)).toBeGreaterThanOrEqual(0.9);
    });
  }
});

describe('speakers, all languages', () => {
  const all = [...results.values()].flat();
  const { speakers } = metrics(countsOf(all));
  // These sentences were written to pin behaviour, so every one must stay right: a rule that costs one
  // of them shows here (the development data says whether it pays overall).
  it('are all right', () => {
    expect(speakers.total).toBeGreaterThanOrEqual(90);
    expect(speakers.right, problemsOf(all)).toBe(speakers.total);
  });
});
