/**
 * The tokenizer's lower-case forms: what every word list is matched against, so a faster way to make
 * them must give exactly what toLowerCase gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCase, tokenize } from '../../src/core/quotes/tokens.js';

const letters = fc.constantFrom('a', 'z', 'A', 'Z', 'é', 'É', 'ß', 'İ', 'Σ', 'ǅ', '1', '-', '.', '’', '\'', ' ', '@', '[', '`', '{');

describe('lowerCase', () => {
  it('gives what toLowerCase gives, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      expect(lowerCase(text)).toBe(text.toLowerCase());
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.array(letters, { maxLength: 12 }).map((parts) => parts.join('')), (text) => {
      expect(lowerCase(text)).toBe(text.toLowerCase());
    }), { numRuns: 2000 });
  });

  it('gives every word token its whole word and its bare word in lower case', () => {
    fc.assert(fc.property(fc.array(letters, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
      for (const token of tokenize(text, [])) {
        if (token.type !== 'word') continue;
        expect(token.full).toBe(token.text.toLowerCase());
        expect(token.lower === token.bare.toLowerCase() || token.lower === token.text).toBe(true);
      }
    }), { numRuns: 1000 });
  });
});
