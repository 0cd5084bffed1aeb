import { execFileSync } from 'node:child_process';
import { JSDOM } from 'jsdom';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentFooter } from '../../scripts/lib/content-footer.mjs';
import type { ExtractedArticle, ExtractionResult } from '../../src/core/article.js';
import { CONTENT_ENTRY, MAX_CONTENT_HTML_LENGTH, parseExtractionResult } from '../../src/core/extraction-result.js';
import { reportPage } from '../../src/cli/page-report.js';
import { createSanitizer } from '../../src/core/sanitize.js';
import { installEntry } from '../../src/content/content-entry.js';
import { capTreeDepth, MAX_TREE_DEPTH } from '../../src/extract/cap-tree-depth.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { stageTimings } from '../../src/ui/stage-timings.js';
import type { RenderedArticle } from '../../src/ui/reader-view.js';
import { depthOf } from '../support/tree-depth.js';

const ARTICLE: ExtractedArticle = {
  url: 'https://news.example/story', title: 'Harbour reopens', byline: 'By Morgan Reed', siteName: 'News', publishedTime: '2025-07-04',
  lang: 'en', dir: null, excerpt: null, contentHtml: '<p>The harbour reopened.</p>', source: 'readability',
  timings: { clone: 1, prepare: 2, readability: 3 },
};

