/**
 * Every language's lexicon, bundled: what Node (the command line, tests, benchmarks) works with. The
 * extension build swaps this module for lexicons-english.ts and loads other languages on demand
 * (ui/load-lexicons.ts), so the popup does not carry eleven word lists to read one article. A
 * language's given names and titles (lexicon/names/) are joined to its lexicon here, as the build
 * joins them into the extension's lang/<code>.json.
 */
import de from './lexicon/de.json';
import en from './lexicon/en.json';
import es from './lexicon/es.json';
import fr from './lexicon/fr.json';
import it from './lexicon/it.json';
import ja from './lexicon/ja.json';
import deNames from './lexicon/names/de.json';
import enNames from './lexicon/names/en.json';
import esNames from './lexicon/names/es.json';
import frNames from './lexicon/names/fr.json';
import itNames from './lexicon/names/it.json';
import plNames from './lexicon/names/pl.json';
import nl from './lexicon/nl.json';
import pl from './lexicon/pl.json';
import pt from './lexicon/pt.json';
import ru from './lexicon/ru.json';
import sv from './lexicon/sv.json';
import type { LEXICON_LANGUAGES, LexiconData, LexiconSet } from './lexicon.js';

const ALL: Record<(typeof LEXICON_LANGUAGES)[number], LexiconData> = {
  de: { ...de, names: deNames },
  en: { ...en, names: enNames },
  es: { ...es, names: esNames },
  fr: { ...fr, names: frNames },
  it: { ...it, names: itNames },
  ja,
  nl,
  pl: { ...pl, names: plNames },
  pt,
  ru,
  sv,
};

export const LEXICONS: LexiconSet = ALL;
