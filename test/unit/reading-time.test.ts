import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readingLength } from '../../src/core/reading-time.js';
import TEXT from '../../src/core/text-measure.json';

/**
 * The definition, written the slow and obvious way: split on white space, count characters of unspaced
 * scripts (those core/text-measure.json lists; Korean is written with spaces).
 */
const UNSPACED = new RegExp(`[${TEXT.unspacedScripts.map((script) => `\\p{Script=${script}}`).join('')}]`, 'gu');
function byDefinition(text: string): { words: number; minutes: number } {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const spaced = text.replace(UNSPACED, ' ').split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return { words: spaced + unspaced, minutes: Math.max(1, Math.round(spaced / 230 + unspaced / 500)) };
}

describe('readingLength', () => {
  it('counts words that hold a letter or digit, not dashes or bullets', () => {
    expect(readingLength('The mayor said — “no” • 42 times.').words).toBe(6);
    expect(readingLength('').words).toBe(0);
    expect(readingLength('  \u00a0\u2003 ').words).toBe(0);
  });

  it('counts characters of scripts written without spaces', () => {
    expect(readingLength('東京都は今日').words).toBe(6);
    expect(readingLength('Tokyo東京 is big').words).toBe(5);
    expect(readingLength('กรุงเทพ').words).toBe(7);
    expect(readingLength('𠀋𠀋 a').words).toBe(3);
  });

  it('counts Korean, written with spaces, in words', () => {
    expect(readingLength('서울 시장은 말했다').words).toBe(3);
  });

  it('reads at 230 words a minute, at least one minute', () => {
    expect(readingLength('word').minutes).toBe(1);
    expect(readingLength(Array.from({ length: 2300 }, () => 'word').join(' ')).minutes).toBe(10);
    expect(readingLength('字'.repeat(5000)).minutes).toBe(10);
  });

  it('agrees with the definition on any text, letters outside the basic plane included', () => {
    const piece = fc.constantFrom('a', 'Z', '9', ' ', '\n', '\u00a0', '\u2009', '\u3000', '—', '“', '.', 'é', 'ж', '東', 'あ', '한', 'ก', '𝐀', '😀', '\ud800');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
      expect(readingLength(text)).toEqual(byDefinition(text));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
      expect(readingLength(text)).toEqual(byDefinition(text));
    }), { numRuns: 1000 });
  });
});
