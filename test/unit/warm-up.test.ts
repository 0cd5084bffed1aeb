import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compilePhrases } from '../../src/core/clean/phrases.js';
import { processArticle } from '../../src/core/process-article.js';
import { createSanitizer } from '../../src/core/sanitize.js';
import { englishMessages } from '../../src/ui/english-messages.js';
import { WARM_UP_ARTICLE, warmUp } from '../../src/ui/warm-up.js';

const reader = new JSDOM('<!doctype html><html><body><main></main></body></html>');
const sanitize = createSanitizer(reader.window as unknown as Window);
const options = { images: true, highlight: ['speech', 'partial'] } as const;

describe('the popup warm-up (ui/warm-up.ts)', () => {
  it('takes the sample through the quote engine: quotations before and after their speakers, a partial one', () => {
    const processed = processArticle(WARM_UP_ARTICLE, sanitize, options);
    const speakers = processed.quotes.map((quote) => quote.speaker);
    expect(speakers).toEqual(expect.arrayContaining(['Jane Smith', 'Tom Ray']));
    expect(processed.quotes.some((quote) => quote.kind === 'partial')).toBe(true);
    expect(processed.quotes.some((quote) => quote.start === -1)).toBe(true); // the headline's
    expect(processed.body.querySelectorAll('mark').length).toBeGreaterThanOrEqual(4);
  });

  it('takes the sample through the cleaner: label, teaser, call to action and related list go', () => {
    const text = processArticle(WARM_UP_ARTICLE, sanitize, options).text;
    for (const clutter of ['Advertisement', 'Read more', 'Sign up for our newsletter', 'Council budget explained']) {
      expect(text).not.toContain(clutter);
    }
    expect(text).toContain('We will not build it');
  });

  it('renders into a document of its own and leaves the page as it was', () => {
    const before = reader.window.document.body.innerHTML;
    // Its time is the clock's reading after the work less the one before: 100 then 142.5 give 42.5.
    const readings = [100, 142.5];
    const ms = warmUp(reader.window.document, sanitize, options, englishMessages, () => readings.shift() ?? Number.NaN);
    expect(ms).toBe(42.5);
    expect(readings).toEqual([]);
    expect(reader.window.document.body.innerHTML).toBe(before);
  });

  it('holds nothing that could make a request: no image, no source, links only within the page', () => {
    const html = WARM_UP_ARTICLE.contentHtml;
    expect(html).not.toMatch(/<(?:img|picture|source|video|audio|iframe|object|embed|link)\b|\ssrcset=|\ssrc=/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href?.startsWith('#'))).toBe(true);
  });
});

describe('calls to action: the quick pattern, then the exact one', () => {
  const { isCall } = compilePhrases([{
    labels: [], teasers: [], metadata: [], tags: [], sections: [], endmatter: [], sources: [], share: [], rights: [], credits: [],
    calls: ['\\bsign up (?:now|here|today)\\b', '\\bsubscribe (?:now|today|here)\\b'],
  }]);

  it('finds a call to action whole words', () => {
    expect(isCall('sign up now for free')).toBe(true);
    expect(isCall('you can subscribe today.')).toBe(true);
  });

  it('turns down a quick hit without Unicode word boundaries, and then still finds a later pattern', () => {
    expect(isCall('they would sign up nowhere')).toBe(false);
    expect(isCall('résign up now')).toBe(false);
    expect(isCall('sign up nowhere, or subscribe here')).toBe(true);
  });
});
