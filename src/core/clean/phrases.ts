import { primaryLanguage } from '../quotes/lexicon.js';
import { PHRASE_FILES } from './phrase-files.js';

/** One language's phrase file (src/core/clean/phrases/<lang>.json). */
export interface PhraseFile {
  /** Whole blocks that are only a label: "Advertisement", "Listen to This Article". */
  labels: string[];
  /** Leading labels of teasers: "ALSO READ:", "Lire aussi". */
  teasers: string[];
  /** Leading labels of date lines that repeat the metadata: "First Published:". */
  metadata: string[];
  /** Leading labels of tag and share lists: "Topics :", "Tags:". */
  tags: string[];
  /** Headings of related / most-read / comments sections. */
  sections: string[];
  /** Labels of what follows a story: its contacts, further information and reading ("Kontakt:", "For more information"). */
  endmatter: string[];
  /** Labels of a source line that ends a story ("Quelle: dpa"); a bibliography under "Quellen" is the story's own. */
  sources: string[];
  /** Calls to action, as regular expressions on lower-cased text (`\b` is made Unicode-aware). */
  calls: string[];
  /** Every word a share bar is made of: "Share", "Facebook", "WhatsApp". */
  share: string[];
  /**
   * Rights and syndication statements ("© 2025 …", "All rights reserved.", "This article first appeared in"),
   * as regular expressions on lower-cased text, anchored where the statement leads or ends its block.
   */
  rights: string[];
  /** Words that lead a picture's credit ("Foto:", "Photo:", "Crédits photos :"). */
  credits: string[];
}

/** Phrase files by language code. */
export type PhraseSet = Readonly<Record<string, PhraseFile>>;

/** Every language with a phrases/<lang>.json, in the order their phrases are joined. */
export const PHRASE_LANGUAGES = ['en', 'hi', 'de', 'fr', 'es', 'pt', 'it', 'ru', 'ja'] as const;

/** Compiled matchers over the phrases of one or more languages. */
export interface Phrases {
  labels: ReadonlySet<string>;
  teaser: RegExp;
  /** Teaser labels on their own, for a label in its own element (`<strong>ALSO READ:</strong>`). */
  teaserLabels: ReadonlySet<string>;
  metadata: RegExp;
  tags: RegExp;
  sections: ReadonlySet<string>;
  /** Endmatter labels as a block's label key ("Kontakt:" -> "kontakt"). */
  endmatter: ReadonlySet<string>;
  /** A source label leading a line with a colon: "Quelle: dpa". */
  sourceLine: RegExp;
  /** True when the lower-cased text holds a call to action. */
  isCall: (key: string) => boolean;
  /** True when the lower-cased text states the page's rights or where the article first appeared. */
  isRights: (key: string) => boolean;
  /** A picture's caption by its credit: it starts with "Foto:" or ends with "(Photo: …)", "© …", "| Bild: …". */
  credit: RegExp;
  /** Where a teaser label ends a run of text ("… the development. Also Read:"), or null. */
  trailingTeaser: (text: string) => number | null;
  share: ReadonlySet<string>;
}

const WORD = '[\\p{L}\\p{M}\\p{N}_]';
// JavaScript's \b only knows ASCII letters; phrase files are written with \b and mean a word boundary in any script.
const UNICODE_BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;
/** What may follow a leading label: a colon, a bar, a dash, an arrow, or nothing. */
const LABEL_END = '\\s*(?:[:|：｜\\-–—»›>•·】」\\])]|$)';
const LEADING_JUNK = '^[^\\p{L}\\p{N}]*';

export const escapeRegExp = (phrase: string): string => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower case, one kind of apostrophe, collapsed white space: the form every phrase is written in. */
export function phraseKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();
}

