import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { elementsByTag } from '../../src/core/tag-list.js';

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
