import { PHRASE_LANGUAGES, type PhraseFile, type PhraseSet } from '../core/clean/phrases.js';
import { LEXICON_LANGUAGES, primaryLanguage, type LexiconData, type LexiconSet } from '../core/quotes/lexicon.js';

/** What an article needs of its language beyond the bundled English: its quote lexicon and clean-up phrases. */
export interface LanguageData {
  lexicons: LexiconSet;
  phrases: PhraseSet;
}

/** One language's file in the extension, lang/<code>.json (scripts/build.mjs writes it): either part may be missing. */
interface LanguageFile {
  lexicon?: LexiconData;
  phrases?: PhraseFile;
}

/** Every language with a file in lang/: a quote lexicon, clean-up phrases or both. English is bundled. */
export const LOADED_LANGUAGES: readonly string[] = [...new Set([...LEXICON_LANGUAGES, ...PHRASE_LANGUAGES])]
  .filter((code) => code !== 'en').sort();

/**
 * The quote lexicon and clean-up phrases an article needs, fetched from the extension's own
 * lang/<code>.json. English is bundled; the article's declared language is loaded beside it, or every
 * language when the page declares none, since the engine then guesses by each language's stop words
 * and the cleaner reads every language's phrases. A file that fails to load leaves English to do the
 * work rather than failing the article.
 */
export async function loadLanguages(lang: string | null): Promise<LanguageData> {
  const declared = primaryLanguage(lang);
  const wanted = LOADED_LANGUAGES.filter((code) => declared === null || code === declared);
  const loaded = await Promise.all(wanted.map(async (code) => {
    try {
      const response = await fetch(`lang/${code}.json`);
      return response.ok ? [[code, (await response.json()) as LanguageFile] as const] : [];
    } catch {
      return [];
    }
  }));
  const lexicons: Record<string, LexiconData> = {};
  const phrases: Record<string, PhraseFile> = {};
  for (const [code, file] of loaded.flat()) {
    if (file.lexicon) lexicons[code] = file.lexicon;
    if (file.phrases) phrases[code] = file.phrases;
  }
  return { lexicons, phrases };
}
