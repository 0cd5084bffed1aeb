import LABELS from './page-labels.json';

/** What a page's own class, id or role says a block is, when it says it is not the story. */
export type LabelKind = 'related' | 'promo' | 'share' | 'author' | 'tags' | 'comments' | 'meta' | 'hidden' | 'chrome' | 'caption';

const KINDS: readonly LabelKind[] = ['related', 'promo', 'share', 'author', 'tags', 'comments', 'meta', 'hidden', 'chrome', 'caption'];

/**
 * A token's words: split at `-`, `_`, `:`, `.` and lower-to-upper case changes, lower-cased, space-joined.
 * Digits stay inside their word: the generated id `e1ad` holds no "ad".
 */
export function tokenWords(token: string): string {
  return token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .join(' ');
}

interface Entry<T> {
  words: string;
  value: T;
  /** Written `^…`: only a whole token matches. */
  whole: boolean;
}

/**
 * The first of `entries` (entries of several words, in order) whose words stand together in a token's
 * words, or null. Each entry is filed under its first word, so a token is checked against the few entries
 * that start with one of its own words, not against every entry: the content script and the popup start
 * with an empty cache on every page, and checking each of a page's class tokens against the whole list was
 * one of the prepare steps' largest costs in Chromium (docs/performance.md, tenth session).
 */
function severalWords<T>(entries: ReadonlyArray<Entry<T>>): (words: string) => T | null {
  const byFirst = new Map<string, Array<{ rank: number; words: string; value: T }>>();
  entries.forEach((entry, rank) => {
    const first = entry.words.slice(0, entry.words.indexOf(' '));
    const filed = byFirst.get(first) ?? [];
    filed.push({ rank, words: ` ${entry.words} `, value: entry.value });
    byFirst.set(first, filed);
  });
  return (words) => {
    const padded = ` ${words} `;
    let best: { rank: number; value: T } | null = null;
    for (const word of words.split(' ')) {
      for (const entry of byFirst.get(word) ?? []) {
        if ((best === null || entry.rank < best.rank) && padded.includes(entry.words)) best = entry;
      }
    }
    return best === null ? null : best.value;
  };
}

/**
 * What a class or id token names among `entries` (the longest entry first, so "author bio" wins over
 * "bio"), or null; cached per token.
 */
function tokenMatcher<T>(entries: ReadonlyArray<Entry<T>>): (token: string) => T | null {
  const sorted = [...entries].sort((a, b) => b.words.length - a.words.length);
  const whole = new Map(sorted.filter((entry) => entry.whole).map((entry) => [entry.words, entry.value]));
  const single = new Map(sorted.filter((entry) => !entry.whole && !entry.words.includes(' ')).map((entry) => [entry.words, entry.value]));
  const several = severalWords(sorted.filter((entry) => !entry.whole && entry.words.includes(' ')));
  const cache = new Map<string, T | null>();
  return (token) => {
    const cached = cache.get(token);
    if (cached !== undefined) return cached;
    const words = tokenWords(token);
    let value: T | null = null;
    // "no_caption", "without-share": the token says the label does not apply.
    if (words !== '' && !/(?:^| )(?:no|without|not)(?: |$)/.test(words)) {
      value = whole.get(words) ?? null;
      value ??= several(words);
      if (value === null) {
        for (const word of words.split(' ')) {
          value = single.get(word) ?? null;
          if (value !== null) break;
        }
      }
    }
    if (cache.size < 10_000) cache.set(token, value);
    return value;
  };
}

const entry = <T>(text: string, value: T): Entry<T> => ({ words: tokenWords(text), value, whole: text.startsWith('^') });

const ROLES = new Map(Object.entries(LABELS.roles as Record<string, LabelKind>));

/**
 * A matcher made on its first call: the popup evaluates this module before it asks the page for its
 * article, and has no token to match until an article arrives (or its warm-up runs while the page works).
 */
function onFirstUse<T>(make: () => (token: string) => T | null): (token: string) => T | null {
  let match: ((token: string) => T | null) | null = null;
  return (token) => (match ??= make())(token);
}

/** The kind a single class or id token names, or null. */
export const tokenKind: (token: string) => LabelKind | null = onFirstUse(() => tokenMatcher(
  KINDS.flatMap((kind) => (LABELS[kind] as string[]).map((text) => entry(text, kind)))));

const boxMatcher = onFirstUse(() => tokenMatcher(LABELS.boxes.map((text) => entry(text, true as const))));
/** WordPress's classes for a post's category and tags name its topic: `tag-cookies` is a recipe's, not a notice. */
const TOPIC_CLASS = /^(?:tag|category)[-_]/i;
/** A class or id token that names a box never the story (page-labels.json `boxes`). */
const boxToken = (token: string): true | null => (TOPIC_CLASS.test(token) ? null : boxMatcher(token));

/** The first value `match` gives the element's class tokens or id (an id that is a slug of the text is no label). */
function labelOf<T>(element: Element, match: (token: string) => T | null): T | null {
  const classes = element.getAttribute('class');
  if (classes !== null) {
    for (const token of classes.split(/\s+/)) {
      const value = token === '' ? null : match(token);
      if (value !== null) return value;
    }
  }
  const id = element.getAttribute('id');
  return id === null || isSlug(id) ? null : match(id);
}

/**
 * The element's class or id names a box that is never a page's story, whatever it holds: a cookie or
 * consent notice, a log-in or sign-up form, a pop-up, an author's box (page-labels.json `boxes`).
 */
export const isNeverStoryBox = (element: Element): boolean => labelOf(element, boxToken) !== null;

/** The first kind the element's role, class tokens or id name, or null. */
export function labelKind(element: Element): LabelKind | null {
  const role = element.getAttribute('role');
  if (role !== null) {
    const kind = ROLES.get(role.trim().toLowerCase());
    if (kind !== undefined) return kind;
  }
  return labelOf(element, tokenKind);
}

/** Ids of more than three words are slugs of the text, not labels: `nav_nur_die_folie__1` names a heading. */
const MAX_ID_WORDS = 3;
const isSlug = (id: string): boolean => tokenWords(id).split(' ').length > MAX_ID_WORDS || id === '';
