/**
 * Every language's clean-up phrases, bundled: what Node (the command line, tests, benchmarks) works
 * with. The extension build swaps this module for phrase-files-english.ts and loads the article's own
 * language from lang/<code>.json (ui/load-languages.ts), as it does the quote lexicons.
 */
import de from './phrases/de.json';
import en from './phrases/en.json';
import es from './phrases/es.json';
import fr from './phrases/fr.json';
import hi from './phrases/hi.json';
import it from './phrases/it.json';
import ja from './phrases/ja.json';
import pt from './phrases/pt.json';
import ru from './phrases/ru.json';
import type { PhraseSet } from './phrases.js';

export const PHRASE_FILES: PhraseSet = { en, hi, de, fr, es, pt, it, ru, ja };
