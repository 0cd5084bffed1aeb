/**
 * Every language's lexicon, bundled: what Node (the command line, tests, benchmarks) works with. The
 * extension build swaps this module for lexicons-english.ts and loads other languages on demand
 * (ui/load-lexicons.ts), so the popup does not carry eleven word lists to read one article.
 */
import de from './lexicon/de.json';
import en from './lexicon/en.json';
import es from './lexicon/es.json';
import fr from './lexicon/fr.json';
import it from './lexicon/it.json';
import ja from './lexicon/ja.json';
import nl from './lexicon/nl.json';
import pl from './lexicon/pl.json';
import pt from './lexicon/pt.json';
import ru from './lexicon/ru.json';
import sv from './lexicon/sv.json';
import type { LEXICON_LANGUAGES, LexiconData, LexiconSet } from './lexicon.js';

const ALL: Record<(typeof LEXICON_LANGUAGES)[number], LexiconData> = { de, en, es, fr, it, ja, nl, pl, pt, ru, sv };

export const LEXICONS: LexiconSet = ALL;
