import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { linkDensity, textOf } from '../../src/core/clean/block-measure.js';

const block = (html: string): Element => new JSDOM(`<div>${html}</div>`).window.document.body.firstElementChild as Element;

describe('linkDensity', () => {
  const teaser = block('Read more: <a href="https://news.test/ferry">New ferry timetable</a> from Monday');

  it('is the share of the block\'s text inside links', () => {
    expect(linkDensity(teaser)).toBeCloseTo('New ferry timetable'.length / textOf(teaser).length);
  });

  it('takes the block\'s text length from a caller that has already measured it, instead of reading the text again', () => {
    expect(linkDensity(teaser, 2 * 'New ferry timetable'.length)).toBeCloseTo(0.5);
    expect(linkDensity(teaser, textOf(teaser).length)).toBe(linkDensity(teaser));
  });
});
