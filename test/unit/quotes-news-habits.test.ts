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

  it('reads a title between the closing mark and the name ("…," former FBI agent Jane Roe said)', () => {
    expect(quotes(['"We check every lead," former FBI agent Jane Roe explained.'])[0]?.speaker).toBe('Jane Roe');
    expect(quotes(['"The count is not over," Ohio GOP chairman John Doe said.'])[0]?.speaker).toBe('John Doe');
  });

  it('takes the person, not the organisation qualifying the role, after an inverted cue', () => {
    expect(quotes(['Hillary Clinton spoke on Monday.', '"This is simple," said Clinton campaign manager John Doe.'])[0]?.speaker).toBe('John Doe');
  });

  it('never reads a capitalised word inside a name as a reporting verb', () => {
    const found = quotes(['Jane Roe lamented that anger in the United States while "allowing old hatreds to surface again."']);
    expect(found[0]?.speaker).toBe('Jane Roe');
  });

  it('lets a full stop inside the marks close the sentence before the next one\'s subject', () => {
    const found = quotes(['Jane Roe called the suspension "arbitrary and unfair." John Doe, a rival, warned on Saturday that it was a mistake.']);
    expect(found[0]?.speaker).toBe('Jane Roe');
  });

  it('never takes a German noun after a preposition for the speaker (the subject follows the verb)', () => {
    const found = quotes(['In einem Interview mit dem Rundfunk äußerte sich die Ministerin zuversichtlich: „Wir handeln jetzt.“'], 'de');
    expect(found[0]?.speaker).not.toBe('Rundfunk');
    expect(found[0]?.speaker === null || found[0]?.speaker === 'die Ministerin').toBe(true);
  });
});
