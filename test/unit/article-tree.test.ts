import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { processArticle } from '../../src/core/process-article.js';
import { createSanitizer } from '../../src/core/sanitize.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { parsesBack } from '../../src/extract/parses-back.js';

// The command line hands the sanitizer Readability's tree instead of its HTML, where that HTML parses back
// into the same tree: the output must be what the extension's popup makes of the HTML.
const window = new JSDOM('').window;
const doc = window.document;
const sanitize = createSanitizer(window as unknown as Window);
afterAll(() => window.close());

const element = (tag: string, ...children: (Node | string)[]): HTMLElement => {
  const made = doc.createElement(tag);
  made.append(...children);
  return made;
};
const root = (...children: (Node | string)[]): HTMLElement => element('div', ...children);
/** The root's HTML, parsed again as a body parses it, and serialized. */
const reparsed = (tree: Element): string => {
  const copy = doc.createElement('body');
  copy.innerHTML = tree.innerHTML;
  return copy.innerHTML;
};

describe('parsesBack', () => {
  it('says yes to a tree as a parse makes it: its HTML parses back into the same tree', () => {
    const tree = root();
    tree.innerHTML = '<p>The mayor said <q>we will rebuild</q>.</p><ul><li>One</li><li>Two<ul><li>Inner</li></ul></li></ul>'
      + '<table><tbody><tr><td>cell</td></tr></tbody></table><pre>code\n</pre><h2>Next <span>part</span></h2>';
    expect(reparsed(tree)).toBe(tree.innerHTML);
    expect(parsesBack(tree)).toBe(true);
  });

  const shapes: [string, () => HTMLElement][] = [
    ['a heading in a paragraph (a div holding a heading, which Readability makes a paragraph)', () => root(element('p', 'Intro ', element('h3', 'Section'), ' more'))],
    ['a paragraph in a paragraph', () => root(element('p', 'Outer ', element('span', element('p', 'inner'))))],
    ['a newline that opens a pre', () => root(element('pre', '\nfirst line'))],
    ['table rows outside their table', () => root(element('div', element('tbody', element('tr', element('td', 'cell')))))],
    ['a row straight in a table', () => root(element('table', element('tr', element('td', 'cell'))))],
    ['a link in a link', () => root(element('p', element('a', 'outer ', element('a', 'inner'))))],
    ['a heading straight in a heading', () => root(element('h2', element('h3', 'Inner')))],
    ['a list item straight in a list item', () => root(element('ul', element('li', 'One', element('li', 'Two'))))],
  ];
  it.each(shapes)('says no to %s: the parser rebuilds it', (_name, build) => {
    const tree = build();
    expect(reparsed(tree)).not.toBe(tree.innerHTML);
    expect(parsesBack(tree)).toBe(false);
  });
});

