/**
 * The walk that reads the blocks remembers which tags it met, so a lookup for a tag it never met
 * (`<q>`, `<blockquote>`) skips the tree. It may only answer where it entered every element.
 */
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { holdersOf, textBlocks, treeHolds } from '../../src/core/text-blocks.js';

const dom = new JSDOM('<!doctype html><body></body>');
const doc = dom.window.document;
afterAll(() => dom.window.close());

const fragment = (html: string): DocumentFragment => doc.createRange().createContextualFragment(html);
const LONG = 'A paragraph of the story, long enough to outweigh the caption beside it. '.repeat(4);

describe('tag lookups after the walk', () => {
  it('answers from the walk when it entered every element', () => {
    const blocks = textBlocks(fragment(`<p>${LONG}</p><p>One <b>bold</b> word.</p>`));
    expect(treeHolds(blocks, 'q')).toBe(false);
    expect(treeHolds(blocks, 'b')).toBe(true);
    expect(holdersOf(blocks, 'blockquote').size).toBe(0);
  });

  it('still finds a tag inside what the walk left out: a picture\'s caption, a script, an svg', () => {
    const captioned = fragment(`<figure><img src="a.png"><figcaption>Photo: <q>quoted</q></figcaption></figure><p>${LONG}</p>`);
    const blocks = textBlocks(captioned);
    expect(blocks.map((block) => block.text)).toEqual([LONG.trim()]);
    expect(treeHolds(blocks, 'q')).toBe(true);
    expect([...holdersOf(blocks, 'q')].map((element) => element.tagName)).toEqual(['FIGCAPTION', 'FIGURE']);
    expect(treeHolds(textBlocks(fragment(`<p>${LONG}<svg><g><q>x</q></g></svg></p>`)), 'q')).toBe(true);
  });

  it('looks at the whole tree the blocks belong to, beyond the element that was read', () => {
    const page = new JSDOM(`<!doctype html><body><article><p>${LONG}</p></article><aside><blockquote>Elsewhere.</blockquote></aside></body>`);
    const blocks = textBlocks(page.window.document.querySelector('article') as Element);
    expect(treeHolds(blocks, 'blockquote')).toBe(true);
    page.window.close();
  });
});
