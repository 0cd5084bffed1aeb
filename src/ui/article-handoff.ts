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

export async function saveArticle(store: ArticleStore, article: ExtractedArticle, now = Date.now()): Promise<string> {
  const key = `${PREFIX}${now}`;
  await store.set(key, article);
  const old = (await store.keys()).filter((name) => name.startsWith(PREFIX)).sort().slice(0, -KEEP);
  if (old.length > 0) await store.remove(old);
  return key;
}

export async function loadArticle(store: ArticleStore, key: string): Promise<ExtractedArticle | null> {
  if (!key.startsWith(PREFIX)) return null;
  return store.get<ExtractedArticle>(key);
}
