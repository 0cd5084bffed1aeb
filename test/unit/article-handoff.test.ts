import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/core/article.js';
import { articleKeyOf, loadArticle, saveArticle, type ArticleStore } from '../../src/ui/article-handoff.js';
import { readerAddress } from '../../src/ui/reader-address.js';

/** A session storage area that, like the browsers', refuses a write that would take it past its quota. */
function memoryStore(quotaBytes: number): ArticleStore & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  const size = (): number => [...items].reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
  return {
    items,
    async get<T>(key: string): Promise<T | null> { return (items.get(key) as T | undefined) ?? null; },
    async set(key: string, value: unknown): Promise<void> {
      const before = items.get(key);
      items.set(key, value);
      if (size() > quotaBytes) {
        if (before === undefined) items.delete(key);
        else items.set(key, before);
        throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      }
    },
    async keys(): Promise<string[]> { return [...items.keys()]; },
    async remove(keys: string[]): Promise<void> { for (const key of keys) items.delete(key); },
  };
}

const article = (words: number): ExtractedArticle => ({
  url: 'https://news.example/a', title: 'A story', byline: null, siteName: null, publishedTime: null, lang: 'en', dir: null,
  excerpt: null, contentHtml: `<p>${'word '.repeat(words)}</p>`, source: 'readability', timings: { clone: 0, prepare: 0, readability: 0 },
});

describe('handing an article to a reader tab (ui/article-handoff.ts)', () => {
  it('prunes old articles before storing, so a full area still takes the next one', async () => {
    const one = JSON.stringify(article(2000)).length + 20;
    const store = memoryStore(one * 8.5);
    for (let i = 0; i < 8; i += 1) await saveArticle(store, article(2000), 1000 + i);
    const key = await saveArticle(store, article(2000), 2000);
    expect(await loadArticle(store, key)).not.toBeNull();
    expect(store.items.size).toBe(8);
    expect(store.items.has('article:1000')).toBe(false);
  });

  it('on a quota error, clears the older articles and tries once more', async () => {
    const store = memoryStore(JSON.stringify(article(30_000)).length * 1.5);
    await saveArticle(store, article(30_000), 1);
    const key = await saveArticle(store, article(30_000), 2);
    expect([...store.items.keys()]).toEqual([key]);
  });

  it('throws, for the caller to report, when even an empty area cannot hold the article; the others stay', async () => {
    const store = memoryStore(JSON.stringify(article(10)).length * 3);
    await saveArticle(store, article(10), 1);
    await expect(saveArticle(store, article(50_000), 2)).rejects.toThrow(/quota/);
  });

  it('keeps the key where an in-article # link cannot overwrite it: a reload still finds the article', () => {
    const tab = new Map<string, string>();
    const memory = { getItem: (name: string) => tab.get(name) ?? null, setItem: (name: string, value: string) => void tab.set(name, value) };
    const url = new URL(readerAddress('article:1765000000000', 'https://news.example/story'), 'chrome-extension://id/');
    expect(articleKeyOf(url.hash, memory)).toBe('article:1765000000000');
    // A click on a footnote link replaces the fragment; the tab is then reloaded.
    url.hash = '#user-content-fn1';
    expect(articleKeyOf(url.hash, memory)).toBe('article:1765000000000');
  });

  it('remembers each article\'s key apart: two readers in one tab\'s history never take each other\'s article', () => {
    const tab = new Map<string, string>();
    const memory = { getItem: (name: string) => tab.get(name) ?? null, setItem: (name: string, value: string) => void tab.set(name, value) };
    // The reader replaces the page in its tab, so one tab's history can hold several readers (docs/reader-tab.md).
    const first = new URL(readerAddress('article:1', 'https://news.example/first'), 'chrome-extension://id/');
    const second = new URL(readerAddress('article:2', 'https://news.example/second'), 'chrome-extension://id/');
    expect(articleKeyOf(first.hash, memory, first.search)).toBe('article:1');
    first.hash = '#fn1';
    expect(articleKeyOf(second.hash, memory, second.search)).toBe('article:2');
    // Back to the first reader, at its footnote, reloaded: its own article, not the one read last.
    expect(articleKeyOf(first.hash, memory, first.search)).toBe('article:1');
  });

  it('reads the fragment alone where the tab has no storage, and no key from a malformed one', () => {
    expect(articleKeyOf('#article%3A17', null)).toBe('article:17');
    expect(articleKeyOf('#%E0%A4%A', null)).toBe('');
  });
});
