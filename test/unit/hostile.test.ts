import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/core/process-article.js';
import { createSanitizer } from '../../src/core/sanitize.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { renderArticle } from '../../src/ui/render-article.js';
import { hostilePage, PAYLOADS } from '../hostile/payloads.js';
import { inertnessProblems } from '../support/inert.js';
import { englishMessages } from '../../src/ui/english-messages.js';

// The reader's own page. jsdom loads no images and fires no events, so "nothing ran here" would prove
// nothing (a sanitizer that lets everything through passed it): the check is structural, inertnessProblems,
// and the last test shows it catches what a pass-through sanitizer lets by. Real browsers run the payloads
// in test/e2e/hostile.test.ts.
const reader = new JSDOM('<!doctype html><html><body><main id="content"></main></body></html>');
// jsdom complains about the payloads' broken CSS; that is the point of them.
const quiet = new VirtualConsole();
const sanitize = createSanitizer(reader.window as unknown as Window);

/** Payloads still dangerous in what Readability hands over: the ones the sanitizer itself must stop. */
const dirtyOnArrival = new Set<string>();

describe.each(PAYLOADS)('hostile page: $name', (payload) => {
  it('renders the article with nothing executable, navigating or requesting left in it', () => {
    const page = new JSDOM(hostilePage(payload, (name) => `window.__pwned('${name}')`), { url: 'https://hostile.example/story', virtualConsole: quiet });
    const result = extractArticle(page.window.document);
    expect(result.status === 'article' || result.status === 'not-article').toBe(true);
    const article = 'article' in result ? result.article : null;
    expect(article).not.toBeNull();
    if (article === null) return;
    // The payload must be in what Readability hands over, or this test proves nothing about sanitizing.
    expect(article.contentHtml.length).toBeGreaterThan(0);
    const arrived = JSDOM.fragment(article.contentHtml);
    if (inertnessProblems(arrived).length > 0) dirtyOnArrival.add(payload.name);
    for (const images of [true, false]) {
      const processed = processArticle(article, sanitize, { images, highlight: ['speech', 'partial'] });
      const element = renderArticle(reader.window.document, article, processed, englishMessages);
      reader.window.document.getElementById('content')?.replaceChildren(element);
      expect(inertnessProblems(element)).toEqual([]);
      if (!images) expect(element.querySelector('img')).toBeNull();
    }
  });
});

it('has a check that fails on an unsanitized article: a pass-through sanitizer is caught on most payloads', () => {
  const passThrough = (html: string): DocumentFragment => JSDOM.fragment(html);
  const caught = PAYLOADS.filter((payload) => {
    const page = new JSDOM(hostilePage(payload, (name) => `window.__pwned('${name}')`), { url: 'https://hostile.example/story', virtualConsole: quiet });
    const result = extractArticle(page.window.document);
    if (!('article' in result) || result.article === null) return false;
    const processed = processArticle(result.article, passThrough, { images: true, highlight: ['speech', 'partial'] });
    return inertnessProblems(renderArticle(reader.window.document, result.article, processed, englishMessages)).length > 0;
  });
  expect(caught.length).toBeGreaterThanOrEqual(Math.floor(PAYLOADS.length / 2));
});

it('tests the sanitizer for real: most payloads reach it still dangerous', () => {
  expect(dirtyOnArrival.size).toBeGreaterThanOrEqual(Math.floor(PAYLOADS.length / 2));
});

it('keeps markup-looking text inside a quotation as text', () => {
  const payload = PAYLOADS.find((p) => p.name === 'markup-in-quotation');
  if (!payload) throw new Error('payload missing');
  const page = new JSDOM(hostilePage(payload, (name) => `window.__pwned('${name}')`), { url: 'https://hostile.example/story' });
  const result = extractArticle(page.window.document);
  if (!('article' in result) || result.article === null) throw new Error('no article');
  const processed = processArticle(result.article, sanitize);
  expect(processed.text).toContain("<img src=x onerror=window.__pwned('quoted')> is harmless");
});