describe("the page's answer (core/extraction-result.ts)", () => {
  it('passes a well-formed answer through unchanged', () => {
    expect(parseExtractionResult({ status: 'article', article: ARTICLE })).toEqual({ status: 'article', article: ARTICLE });
    expect(parseExtractionResult({ status: 'loading' })).toEqual({ status: 'loading' });
    expect(parseExtractionResult({ status: 'not-article', article: null })).toEqual({ status: 'not-article', article: null });
  });

  it('normalises the language where the answer arrives: en_US becomes en-US, x-default none', () => {
    const parsed = (lang: string): string | null => {
      const result = parseExtractionResult({ status: 'article', article: { ...ARTICLE, lang } });
      return result.status === 'article' ? result.article.lang : 'refused';
    };
    expect(parsed('en_US')).toBe('en-US');
    expect(parsed('x-default')).toBeNull();
  });

  it('gives the command line the same normalised language as the popup (en_US becomes en-US)', () => {
    const html = '<!doctype html><html lang="en_US"><head><title>Harbour reopens</title></head><body><article>'
      + '<h1>Harbour reopens</h1>' + '<p>The harbour reopened on Monday after a week of storms kept every boat in port and the quay closed to the public.</p>'.repeat(8)
      + '</article></body></html>';
    const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);
    const report = reportPage('harbour.html', html, 'https://news.example/harbour', { sanitize });
    expect(report.error).toBeNull();
    expect(report.lang).toBe('en-US');
  });

  it('turns every malformed answer into an error with a message, never a throw', () => {
    const malformed: unknown[] = [
      undefined, null, 42, 'article', [], {}, { status: 'article' }, { status: 'article', article: { ...ARTICLE, contentHtml: 7 } },
      { status: 'not-article', article: 'text' }, { status: 'celebrate' }, { status: { toString: null } },
    ];
    for (const value of malformed) {
      const result = parseExtractionResult(value);
      expect(result.status, JSON.stringify(value)).toBe('error');
      if (result.status === 'error') expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it("refuses Readability's HTML above the cap, saying why", () => {
    const result = parseExtractionResult({ status: 'article', article: { ...ARTICLE, contentHtml: 'x'.repeat(MAX_CONTENT_HTML_LENGTH + 1) } });
    expect(result).toMatchObject({ status: 'error', message: expect.stringMatching(/too long/) });
  });

  it('repairs fields of the wrong type: missing timings read 0, a bad direction none, huge titles are cut', () => {
    const { timings: _, ...withoutTimings } = ARTICLE;
    const result = parseExtractionResult({ status: 'article', article: { ...withoutTimings, dir: 'sideways', title: 't'.repeat(100_000), byline: 5 } });
    if (result.status !== 'article') throw new Error(`refused: ${JSON.stringify(result)}`);
    expect(result.article.timings).toEqual({ clone: 0, prepare: 0, readability: 0 });
    expect(result.article.dir).toBeNull();
    expect(result.article.byline).toBeNull();
    expect(result.article.title?.length).toBeLessThanOrEqual(2000);
  });
});

describe("the benchmark's stage timings", () => {
  it('never throw when an article has no timings', () => {
    const rendered = { article: { ...ARTICLE, timings: undefined }, processed: { timings: undefined } } as unknown as RenderedArticle;
    expect(stageTimings(rendered, 12)).toMatchObject({ clone: 0, readability: 0, sanitize: 0, render: 12 });
  });
});

describe('the content entry (content/content-entry.ts)', () => {
  it('gives a repeat call the run in flight instead of starting a second extraction', async () => {
    const scope = {};
    let runs = 0;
    let finish: (value: unknown) => void = () => {};
    const entry = installEntry(scope, 'v1', () => { runs += 1; return new Promise((resolve) => { finish = resolve; }); });
    const first = entry.run();
    const again = installEntry(scope, 'v1', () => { runs += 100; return null; }).run();
    expect(again).toBe(first);
    finish({ status: 'loading' });
    expect(await again).toEqual({ status: 'loading' });
    expect(runs).toBe(1);
    // Settled: the next click reads the page afresh.
    void entry.run();
    expect(runs).toBe(2);
  });

  it("replaces another version's entry, and an old one left as a bare function", async () => {
    const scope: Record<string, unknown> = { [CONTENT_ENTRY]: () => Promise.resolve('old code') };
    const entry = installEntry(scope, 'v2', () => ({ status: 'loading' }));
    expect(scope[CONTENT_ENTRY]).toBe(entry);
    expect(await entry.run()).toEqual({ status: 'loading' });
    const newer = installEntry(scope, 'v3', () => ({ status: 'not-html', contentType: 'text/plain' }));
    expect(newer).not.toBe(entry);
    expect(await (scope[CONTENT_ENTRY] as typeof entry).run()).toEqual({ status: 'not-html', contentType: 'text/plain' });
  });

  it('answers an error when the extraction throws, at once or later', async () => {
    expect(await installEntry({}, 'v', () => { throw new Error('boom'); }).run()).toEqual({ status: 'error', message: 'boom' });
    expect(await installEntry({}, 'v', async () => { throw new Error('later'); }).run()).toEqual({ status: 'error', message: 'later' });
  });
});

describe('the built content script (scripts/build.mjs footer)', () => {
  let script: vm.Script;
  beforeAll(() => {
    // esbuild's command line, as a child: its JavaScript API inside a vitest worker was seen to stall.
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const built = execFileSync(path.join(root, 'node_modules/.bin/esbuild'), [
      'src/content/content.ts', '--bundle', '--format=iife', '--log-level=error',
      `--footer:js=${contentFooter(CONTENT_ENTRY)}`, '--define:QUOTELIGHT_BUILD="test"',
    ], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    script = new vm.Script(built);
  }, 60_000);

  it('replaces an older version left in the page instead of calling it', async () => {
    const world = vm.createContext({ [CONTENT_ENTRY]: () => Promise.resolve('the old version answered') });
    const answer = (await script.runInContext(world)) as ExtractionResult;
    // The old entry was not called; the new one ran (and, with no document here, says what went wrong).
    expect(answer.status).toBe('error');
  });

  it('answers an error, not an exception, when the entry it calls throws', async () => {
    const world = vm.createContext({ [CONTENT_ENTRY]: { version: 'test', run: () => { throw new Error('a stale entry'); } } });
    const answer = (await script.runInContext(world)) as ExtractionResult;
    expect(answer).toMatchObject({ status: 'error', message: expect.stringMatching(/page script failed: a stale entry/) });
  });
});

/** A tree `levels` deep built by script (the parser would have capped it), with an article at the bottom. */
function deepDocument(levels: number): Document {
  const dom = new JSDOM('<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body></body></html>', { url: 'https://news.example/deep' });
  const doc = dom.window.document;
  let at: Element = doc.body;
  for (let i = 0; i < levels; i += 1) at = at.appendChild(doc.createElement(i % 3 === 0 ? 'section' : 'div'));
  const article = at.appendChild(doc.createElement('article'));
  article.append(Object.assign(doc.createElement('h1'), { textContent: 'Harbour reopens' }));
  for (let i = 0; i < 8; i += 1) {
    article.append(Object.assign(doc.createElement('p'), {
      textContent: `Paragraph ${i}: the harbour reopened on Monday after three weeks of repairs to the sea wall, which was breached twice.`,
    }));
  }
  return doc;
}

describe('a deep tree built by script (extract/cap-tree-depth.ts)', () => {
  it('is flattened below the cap, keeping every paragraph', () => {
    const doc = deepDocument(1200);
    const text = doc.body.textContent;
    expect(capTreeDepth(doc)).toBeGreaterThan(900);
    expect(depthOf(doc)).toBeLessThanOrEqual(MAX_TREE_DEPTH + 3);
    expect(doc.body.textContent).toBe(text);
    expect(doc.querySelectorAll('article > p').length).toBe(8);
  });

  it('leaves an ordinary page alone', () => {
    const doc = deepDocument(40);
    const before = doc.body.innerHTML;
    expect(capTreeDepth(doc)).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  // Before the cap, 800 levels held Readability 22 s under jsdom (and Firefox's tab over 40 s at 10,000).
  it('gives the article of a 1,000-deep tree, within the test timeout', () => {
    const result = extractArticle(deepDocument(1000));
    expect(result.status).toBe('article');
    if (result.status === 'article') expect(result.article.contentHtml).toContain('Paragraph 7');
  });

  it('refuses a page with more elements than Readability is allowed to parse, saying why', () => {
    const result = extractArticle(deepDocument(10), { maxElements: 20 });
    expect(result).toMatchObject({ status: 'error', message: expect.stringMatching(/too large to read/) });
  });
});
