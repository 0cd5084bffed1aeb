import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { PageParser } from '../../src/cli/parse-page.js';
import type { ExtractionResult } from '../../src/core/article.js';
import { extractArticle } from '../../src/extract/extract-article.js';

const URL = 'https://news.test/story';
const withoutTimings = (result: ExtractionResult): unknown =>
  result.status === 'article' ? { ...result.article, timings: null } : result;

// A fixture page where Readability's first answer strays from the story's paragraphs, so
// the command line's consumed parse needs a second look at a new parse of the page (others go to the fallback passes, which clone).
describe.each(['shopping-blog-sections'])('a consumed page that needs a second look (%s)', (slug) => {
  const html = readFileSync(`test/fixtures/${slug}/source.html`, 'utf8');

  it('reads the new parse in place, not a clone of it, and answers as a page read without consuming it', () => {
    const parser = new PageParser();
    try {
      const plain = extractArticle(parser.parse(html, URL), { url: URL, complete: true });
      let fresh: Document | null = null;
      const consumed = parser.parse(html, URL);
      const clones = vi.spyOn(Object.getPrototypeOf(Object.getPrototypeOf(consumed)) as Node, 'cloneNode');
      const result = extractArticle(consumed, { url: URL, complete: true, consume: true, reparse: () => (fresh = parser.parse(html, URL)) });
      expect(fresh).not.toBeNull();
      expect(clones.mock.contexts.filter((node) => node === fresh || node === consumed)).toEqual([]);
      expect(result.status).toBe('article');
      expect(withoutTimings(result)).toEqual(withoutTimings(plain));
      clones.mockRestore();
    } finally {
      parser.close();
    }
  });
});
