import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.js';
import { flattenShadowRoots } from '../../src/extract/flatten-shadow-roots.js';
import { frameDocuments } from '../../src/extract/frame-documents.js';
import { processArticle } from '../../src/core/process-article.js';
import { createSanitizer } from '../../src/core/sanitize.js';
import { inertnessProblems } from '../support/inert.js';

const PARAGRAPHS = Array.from({ length: 6 }, (_, i) =>
  `<p>The harbour authority said on Monday that the north quay would reopen in spring, paragraph ${i + 1} of the story, after a winter of storms that left the old stone wall in pieces and the ferry timetable in disarray.</p>`,
).join('');

function page(body: string): Document {
  return new JSDOM(`<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body>${body}</body></html>`, {
    url: 'https://news.example/harbour',
  }).window.document;
}

/** Shadow roots and frames: where a page may keep its story out of its own tree (src/extract). */
describe('flattenShadowRoots: what open shadow roots show, copied into a clone', () => {
  it('fills a host with its shadow content, slots filled from the light tree or their fallback', () => {
    const doc = page('<main><story-box><span slot="byline">By Ann Lee</span><em>not slotted</em></story-box></main>');
    const host = doc.querySelector('story-box') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<h2>Inside</h2><p class="by"><slot name="byline">nobody</slot></p><p><slot name="missing">fallback text</slot></p>';
    const clone = doc.cloneNode(true) as Document;
    expect(clone.querySelector('story-box')?.textContent).toBe('By Ann Leenot slotted'); // cloneNode's own view
    expect(flattenShadowRoots(doc, clone)).toBe(1);
    const filled = clone.querySelector('story-box') as Element;
    expect(filled.querySelector('h2')?.textContent).toBe('Inside');
    expect(filled.querySelector('.by')?.textContent).toBe('By Ann Lee');
    expect(filled.textContent).toContain('fallback text');
    expect(filled.textContent).not.toContain('not slotted');
    expect(filled.querySelector('slot')).toBeNull();
    expect(host.shadowRoot?.querySelector('slot')).not.toBeNull(); // the page itself is untouched
  });

  it('follows shadow roots inside shadow roots, and leaves closed ones closed', () => {
    const doc = page('<div id="outer"></div><div id="closed"></div>');
    const outer = (doc.getElementById('outer') as Element).attachShadow({ mode: 'open' });
    outer.innerHTML = '<section><inner-box></inner-box></section>';
    (outer.querySelector('inner-box') as Element).attachShadow({ mode: 'open' }).innerHTML = '<p>deep text</p>';
    (doc.getElementById('closed') as Element).attachShadow({ mode: 'closed' }).innerHTML = '<p>secret text</p>';
    const clone = doc.cloneNode(true) as Document;
    expect(flattenShadowRoots(doc, clone)).toBe(1);
    expect(clone.getElementById('outer')?.textContent).toBe('deep text');
    expect(clone.body.textContent).not.toContain('secret text');
  });

  it('says 0 for a page without shadow roots', () => {
    const doc = page(PARAGRAPHS);
    expect(flattenShadowRoots(doc, doc.cloneNode(true) as Document)).toBe(0);
  });
});

describe('extractArticle on a page drawn inside a web component', () => {
  it('reads the article from the open shadow root when the page tree alone has none', () => {
    const doc = page('<header><a href="/">The Coast Gazette</a></header><story-body></story-body>');
    (doc.querySelector('story-body') as Element).attachShadow({ mode: 'open' }).innerHTML = `<article><h1>Harbour reopens</h1>${PARAGRAPHS}</article>`;
    const result = extractArticle(doc);
    expect(result.status).toBe('article');
    if (result.status !== 'article') return;
    expect(result.article.contentHtml).toContain('paragraph 6 of the story');
    expect(doc.querySelector('story-body')?.childNodes.length).toBe(0); // the page is untouched
  });

  it('keeps the first answer when the shadow content is no article either', () => {
    const doc = page('<p>Menu</p><x-nav></x-nav>');
    (doc.querySelector('x-nav') as Element).attachShadow({ mode: 'open' }).innerHTML = '<a href="/">Home</a>';
    expect(extractArticle(doc).status).toBe('not-article');
  });
});

describe('extractArticle on a page that shows its story in a frame', () => {
  it('reads the largest same-origin frame that holds an article when the page itself has none', () => {
    const doc = page('<header><a href="/">The Coast Gazette</a></header><iframe id="menu"></iframe><iframe id="story"></iframe>');
    const menu = (doc.getElementById('menu') as HTMLIFrameElement).contentDocument as Document;
    menu.body.innerHTML = '<ul><li><a href="/">Home</a></li></ul>';
    const story = (doc.getElementById('story') as HTMLIFrameElement).contentDocument as Document;
    story.title = 'Harbour reopens';
    story.body.innerHTML = `<article><h1>Harbour reopens</h1>${PARAGRAPHS}</article>`;
    const result = extractArticle(doc);
    expect(result.status).toBe('article');
    if (result.status !== 'article') return;
    expect(result.article.contentHtml).toContain('paragraph 6 of the story');
  });

  it('answers "not an article" when no frame holds one', () => {
    const doc = page('<p>Menu</p><iframe id="menu"></iframe>');
    ((doc.getElementById('menu') as HTMLIFrameElement).contentDocument as Document).body.innerHTML = '<a href="/">Home</a>';
    expect(extractArticle(doc).status).toBe('not-article');
  });
});

describe('frameDocuments: the frames worth reading', () => {
  it('leaves out frames with hardly any text and keeps at most three', () => {
    const doc = page(Array.from({ length: 6 }, (_, i) => `<iframe id="f${i}"></iframe>`).join(''));
    const fill = (i: number, html: string): void => {
      ((doc.getElementById(`f${i}`) as HTMLIFrameElement).contentDocument as Document).body.innerHTML = html;
    };
    fill(0, '<a href="/">Ad</a>');
    for (let i = 1; i < 6; i += 1) fill(i, PARAGRAPHS);
    const found = frameDocuments(doc);
    expect(found).toHaveLength(3);
    expect(found.every((inner) => (inner.body.textContent ?? '').includes('paragraph 6'))).toBe(true);
  });
});

describe('what shadow roots and frames give goes through the same sanitizer', () => {
  it('leaves nothing executable from a hostile shadow root', () => {
    const doc = page('<story-body></story-body>');
    (doc.querySelector('story-body') as Element).attachShadow({ mode: 'open' }).innerHTML =
      `<article><h1>Harbour reopens</h1>${PARAGRAPHS}<p><img src="x" onerror="alert(1)"><a href="javascript:alert(2)">more</a></p>`
      + '<script>alert(3)</script><iframe srcdoc="<script>alert(4)</script>"></iframe></article>';
    const result = extractArticle(doc);
    expect(result.status).toBe('article');
    if (result.status !== 'article') return;
    const processed = processArticle(result.article, createSanitizer(new JSDOM('').window as unknown as Window), { images: true, highlight: ['speech'] });
    expect(inertnessProblems(processed.body)).toEqual([]);
    expect(processed.text).toContain('paragraph 6 of the story');
  });
});
