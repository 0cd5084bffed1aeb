import { describe, expect, it } from 'vitest';
import { citation, groupBySpeaker, quotesToJson, quotesToMarkdown, textFragmentUrl } from '../../src/core/quote-export.js';

const article = {
  title: "'He could get offended': Putin halts forum to take Donald Trump's call",
  siteName: 'Business Standard',
  publishedTime: '2025-07-04T13:29:00+05:30',
  url: 'https://www.business-standard.com/world-news/putin-call.html#top',
};
const quote = { text: 'Russia will not back down,', speaker: 'Yuri Ushakov', kind: 'speech' };

describe('textFragmentUrl', () => {
  it('quotes a short quotation whole, with - and , escaped as the syntax requires', () => {
    expect(textFragmentUrl('https://a.example/x#old', 'Russia will not back-down, he')).toBe(
      'https://a.example/x#:~:text=Russia%20will%20not%20back%2Ddown%2C%20he',
    );
  });

  it('uses start,end for a long quotation', () => {
    const url = textFragmentUrl('https://a.example/x', 'one two three four five six seven eight nine ten eleven twelve');
    expect(url).toBe('https://a.example/x#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve');
  });
});

describe('citation', () => {
  it('names quote, speaker, headline, site, day and a link to the quote', () => {
    expect(citation(article, quote)).toBe(
      "“Russia will not back down,” — Yuri Ushakov, in \"'He could get offended': Putin halts forum to take Donald Trump's call\", Business Standard, 2025-07-04. https://www.business-standard.com/world-news/putin-call.html#:~:text=Russia%20will%20not%20back%20down%2C",
    );
  });

  it('leaves out what the article does not have, and never links a non-web address', () => {
    expect(citation({ title: null, siteName: null, publishedTime: null, url: 'file:///x.html' }, { ...quote, speaker: null })).toBe(
      '“Russia will not back down,” — in.',
    );
  });
});

describe('groupBySpeaker', () => {
  it('keeps first-appearance order and puts unattributed quotes last', () => {
    const groups = groupBySpeaker([{ speaker: null }, { speaker: 'B' }, { speaker: 'A' }, { speaker: 'B' }]);
    expect(groups.map((group) => [group.speaker, group.quotes.length])).toEqual([['B', 2], ['A', 1], [null, 1]]);
  });
});

describe('exports', () => {
  it('writes Markdown with a section per speaker and escaped text', () => {
    const markdown = quotesToMarkdown(article, [quote, { text: 'a *bold* claim', speaker: null, kind: 'speech' }]);
    expect(markdown).toContain('## Yuri Ushakov (1)');
    expect(markdown).toContain('## Unattributed (1)');
    expect(markdown).toContain('a \\*bold\\* claim');
    expect(markdown).toContain('[source](https://www.business-standard.com/world-news/putin-call.html#:~:text=');
  });

  it('writes JSON that parses back to the quotes', () => {
    const parsed = JSON.parse(quotesToJson(article, [quote])) as { quotes: { text: string; speaker: string; url: string }[] };
    expect(parsed.quotes[0]).toMatchObject({ text: quote.text, speaker: 'Yuri Ushakov' });
    expect(parsed.quotes[0]?.url).toContain('#:~:text=');
  });
});
