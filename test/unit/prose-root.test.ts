import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findProseRoot, keepProseRoot } from '../../src/extract/prose-root.js';

const SENTENCE = 'The harbour board met on Thursday evening and agreed, after a long debate, to repair the north quay before the winter storms.';
const doc = (body: string): Document => new JSDOM(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`).window.document;

describe('the element that holds the page\'s paragraphs (the last pass when Readability found no story)', () => {
  it('goes down into the child holding most of the prose, past a header and a menu', () => {
    const page = doc(`<div id="wrap"><div class="header"><h2>A standfirst of some length, with commas, that is not a paragraph</h2></div>`
      + `<div id="body"><p>${SENTENCE}</p><p>${SENTENCE}</p><p>Short line.</p></div></div><ul><li><a href="/">Home</a></li></ul>`);
    expect(findProseRoot(page)?.id).toBe('body');
    expect(keepProseRoot(page)).toBe(true);
    expect(page.body.textContent).not.toContain('standfirst');
    expect(page.body.textContent).not.toContain('Home');
    expect(page.title).toBe('T');
  });

  it('stays at the body when the paragraphs are spread over its children, and finds nothing on a page without paragraphs', () => {
    const spread = doc(`<div><p>${SENTENCE}</p></div><div><p>${SENTENCE}</p></div>`);
    expect(findProseRoot(spread)).toBeNull();
    expect(keepProseRoot(spread)).toBe(false);
    expect(spread.body.textContent).toContain(SENTENCE);
    expect(findProseRoot(doc('<ul><li><a href="/a">One</a></li></ul><p>Short.</p>'))).toBeNull();
  });
});
