/**
 * The benchmark's quotation metric follows ../shared/docs/dev-data.md; these invented sentences pin
 * its rules, so that a development number means what the held-out evaluation's number means.
 */
import { describe, expect, it } from 'vitest';
import { isScoredSpeaker, normaliseQuote, samePerson, scoreDocument } from '../../scripts/bench/quote-metric.js';
import { quotationSpans } from '../../scripts/bench/dev-quote-sets.js';

describe('the development quote metric', () => {
  it('normalises marks, invisible characters, white space and edge punctuation', () => {
    expect(normaliseQuote('\u201cWe will\u00ad  win,\u201d')).toBe('We will win');
    expect(normaliseQuote('\u201eDas ist \u201agut\u2018.\u201c')).toBe('Das ist \'gut');
  });

  it('pairs exact matches first, then lenient ones covering 80% of the gold quote, each once', () => {
    const gold = [{ text: '"The plan is dead on arrival in the Senate," she said', speakers: [] }, { text: '"a gimmick"', speakers: [] }];
    const score = scoreDocument(gold, [
      { text: 'a gimmick', speaker: null },
      { text: 'The plan is dead on arrival in the Senate', speaker: null },
      { text: 'a gimmick', speaker: null },
    ], 'en');
    expect(score.counts.exact).toBe(1);
    expect(score.counts.lenient).toBe(2);
    // The second "a gimmick" is a piece of a gold quote: right for highlight precision, unmatched for spans.
    expect(score.counts.highlightedRight).toBe(3);
    expect(score.extra).toHaveLength(1);
  });

  it('scores speakers as the same person, skipping pronouns and English nominals', () => {
    expect(samePerson('Jane Q. Roe', 'Roe')).toBe(true);
    expect(samePerson('Flynn, a top adviser to the campaign,', 'Michael Flynn')).toBe(true);
    expect(samePerson('Ms. Roe (D)', 'John Doe')).toBe(false);
    expect(isScoredSpeaker('he', 'en')).toBe(false);
    expect(isScoredSpeaker('the mayor', 'en')).toBe(false);
    expect(isScoredSpeaker('der Innenminister', 'de')).toBe(true);
    const score = scoreDocument([{ text: '"Yes"', speakers: ['Senator Jane Roe'] }], [{ text: 'Yes', speaker: 'John Doe' }], 'en');
    expect(score.counts.wrong).toBe(1);
  });

  it('finds gold spans: curly and straight doubles, headline singles, not apostrophes, one span across paragraphs', () => {
    const text = '\'Not now\': Roe\'s plan\n\n"We start today.\n\n"And we finish," she said of the 6\'3" player\'s team.';
    const paragraphs = [{ start: 0, end: 21 }, { start: 23, end: 39 }, { start: 41, end: text.length }];
    const spans = quotationSpans(text, paragraphs).map((span) => text.slice(span.start, span.end));
    expect(spans).toEqual(['\'Not now\'', '"We start today.\n\n"And we finish,"']);
  });
});
