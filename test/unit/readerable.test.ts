import { isProbablyReaderable } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { indexPage } from '../../src/extract/page-index.js';
import { isReaderable } from '../../src/extract/readerable.js';

const paragraph = (topic: string): string =>
  `<p>The harbour board met on Monday about ${topic}, and after a long evening of questions from fishermen, ferry crews and a school that sits by the quay, it agreed to publish its figures before the spring.</p>`;
const LONG = ['dredging', 'the new pier', 'mooring fees', 'the fish market'].map(paragraph).join('');

const page = (body: string): Document => new JSDOM(`<!doctype html><body>${body}</body>`).window.document;

describe('isReaderable', () => {
  it.each([
    ['paragraphs of prose', `<article>${LONG}</article>`],
    ['prose written in a div with line breaks', `<div>${'The tide tables were printed late this year.<br>'.repeat(12)}The council apologised.<br></div>`],
    ['a short note', '<p>Closed on Sunday.</p>'],
    ['prose in a list item', `<ul><li>${LONG}</li></ul>`],
    ['prose under an unlikely label', `<div class="comment">${LONG}</div>`],
    ['a pre block', `<pre>${'ferry times and tide tables for the week, printed in full '.repeat(8)}</pre>`],
  ])('answers as Readability does on %s', (_name, body) => {
    const doc = page(body);
    const expected = isProbablyReaderable(page(body));
    expect(isReaderable(doc, indexPage(doc))).toBe(expected);
  });

  it('does not query the page when the indexed paragraphs already make it readerable', () => {
    const doc = page(`<article>${LONG}</article><div>${'A line.<br>'.repeat(3)}</div>`);
    const index = indexPage(doc);
    const query = vi.spyOn(doc, 'querySelectorAll');
    expect(isReaderable(doc, index)).toBe(true);
    expect(query).not.toHaveBeenCalled();
  });

  it('does not count an indexed paragraph that has left the page', () => {
    const doc = page(`<article>${LONG}</article>`);
    const index = indexPage(doc);
    doc.querySelector('article')?.remove();
    expect(isReaderable(doc, index)).toBe(false);
  });

  it('counts a paragraph a step added to the index', () => {
    const doc = page('<div id="story"></div>');
    const index = indexPage(doc);
    const story = doc.getElementById('story');
    story?.insertAdjacentHTML('beforeend', LONG);
    for (const p of Array.from(story?.children ?? [])) index.add(p);
    const query = vi.spyOn(doc, 'querySelectorAll');
    expect(isReaderable(doc, index)).toBe(true);
    expect(query).not.toHaveBeenCalled();
  });
});
