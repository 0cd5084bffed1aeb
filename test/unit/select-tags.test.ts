import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { elementsWithTags, tagSet } from '../../src/core/select-tags.js';

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
