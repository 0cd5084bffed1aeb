import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { headingOutline, MIN_HEADINGS } from '../../src/ui/features/heading-outline.js';
import { scrollProgress } from '../../src/ui/features/scroll-progress.js';

function page(html: string): Document {
  return new JSDOM(`<!doctype html><body><main id="content"><div class="ql-body">${html}</div></main></body>`).window.document;
}

describe('headingOutline', () => {
  it('lists h2 and h3 headings in order with their level and text', () => {
    const doc = page('<h2>One</h2><p>x</p><h3> Two  <em>a</em> </h3><h4>skip</h4><h2>Three</h2>');
    const outline = headingOutline(doc.querySelector('.ql-body') as Element);
    expect(outline.map(({ level, text }) => [level, text])).toEqual([[2, 'One'], [3, 'Two a'], [2, 'Three']]);
    expect(outline.length).toBeGreaterThanOrEqual(MIN_HEADINGS);
  });

  it('gives each heading an id that is unique in the page, keeping a page id that already is', () => {
    const doc = page('<h2 id="background">A</h2><h2 id="content">B</h2><h2>C</h2><h3 id="ql-section-1">D</h3><h3></h3>');
    const outline = headingOutline(doc.querySelector('.ql-body') as Element);
    const ids = outline.map((entry) => entry.id);
    expect(ids[0]).toBe('background');
    // "content" is the reader's own main element: the heading must not share its id.
    expect(ids[1]).not.toBe('content');
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(doc.querySelectorAll(`[id="${id}"]`)).toHaveLength(1);
    // Empty headings have nothing to list.
    expect(outline).toHaveLength(4);
  });

  it('keeps ids stable when run again on the same render', () => {
    const doc = page('<h2>A</h2><h2>B</h2><h3>C</h3>');
    const root = doc.querySelector('.ql-body') as Element;
    const first = headingOutline(root).map((entry) => entry.id);
    expect(headingOutline(root).map((entry) => entry.id)).toEqual(first);
  });
});

describe('scrollProgress', () => {
  it('runs from 0 at the top to 100 at the bottom', () => {
    expect(scrollProgress(0, 3000, 1000)).toBe(0);
    expect(scrollProgress(1000, 3000, 1000)).toBe(50);
    expect(scrollProgress(2000, 3000, 1000)).toBe(100);
  });
  it('stays within 0 and 100 when the page overscrolls', () => {
    expect(scrollProgress(-40, 3000, 1000)).toBe(0);
    expect(scrollProgress(2100, 3000, 1000)).toBe(100);
  });
  it('counts a page that does not scroll as read', () => {
    expect(scrollProgress(0, 800, 900)).toBe(100);
  });
});
