/**
 * Habits of real newsrooms' text that the quote engine must read (invented sentences, each shaped
 * after a category of misses measured on the development data; see docs/quotes.md).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/find-quotes.js';
import { textBlocks } from '../../src/core/text-blocks.js';

function quotes(paragraphs: string[], lang = 'en', title: string | null = null) {
  const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
  for (const text of paragraphs) doc.body.appendChild(Object.assign(doc.createElement('p'), { textContent: text }));
  return findQuotes(textBlocks(doc.body), { title, lang }).map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker }));
}

describe('news text habits', () => {
  it('reads two apostrophes as a double mark (archive plain text)', () => {
    const found = quotes([
      'Senator Jane Roe spoke to the committee on Tuesday.',
      "''We will not wait for the House,'' Ms. Roe said. ''Not this time.''",
    ]);
    expect(found).toEqual([
      { text: 'We will not wait for the House,', kind: 'speech', speaker: 'Jane Roe' },
      { text: 'Not this time.', kind: 'speech', speaker: 'Jane Roe' },
    ]);
  });

  it('keeps a title abbreviation or an initial inside the name instead of ending the sentence there', () => {
    expect(quotes(['"The numbers are clear," said Sen. Jane Roe, a Democrat.'])[0]?.speaker).toBe('Jane Roe');
    expect(quotes(['"We are ready," John Q. Public told reporters.'])[0]?.speaker).toBe('John Q. Public');
  });
});
