import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { indexPage } from '../../src/extract/page-index.js';
import { prepareDocument } from '../../src/extract/prepare-document.js';
import { MAX_TREE_DEPTH } from '../../src/extract/cap-tree-depth.js';
import { depthOf } from '../support/tree-depth.js';

/** A page with a sidebar, a list, a table, comments and text between the elements. */
const PAGE = `<!doctype html><html lang="en"><head><title>Ferry timetable</title><meta name="x"></head><body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/sea">Sea</a></li></ul></nav>
  <!-- a comment -->
  <article class="story" id="main"><h1>The winter ferry runs again</h1>
    <p>Text <b>bold <i>and italic</i></b> and more.</p><div role="note"><span hidden>x</span></div>
    <table><tbody><tr><td>Mon</td><td>08:10</td></tr></tbody></table>
  </article><footer style="display:none">Contact</footer></body></html>`;

describe('the page index (extract/page-index.ts)', () => {
  it('holds every element once, in document order, as a query for every element finds them', () => {
    const doc = new JSDOM(PAGE).window.document;
    const index = indexPage(doc);
    const all = Array.from(doc.querySelectorAll('*'));
    expect(index.elements).toBe(all.length);
    for (const tag of ['P', 'H1', 'ARTICLE', 'NAV', 'TABLE', 'DIV'] as const) {
      expect(index.tag(tag)).toEqual(all.filter((element) => element.tagName === tag));
    }
    for (const name of ['class', 'id', 'role', 'hidden', 'style'] as const) {
      expect(index.withAttribute(name)).toEqual(all.filter((element) => element.hasAttribute(name)));
    }
  });

  it('lists an element once under an attribute it carries twice, in two namespaces (a script\'s setAttributeNS)', () => {
    const doc = new JSDOM('<body><div class="card">Tide tables</div></body>').window.document;
    const card = doc.querySelector('div') as Element;
    card.setAttributeNS('urn:example:theme', 'class', 'dark');
    expect(indexPage(doc).withAttribute('class')).toEqual([card]);
  });

  it('measures how deep the tree goes', () => {
    const doc = new JSDOM(PAGE).window.document;
    expect(indexPage(doc).depth).toBe(depthOf(doc));
    let at: Element = doc.body;
    for (let i = 0; i < 30; i += 1) at = at.appendChild(doc.createElement('div'));
    expect(indexPage(doc).depth).toBe(depthOf(doc));
  });

  it('counts nothing in a document without elements', () => {
    const doc = new JSDOM('').window.document;
    doc.documentElement.remove();
    expect(indexPage(doc)).toMatchObject({ elements: 0, depth: 0 });
  });

  it('lets the prepare steps flatten a tree deeper than any parser builds, and indexes what is left', () => {
    const doc = new JSDOM('<body><p>Top</p></body>').window.document;
    let at: Element = doc.body;
    for (let i = 0; i < MAX_TREE_DEPTH + 100; i += 1) at = at.appendChild(doc.createElement('div'));
    at.append(Object.assign(doc.createElement('p'), { textContent: 'The bottom paragraph of a script-built page.' }));
    const { index } = prepareDocument(doc, indexPage(doc));
    expect(depthOf(doc)).toBeLessThanOrEqual(MAX_TREE_DEPTH + 3);
    expect(index.depth).toBe(depthOf(doc));
    expect(index.tag('P').every((p) => doc.contains(p))).toBe(true);
    expect(doc.body.textContent).toContain('bottom paragraph');
  });
});
