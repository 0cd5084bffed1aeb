/**
 * The tokenizer's lower-case forms: what every word list is matched against, so a faster way to make
 * them must give exactly what toLowerCase gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCase, tokenize, wordEndAt } from '../../src/core/quotes/tokens.js';

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

describe('wordEndAt', () => {
  // The tokenizer's word: letters, marks and digits, joined by an apostrophe, a hyphen, a dot or an ampersand.
  const WORD = /[\p{L}\p{M}\p{N}]+(?:[\u2019'\-\u2010.&][\p{L}\p{M}\p{N}]+)*/uy;
  const pieces = fc.constantFrom('a', 'Zq', '7', 'é', 'ß', '\u0301', '日', '\u{1D400}', '٣', '\'', '’', '-', '‐', '.', '&', ' ', ',', '“', '\u00a0', '_');

  it('reads every character of the BMP as the pattern does, alone and joined to a letter', () => {
    for (let code = 0; code < 0x10000; code += 1) {
      for (const text of [String.fromCharCode(code), `a${String.fromCharCode(code)}b`, `a'${String.fromCharCode(code)}`]) {
        WORD.lastIndex = 0;
        const expected = WORD.test(text) ? WORD.lastIndex : -1;
        if (wordEndAt(text, 0) !== expected) expect([code, wordEndAt(text, 0)]).toEqual([code, expected]);
      }
    }
  });

  it('ends a word where the pattern does, from any position', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 16 }).map((parts) => parts.join('')), (text) => {
      for (let at = 0; at < text.length; at += 1) {
        WORD.lastIndex = at;
        const expected = WORD.test(text) ? WORD.lastIndex : -1;
        expect(wordEndAt(text, at)).toBe(expected);
      }
    }), { numRuns: 3000 });
  });
});
