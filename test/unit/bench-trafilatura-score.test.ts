import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script module of the benchmarks, without types
import { median, scoreStrings, summarise } from '../../scripts/lib/trafilatura-score.mjs';

describe("trafilatura's metric (scripts/lib/trafilatura-score.mjs)", () => {
  const item = { with: ['must  come\nout', 'also this'], without: ['Impressum', 'Share'] };

  it('counts a with-string found after white space is collapsed, and a without-string found', () => {
    const counts = scoreStrings('The text: must come   out. Share this.', item);
    expect(counts).toMatchObject({ tp: 1, fn: 1, fp: 1, tn: 1, missing: ['also this'], leaked: ['Share'] });
  });

  it('scores an empty output as all with-strings missing and all without-strings absent', () => {
    expect(scoreStrings('', item)).toMatchObject({ tp: 0, fn: 2, fp: 0, tn: 2 });
  });

  it('sums counts over pages before dividing', () => {
    const s = summarise([{ tp: 3, fn: 1, fp: 1, tn: 3 }, { tp: 1, fn: 1, fp: 0, tn: 2 }]);
    expect(s.precision).toBeCloseTo(4 / 5);
    expect(s.recall).toBeCloseTo(4 / 6);
    expect(s.accuracy).toBeCloseTo(9 / 12);
    expect(s.f).toBeCloseTo((2 * 0.8 * (4 / 6)) / (0.8 + 4 / 6));
    expect(median([3, Number.NaN, 1, 2])).toBe(2);
  });
});
