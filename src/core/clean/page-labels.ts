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

interface Entry {
  words: string;
  kind: LabelKind;
  /** Written `^…`: only a whole token matches. */
  whole: boolean;
}

/** Every entry, as space-joined words, with its kind; the longest first, so "author bio" wins over "bio". */
const ENTRIES: readonly Entry[] = KINDS.flatMap((kind) =>
  (LABELS[kind] as string[]).map((entry) => ({ words: tokenWords(entry), kind, whole: entry.startsWith('^') })))
  .sort((a, b) => b.words.length - a.words.length);

const WHOLE = new Map(ENTRIES.filter((entry) => entry.whole).map((entry) => [entry.words, entry.kind]));
const SINGLE = new Map(ENTRIES.filter((entry) => !entry.whole && !entry.words.includes(' ')).map((entry) => [entry.words, entry.kind]));
const SEVERAL = ENTRIES.filter((entry) => !entry.whole && entry.words.includes(' '));
const ROLES = new Map(Object.entries(LABELS.roles as Record<string, LabelKind>));

const cache = new Map<string, LabelKind | null>();

/** The kind a single class or id token names, or null. */
export function tokenKind(token: string): LabelKind | null {
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  const words = tokenWords(token);
  let kind: LabelKind | null = null;
  // "no_caption", "without-share": the token says the label does not apply.
  if (words !== '' && !/(?:^| )(?:no|without|not)(?: |$)/.test(words)) {
    kind = WHOLE.get(words) ?? null;
    const padded = ` ${words} `;
    kind ??= SEVERAL.find((entry) => padded.includes(` ${entry.words} `))?.kind ?? null;
    if (kind === null) {
      for (const word of words.split(' ')) {
        kind = SINGLE.get(word) ?? null;
        if (kind !== null) break;
      }
    }
  }
  if (cache.size < 10_000) cache.set(token, kind);
  return kind;
}

/** The first kind the element's role, class tokens or id name, or null. */
export function labelKind(element: Element): LabelKind | null {
  const role = element.getAttribute('role');
  if (role !== null) {
    const kind = ROLES.get(role.trim().toLowerCase());
    if (kind !== undefined) return kind;
  }
  const classes = element.getAttribute('class');
  if (classes !== null) {
    for (const token of classes.split(/\s+/)) {
      const kind = token === '' ? null : tokenKind(token);
      if (kind !== null) return kind;
    }
  }
  const id = element.getAttribute('id');
  return id === null || isSlug(id) ? null : tokenKind(id);
}

/** Ids of more than three words are slugs of the text, not labels: `nav_nur_die_folie__1` names a heading. */
const MAX_ID_WORDS = 3;
const isSlug = (id: string): boolean => tokenWords(id).split(' ').length > MAX_ID_WORDS || id === '';
