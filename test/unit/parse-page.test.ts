import { describe, expect, it } from 'vitest';
import { PageParser } from '../../src/cli/parse-page.js';

describe('PageParser: pages parsed in one long-lived window', () => {
  it('gives each page its own address, which its links resolve against', () => {
    const parser = new PageParser();
    try {
      const first = parser.parse('<p><a href="story.html">a</a></p>', 'https://one.example/news/');
      const second = parser.parse('<p><a href="story.html">b</a></p>', null);
      const third = parser.parse('<p><a href="/story.html">c</a></p>', 'https://two.example/a/b');
      expect(first.querySelector('a')?.href).toBe('https://one.example/news/story.html');
      expect(second.URL).toBe('about:blank');
      expect(third.querySelector('a')?.href).toBe('https://two.example/story.html');
      // The first page keeps its address after the window moved on.
      expect(first.baseURI).toBe('https://one.example/news/');
    } finally {
      parser.close();
    }
  });

  it('parses no stylesheet, so a rule a CSS parser rejects cannot fail the page', () => {
    const parser = new PageParser();
    try {
      const doc = parser.parse('<style>.a { width: calc(100% - $gutter) } @media {</style><p>text</p>', null);
      expect(doc.querySelector('p')?.textContent).toBe('text');
      expect(doc.styleSheets.length).toBe(0);
    } finally {
      parser.close();
    }
  });

  it('lends the pipeline its DOMParser while open, and takes it back when closed', () => {
    const global = globalThis as { DOMParser?: unknown };
    expect(global.DOMParser).toBeUndefined();
    const parser = new PageParser();
    expect(typeof global.DOMParser).toBe('function');
    parser.close();
    expect(global.DOMParser).toBeUndefined();
  });

  it('releases the pages read so far: their trees leave their documents (jsdom holds on to any element with an id while it is in one)', () => {
    const parser = new PageParser();
    try {
      const first = parser.parse('<div id="harbour"><p>The harbour reopened.</p></div>', 'https://one.example/');
      const second = parser.parse('<a name="note">Note</a>', null);
      parser.release();
      expect(first.documentElement).toBeNull();
      expect(second.documentElement).toBeNull();
      const third = parser.parse('<p id="later">Later</p>', null);
      expect(third.getElementById('later')?.textContent).toBe('Later');
    } finally {
      parser.close();
    }
  });
});
