import type { ExtractedArticle } from '../core/article.js';

/** Where an article handed from the popup to a reader tab is kept: session storage, never disk. */
export interface ArticleStore {
  get<T>(key: string): Promise<T | null>;
  set(key: string, value: unknown): Promise<void>;
  keys(): Promise<string[]>;
  remove(keys: string[]): Promise<void>;
}

const PREFIX = 'article:';
/** Reader tabs still open keep working after a few more articles are opened; older ones expire. */
const KEEP = 8;

/** The browsers' messages for a full storage area (Chromium's QUOTA_BYTES, Firefox's QuotaExceededError). */
const QUOTA = /quota/i;
const isQuotaError = (error: unknown): boolean =>
  error instanceof Error ? QUOTA.test(`${error.name} ${error.message}`) : QUOTA.test(String(error));

/** Removes the oldest articles, leaving `keep`. */
async function prune(store: ArticleStore, keep: number): Promise<void> {
  const stored = (await store.keys()).filter((name) => name.startsWith(PREFIX)).sort((a, b) => age(a) - age(b));
  const old = stored.slice(0, Math.max(0, stored.length - keep));
  if (old.length > 0) await store.remove(old);
}

const age = (key: string): number => Number(key.slice(PREFIX.length)) || 0;

/**
 * Stores the article for a reader tab and returns its key. Old articles go first, so that a few large
 * ones cannot fill the area for every later hand-off; a full area is emptied of the others and tried once
 * more. Throws only when even that fails: the caller reports it and keeps showing the article.
 */
export async function saveArticle(store: ArticleStore, article: ExtractedArticle, now = Date.now()): Promise<string> {
  const key = `${PREFIX}${now}`;
  await prune(store, KEEP - 1);
  try {
    await store.set(key, article);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    await prune(store, 0);
    await store.set(key, article);
  }
  return key;
}

export async function loadArticle(store: ArticleStore, key: string): Promise<ExtractedArticle | null> {
  if (!key.startsWith(PREFIX)) return null;
  return store.get<ExtractedArticle>(key);
}

/** Where a reader tab remembers its article's key: its own sessionStorage (per tab, kept across reloads). */
export interface KeyMemory {
  getItem(name: string): string | null;
  setItem(name: string, value: string): void;
}

const REMEMBERED = 'quotelight:article-key';

/**
 * The article's key for a reader tab, from its address's fragment (src/ui/reader-address.ts). A click on
 * an in-article `#` link (a footnote) replaces that fragment, and a reload then found no article: the key
 * is remembered in the tab's own sessionStorage when it is read, and comes from there when the fragment
 * holds no key any more. One tab's history can hold several readers (each opened in place of its page),
 * so the key is remembered under the article's address (`search`), never one key for the whole tab.
 */
export function articleKeyOf(hash: string, memory: KeyMemory | null, search = ''): string {
  const slot = `${REMEMBERED}${search}`;
  let fromHash = '';
  try {
    fromHash = decodeURIComponent(hash.slice(1));
  } catch {
    // A malformed escape is no key.
  }
  try {
    if (fromHash.startsWith(PREFIX)) {
      memory?.setItem(slot, fromHash);
      return fromHash;
    }
    return memory?.getItem(slot) ?? fromHash;
  } catch {
    // Storage turned off for the page: the fragment is all there is.
    return fromHash;
  }
}
