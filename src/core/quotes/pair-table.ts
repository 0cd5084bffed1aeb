/**
 * Which quotation marks open, which close, and which closers each opener accepts, by locale.
 *
 * The table is a union of all the conventions in quotes-spec.md, because pages mix them (English
 * curly quotes in German text, Swiss guillemets...). The locale decides only the marks that point
 * both ways: whether ” ’ » › may open (Swedish ” ”, German » «), and whether a curly mark is read by its
 * shape or, on the re-run for unbalanced paragraphs, by flanking like a straight quote.
 */

export interface PairTable {
  /** Opener -> the closers it accepts. */
  readonly closers: ReadonlyMap<string, string>;
  /** Marks that may open in this locale only when flanking says so (they also close). */
  readonly flankingOpeners: ReadonlySet<string>;
}

/** Every opener of every convention, with the closers it accepts. */
const UNION: ReadonlyArray<[string, string]> = [
  ['\u201c', '\u201d"'], // “ → ” (en); also a stray straight quote
  ['\u2018', '\u2019\''], // ‘ → ’ (en nested, UK primary)
  ['\u201e', '\u201c\u201d"'], // „ → “ (de, cs) or ” (pl, hu, ro)
  ['\u201a', '\u2018\u2019'], // ‚ → ‘ (de nested) or ’ (pl nested)
  ['\u00ab', '\u00bb'], // « → » (fr, ru, es, it...)
  ['\u2039', '\u203a'], // ‹ → › (fr nested)
  ['\u300c', '\u300d'], // 「 → 」 (ja)
  ['\u300e', '\u300f'], // 『 → 』 (ja nested)
  ['"', '"\u201d'],
  ['\'', '\'\u2019'],
  ['\u2033', '\u2033'], // ″ used as a quote in scraped text
  ['\uff02', '\uff02'], // ＂ full-width
];

/** Marks that open in some locales only (reversed guillemets, Swedish symmetric marks). */
const LOCALE_OPENERS: Record<string, ReadonlyArray<[string, string]>> = {
  reversed: [
    ['\u00bb', '\u00ab'], // » → « (de books, da)
    ['\u203a', '\u2039'], // › → ‹
  ],
  symmetric: [
    ['\u201d', '\u201d'], // ” → ” (sv, fi)
    ['\u2019', '\u2019'], // ’ → ’ (sv nested)
    ['\u00bb', '\u00bb'], // » → » (sv, fi)
  ],
};

const REVERSED_GUILLEMETS = new Set(['de', 'da', 'cs', 'sk', 'hr', 'sl']);
const SYMMETRIC = new Set(['sv', 'fi']);

/** Marks the scanner looks at at all: every opener and closer above. */
export const QUOTE_MARKS = new Set('\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f"\'\u2033\uff02');

const cache = new Map<string, PairTable>();

/** The pair table for a primary language subtag (null: the union without locale-only openers). */
export function pairTable(lang: string | null): PairTable {
  const key = lang === null ? '' : REVERSED_GUILLEMETS.has(lang) ? 'reversed' : SYMMETRIC.has(lang) ? 'symmetric' : '';
  const cached = cache.get(key);
  if (cached) return cached;
  const closers = new Map<string, string>(UNION);
  const flankingOpeners = new Set<string>();
  for (const [open, close] of LOCALE_OPENERS[key] ?? []) {
    closers.set(open, close);
    flankingOpeners.add(open);
  }
  const table: PairTable = { closers, flankingOpeners };
  cache.set(key, table);
  return table;
}

/**
 * The same table for the re-run of a paragraph whose curly marks do not balance: curly double and
 * single marks are read like straight ones, so a mis-curled ”We will win” still pairs up.
 */
export function flankingTable(table: PairTable): PairTable {
  const closers = new Map(table.closers);
  closers.set('\u201c', '\u201d\u201c"');
  closers.set('\u201d', '\u201d\u201c"');
  closers.set('\u2018', '\u2019\u2018\'');
  closers.set('\u2019', '\u2019\u2018\'');
  const flankingOpeners = new Set(table.flankingOpeners);
  flankingOpeners.add('\u201d');
  flankingOpeners.add('\u2019');
  return { closers, flankingOpeners };
}

/** Guesses the locale of the marks when the page does not say: reversed guillemets mean German. */
export function guessMarkLocale(text: string): string | null {
  const open = text.indexOf('\u00bb');
  const close = text.indexOf('\u00ab');
  if (open >= 0 && (close < 0 || open < close) && /\u00bb\S/.test(text)) return 'de';
  return null;
}