describe('the sanitizer given a tree', () => {
  it('gives what it gives for the HTML, and leaves the tree as it was', () => {
    const tree = root();
    tree.innerHTML = '<p id="x" class="lead" onclick="go()">A harbour <a href="#note">reopened</a>.</p><section is="x-box"><p>Boxed</p></section><p id="note">Note.</p>';
    // Two runs of text side by side, as DOM changes leave them and no parse does.
    tree.querySelector('p')?.append(doc.createTextNode(' Later'), doc.createTextNode(' that day.'), doc.createTextNode(''));
    const html = tree.innerHTML;
    const serialize = (fragment: DocumentFragment): string => element('div', fragment).innerHTML;
    const fromTree = sanitize(html, { images: true, tree });
    const fromHtml = sanitize(html, { images: true });
    expect(serialize(fromTree)).toBe(serialize(fromHtml));
    expect(Array.from(element('div', sanitize(html, { images: true, tree })).querySelectorAll('p')).map((p) => p.childNodes.length))
      .toEqual(Array.from(element('div', sanitize(html, { images: true })).querySelectorAll('p')).map((p) => p.childNodes.length));
    expect(tree.innerHTML).toBe(html);
  });

  it('copies every tree into one inert document, which keeps nothing of an article for the next', () => {
    const serialize = (fragment: DocumentFragment): string => element('div', fragment).innerHTML;
    const trees = ['<p id="a">The ferry left at <a href="#a">six</a>.</p>', '<h2>Tides</h2><p>High water at noon.</p>'].map((html) => {
      const tree = root();
      tree.innerHTML = html;
      return tree;
    });
    const [first, second] = trees.map((tree) => sanitize(tree.innerHTML, { images: true, tree }));
    // A new document for each tree costs a parse, and under jsdom a new selector engine once it is queried.
    expect(first?.ownerDocument).toBe(second?.ownerDocument);
    expect(serialize(second as DocumentFragment)).toBe(serialize(sanitize(trees[1]?.innerHTML ?? '', { images: true })));
    expect(first?.ownerDocument.body.childNodes.length).toBe(0);
    // A tree whose cleaning fails leaves nothing behind either.
    expect(() => sanitize('', { images: true, tree: root(element('p', 'Lost')), beforeSanitize: () => { throw new Error('cleaner failed'); } })).toThrow('cleaner failed');
    expect(first?.ownerDocument.body.childNodes.length).toBe(0);
  });
  it('cleans and sanitizes the copy outside any document: no node is attached going in or detached going out', () => {
    const tree = root(element('p', 'The ferry left at six.'), element('p', 'High water at noon.'));
    const connected: boolean[] = [];
    const fragment = sanitize(tree.innerHTML, { images: true, tree, beforeSanitize: (inert) => connected.push(inert.isConnected, ...Array.from(inert.children, (child) => child.isConnected)) });
    expect(connected).toEqual([false, false, false]);
    expect(element('div', fragment).innerHTML).toBe('<p>The ferry left at six.</p><p>High water at noon.</p>');
  });
});

describe('extraction that keeps the tree (the command line)', () => {
  const page = (body: string): Document => new window.DOMParser().parseFromString(`<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body>${body}</body></html>`, 'text/html');
  const story = [
    '<p>The harbour reopened on Monday after three weeks of repairs to the outer wall, and the first ferries left on time.</p>',
    '<p>"We are back in business," said Dana Whitfield, the harbour master, as the first boats came in under a grey sky.</p>',
    '<p>Fishermen said the repairs had cost them most of the season, but that the new wall looked stronger than the old one.</p>',
    '<p>"It held in the last storm," Whitfield said. The council will review the costs at its next meeting in the town hall.</p>',
    '<p>Repairs began in the spring, when a winter of gales had opened a gap in the wall wide enough for a small boat to pass through it.</p>',
    '<p>The contractor, a firm from the next county, brought in stone from a quarry upriver and worked through two weekends to finish on time.</p>',
  ].join('');

  it.each([
    ['an ordinary story', `<article><h1>Harbour reopens</h1>${story}</article>`],
    ['a story with a div that holds a heading and text', `<article><h1>Harbour reopens</h1>${story}<div>The wall in numbers <h3>Costs</h3> more than planned, the council said on Tuesday in a statement to the press.</div></article>`],
  ])('gives the same article from the tree as from its HTML: %s', (_name, body) => {
    const result = extractArticle(page(body), { complete: true, keepTree: true });
    expect(result.status).toBe('article');
    if (result.status !== 'article') return;
    const options = { images: true, highlight: ['speech', 'partial'] as const };
    const viaHtml = processArticle(result.article, sanitize, { ...options, highlight: [...options.highlight] });
    const viaTree = processArticle(result.article, sanitize, { ...options, highlight: [...options.highlight] }, undefined, result.tree ?? null);
    const html = (fragment: DocumentFragment): string => element('div', fragment).innerHTML;
    expect(html(viaTree.body)).toBe(html(viaHtml.body));
    expect(viaTree.text).toBe(viaHtml.text);
    expect(viaTree.quotes).toEqual(viaHtml.quotes);
    expect(viaHtml.quotes.length).toBeGreaterThan(0);
  });

  it('keeps the tree only where its HTML parses back into it', () => {
    const plain = extractArticle(page(`<article><h1>Harbour reopens</h1>${story}</article>`), { complete: true, keepTree: true });
    expect(plain.status === 'article' && plain.tree !== undefined).toBe(true);
    const without = extractArticle(page(`<article><h1>Harbour reopens</h1>${story}</article>`), { complete: true });
    expect(without.status === 'article' && without.tree === undefined).toBe(true);
  });
});
