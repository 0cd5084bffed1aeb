import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHRASE_FILES } from '../../src/core/clean/phrase-files.js';
import { PHRASE_FILES as ENGLISH_ONLY } from '../../src/core/clean/phrase-files-english.js';
import { PHRASE_LANGUAGES, phrasesFor } from '../../src/core/clean/phrases.js';
import { LEXICON_LANGUAGES } from '../../src/core/quotes/lexicon.js';
import { LOADED_LANGUAGES } from '../../src/ui/load-languages.js';

const dir = path.resolve(__dirname, '../../src/core/clean/phrases');
const files = readdirSync(dir).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, '')).sort();

describe('clean-up phrases by language', () => {
  it('lists every phrase file, which the extension loads by that list (ui/load-languages.ts)', () => {
    expect([...PHRASE_LANGUAGES].sort()).toEqual(files);
    expect(Object.keys(PHRASE_FILES).sort()).toEqual(files);
    expect([...LOADED_LANGUAGES].sort()).toEqual([...new Set([...files, ...LEXICON_LANGUAGES])].filter((code) => code !== 'en').sort());
  });

  it('bundles English alone for the extension', () => {
    expect(Object.keys(ENGLISH_ONLY)).toEqual(['en']);
  });

  it('cleans with English and the declared language, or every language when none is declared', () => {
    // "Anzeige" is a German label, "Publicité" a French one, "Advertisement" English.
    const labels = (lang: string | null, loaded = {}) => ['anzeige', 'publicité', 'advertisement'].filter((label) => phrasesFor(lang, loaded).labels.has(label));
    expect(labels('de-AT')).toEqual(['anzeige', 'advertisement']);
    expect(labels('fr')).toEqual(['publicité', 'advertisement']);
    expect(labels('zh')).toEqual(['advertisement']);
    expect(labels(null)).toEqual(['anzeige', 'publicité', 'advertisement']);
    // Where only English is bundled, the declared language comes from what was loaded.
    const englishOnly = (lang: string | null, loaded = {}) => ['anzeige', 'advertisement'].filter((label) => phrasesFor(lang, { ...ENGLISH_ONLY, ...loaded }).labels.has(label));
    expect(englishOnly('de', { de: PHRASE_FILES['de'] })).toEqual(['anzeige', 'advertisement']);
  });
});
