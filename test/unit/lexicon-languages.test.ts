import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEXICON_LANGUAGES, lexiconFor } from '../../src/core/quotes/lexicon.js';
import { LEXICONS } from '../../src/core/quotes/lexicons.js';
import { LEXICONS as ENGLISH_ONLY } from '../../src/core/quotes/lexicons-english.js';

const dir = path.resolve(__dirname, '../../src/core/quotes/lexicon');

describe('lexicon languages', () => {
  it('lists every lexicon file, which the extension loads by that list (ui/load-languages.ts)', () => {
    const files = readdirSync(dir).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, '')).sort();
    expect([...LEXICON_LANGUAGES].sort()).toEqual(files);
    expect(Object.keys(LEXICONS).sort()).toEqual(files);
  });

  it('bundles English alone for the extension, and falls back to it for a language not at hand', () => {
    expect(Object.keys(ENGLISH_ONLY)).toEqual(['en']);
    expect(lexiconFor('ru', ENGLISH_ONLY).lang).toBe('en');
    expect(lexiconFor('ru', { ...ENGLISH_ONLY, ru: LEXICONS['ru']! }).lang).toBe('ru');
  });

  it('joins each language its given names and titles (lexicon/names/)', () => {
    for (const lang of ['de', 'en', 'fr', 'es', 'it', 'pl']) {
      const lexicon = lexiconFor(lang, LEXICONS);
      expect(lexicon.givenNames.size, lang).toBeGreaterThan(100);
      expect(lexicon.titles.size, lang).toBeGreaterThan(20);
    }
    expect(lexiconFor('de', LEXICONS).givenNames.has('jürgen')).toBe(true);
    expect(lexiconFor('fr', LEXICONS).titles.has('mme')).toBe(true);
    // English rules read no names yet, so the popup does not carry them (lexicons-english.ts).
    expect(lexiconFor('en', ENGLISH_ONLY).givenNames.size).toBe(0);
    expect(lexiconFor('ja', LEXICONS).givenNames.size).toBe(0);
  });
});
