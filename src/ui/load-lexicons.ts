import { LEXICON_LANGUAGES, primaryLanguage, type LexiconData, type LexiconSet } from '../core/quotes/lexicon.js';

/**
 * The quote lexicons an article needs, fetched from the extension's own lang/<code>.json (the build puts
 * them there). English is bundled; the article's declared language is loaded beside it, or every
 * language when the page declares none, since the engine then guesses by each language's stop words.
 * A file that fails to load leaves English to do the work rather than failing the article.
 */
export async function loadLexicons(lang: string | null): Promise<LexiconSet> {
  const declared = primaryLanguage(lang);
  const wanted = LEXICON_LANGUAGES.filter((code) => code !== 'en' && (declared === null || code === declared));
  const loaded = await Promise.all(wanted.map(async (code) => {
    try {
      const response = await fetch(`lang/${code}.json`);
      return response.ok ? [[code, (await response.json()) as LexiconData] as const] : [];
    } catch {
      return [];
    }
  }));
  return Object.fromEntries(loaded.flat());
}
