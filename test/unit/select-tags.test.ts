import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { elementsByTag, elementsWithTags, tagSet } from '../../src/core/select-tags.js';

const PAGE = `<!doctype html><html><head><title>Allotments</title></head><body>
  <div id="before"><p>Outside, before.</p></div>
  <section id="root"><h2>Plots</h2><div><p>First <b>plot</b></p><ul><li><p>Deep</p></li><li>Shallow</li></ul></div>
    <template><p>Never shown</p></template><table><tbody><tr><td><p>In a cell</p></td></tr></tbody></table>
    <svg><text>Drawn</text></svg><p>Last</p></section>
  <div id="after"><p>Outside, after.</p></div></body></html>`;

const TAGS = tagSet('p', 'div', 'li', 'h2', 'td', 'section');
const reference = (root: ParentNode): Element[] => Array.from(root.querySelectorAll('*')).filter((element) => TAGS.has(element.tagName));

describe('elementsWithTags (core/select-tags.ts)', () => {
  const doc = new JSDOM(PAGE).window.document;

  it('finds what a query for every element finds, in document order, under an element and nowhere else', () => {
    const root = doc.getElementById('root') as Element;
    expect(elementsWithTags(root, TAGS)).toEqual(reference(root));
    expect(elementsWithTags(root, TAGS).some((element) => !root.contains(element) || element === root)).toBe(false);
  });

  it('walks a whole document and a fragment the same way', () => {
    expect(elementsWithTags(doc, TAGS)).toEqual(reference(doc));
    const fragment = doc.createDocumentFragment();
    fragment.append(doc.getElementById('root')?.cloneNode(true) as Node, doc.getElementById('after')?.cloneNode(true) as Node);
    expect(elementsWithTags(fragment, TAGS)).toEqual(reference(fragment));
  });

  it('finds nothing under a leaf', () => {
    const leaf = doc.querySelector('b') as Element;
    expect(elementsWithTags(leaf, TAGS)).toEqual([]);
  });
});

const page = (): Document => new JSDOM(`<!doctype html><body><div id="box"><p id="first">One</p>${'<p name="row">Row <a href="/x">link</a></p>'.repeat(60)}<section><p>Deep</p></section></div><p>Outside</p></body>`).window.document;

describe('elementsByTag', () => {
  it('lists what getElementsByTagName lists, in document order, the root left out', () => {
    const doc = page();
    const box = doc.getElementById('box') as Element;
    expect(elementsByTag(box, 'p')).toEqual(Array.from(box.querySelectorAll('p')));
    expect(elementsByTag(box, '*')).toEqual(Array.from(box.querySelectorAll('*')));
    expect(elementsByTag(doc, 'P')).toHaveLength(63);
    expect(elementsByTag(box, 'table')).toEqual([]);
  });

  it('reads the list\'s length once, however long the list (under jsdom each read looks through every element for a name)', () => {
    const doc = page();
    const view = doc.defaultView as unknown as typeof globalThis;
    const length = vi.spyOn(view.HTMLCollection.prototype, 'length', 'get');
    expect(elementsByTag(doc, 'p')).toHaveLength(63);
    expect(length.mock.calls.length).toBeLessThanOrEqual(1);
  });
});
