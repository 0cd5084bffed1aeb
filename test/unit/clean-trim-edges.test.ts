import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { trimBlockEdges } from '../../src/core/clean/trim-block-edges.js';

const fragment = (html: string): DocumentFragment => JSDOM.fragment(html);

it('drops the no-break spaces a paragraph starts and ends with, inside inline elements too', () => {
  const root = fragment('<p>\u00a0 “Russia will not back down,” Ushakov said. \u00a0</p><p><em>\u00a0\u00a0Lead</em> text</p>');
  trimBlockEdges(root);
  expect(Array.from(root.querySelectorAll('p'), (p) => p.textContent)).toEqual(['“Russia will not back down,” Ushakov said.', 'Lead text']);
});

it('keeps spaces between words and inside the paragraph', () => {
  const root = fragment('<p>Rs\u00a0100 crore, <a href="https://x">said</a> the\u00a0minister</p>');
  trimBlockEdges(root);
  expect(root.querySelector('p')?.textContent).toBe('Rs\u00a0100 crore, said the\u00a0minister');
});