/** A block's text reduced to its label: no surrounding punctuation, bullets or brackets. */
export function labelKey(text: string): string {
  return phraseKey(text).replace(/[^\p{L}\p{M}\p{N}']+/gu, ' ').trim();
}

/** A date line's label may also run straight into the date: "Updated 2 hours ago", "Published on July 4". */
const DATE_LABEL_END = `(?:${LABEL_END}|\\s+(?=\\p{N})|\\s+(?:on|at|am|um|le|el|em|il|в|с)\\s)`;

function leadingLabel(phrases: readonly string[], end = LABEL_END): RegExp {
  const alternatives = [...new Set(phrases.map(phraseKey))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`${LEADING_JUNK}(?:${alternatives.join('|')})${end}`, 'u');
}

/**
 * Unicode word boundaries are lookarounds, which V8 cannot scan for quickly: every block is first tried
 * against all patterns at once without them, and only a hit is checked exactly.
 */
function callMatcher(sources: readonly string[]): (key: string) => boolean {
  // The key is lower case already, so no `i` flag; and no `u` flag either unless a pattern needs one
  // (`\p{…}`): a popup is a fresh page that compiles this on every article, and Chromium takes 18 ms to
  // compile it with `u`, 7 without (every phrase is in the Basic Multilingual Plane).
  const loose = sources.map((source) => source.replaceAll('\\b', ''));
  const flags = (source: string): string => (/\\[pPu]\{/.test(source) ? 'u' : '');
  const quickSource = loose.map((source) => `(?:${source})`).join('|');
  const quick = new RegExp(quickSource, flags(quickSource));
  // After a hit, each pattern is tried on its own the quick way, and only one that matches is built with
  // its Unicode boundaries: those cost V8 milliseconds each, and all 78 built at the first call to action
  // took a fresh Chromium popup 130 ms.
  const looseOne: (RegExp | undefined)[] = [];
  const exactOne: (RegExp | undefined)[] = [];
  return (key) => {
    if (!quick.test(key)) return false;
    return sources.some((source, i) => {
      const candidate = (looseOne[i] ??= new RegExp(loose[i] as string, flags(loose[i] as string)));
      if (!candidate.test(key)) return false;
      return (exactOne[i] ??= new RegExp(source.replaceAll('\\b', UNICODE_BOUNDARY), 'u')).test(key);
    });
  };
}

/** Ends with what ends a label: only such text is worth the label pattern. */
const ENDS_LIKE_LABEL = /[:|–—]\s*$/u;

function trailingLabelFinder(labels: ReadonlySet<string>): (text: string) => number | null {
  let pattern: RegExp | null = null; // compiled on first need: most articles never end a text on a colon
  return (text) => {
    if (!ENDS_LIKE_LABEL.test(text)) return null;
    pattern ??= new RegExp(`(?:^|(?<=[\\s.!?…]))(?:${[...labels].map(escapeRegExp).join('|')})\\s*[:|–—]\\s*$`, 'iu');
    return pattern.exec(text)?.index ?? null;
  };
}

/** A credit leads the caption ("Bild: …", "Abbildung 2: …") or ends it ("… (Foto: dpa)", "… © Jane Roe"), on lower-cased text. */
function creditPattern(words: readonly string[]): RegExp {
  const names = [...new Set(words.map(phraseKey))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const leading = `^[(\\[]?(?:${names})(?:\\s*\\d+)?\\s*[:：©]`;
  // The credit itself: a name or two, no sentence in it.
  const trailing = `(?:^|[\\s(|,.–—-])(?:©|\\(c\\)|(?:${names})\\s*[:：])\\s*[^.!?:]{2,80}\\)?\\s*$`;
  return new RegExp(`${leading}|${trailing}`, 'u');
}

export function compilePhrases(files: readonly PhraseFile[]): Phrases {
  const all = <K extends keyof PhraseFile>(key: K): string[] => files.flatMap((file) => file[key]);
  const teaserLabels = new Set(all('teasers').map(labelKey));
  return {
    labels: new Set(all('labels').map(labelKey)),
    teaser: leadingLabel(all('teasers')),
    teaserLabels,
    trailingTeaser: trailingLabelFinder(teaserLabels),
    metadata: leadingLabel(all('metadata'), DATE_LABEL_END),
    tags: leadingLabel(all('tags')),
    sections: new Set(all('sections').map(labelKey)),
    endmatter: new Set(all('endmatter').map(labelKey)),
    sourceLine: leadingLabel(all('sources'), '\\s*[:：]'),
    isCall: callMatcher(all('calls')),
    isRights: callMatcher(all('rights')),
    credit: creditPattern(all('credits')),
    share: new Set(all('share').map(phraseKey)),
  };
}

const compiled = new Map<string, Phrases>();

/**
 * The phrases an article is cleaned with: English and its declared language, or every language at hand
 * when it declares none (the quote lexicons are chosen the same way, quotes/lexicon.ts). Node has every
 * language bundled (phrase-files.ts); the extension bundles English and passes the article's language,
 * loaded from lang/<code>.json (ui/load-languages.ts), in `loaded`. Compiled once per choice.
 */
export function phrasesFor(lang: string | null, loaded: PhraseSet = {}): Phrases {
  const files: PhraseSet = { ...PHRASE_FILES, ...loaded };
  const declared = primaryLanguage(lang);
  const chosen = PHRASE_LANGUAGES.filter((code) => files[code] && (declared === null || code === 'en' || code === declared));
  const key = chosen.join(' ');
  let phrases = compiled.get(key);
  if (!phrases) {
    phrases = compilePhrases(chosen.map((code) => files[code] as PhraseFile));
    compiled.set(key, phrases);
  }
  return phrases;
}
