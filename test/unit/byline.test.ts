/**
 * The byline a reader sees: Readability hands over whatever sat in the page's author element, often with
 * its "By", a date and time, an update note, a counter or a link glued on. Invented names, each shaped
 * after a kind of byline in the real pages of ../shared/corpus/readability.
 */
import { describe, expect, it } from 'vitest';
import { displayByline } from '../../src/core/byline.js';

describe('displayByline', () => {
  it('drops the leading "By" in the article\'s language and the white space of the page\'s markup', () => {
    expect(displayByline('By\n\t\t\tMorgan Reed', 'en', null)).toBe('Morgan Reed');
    expect(displayByline('by Morgan Reed', 'en', null)).toBe('Morgan Reed');
    expect(displayByline('Par Camille Roux', 'fr', null)).toBe('Camille Roux');
    expect(displayByline('Von Jana Keller', 'de', null)).toBe('Jana Keller');
  });

  it('keeps a name that starts like a prefix ("Von der …", "Di Maio" alone)', () => {
    expect(displayByline('Von der Aue', 'de', null)).toBe('Von der Aue');
    expect(displayByline('Di Maio', 'it', null)).toBe('Di Maio');
  });

  it('cuts a date, a time or a counter written after the names, glued to them or on a line of their own', () => {
    expect(displayByline('by Morgan Reed12 Mar 2024318', 'en', null)).toBe('Morgan Reed');
    expect(displayByline('By ANNA BELL\n      June 3, 2021 4:15 PM', 'en', null)).toBe('ANNA BELL');
    expect(displayByline('By Ola Berg, MA\n   Health News Desk', 'en', null)).toBe('Ola Berg, MA Health News Desk');
  });

  it('keeps a month that is a name ("June", "May") when no date follows it', () => {
    expect(displayByline('Laura June Brook', 'en', null)).toBe('Laura June Brook');
    expect(displayByline('Theresa May', 'en', null)).toBe('Theresa May');
  });

  it('gives no byline when only a date, an update note or the site\'s name was there', () => {
    expect(displayByline('April 2, 2023 at 6:01 am Updated April 3, 2023 at 1:00 pm', 'en', null)).toBeNull();
    expect(displayByline('Last Updated: January 9, 2024', 'en', null)).toBeNull();
    expect(displayByline('Harbour News', 'en', 'Harbour News')).toBeNull();
    expect(displayByline('   ', 'en', null)).toBeNull();
    expect(displayByline(null, 'en', null)).toBeNull();
  });

  it('drops a link written after a name', () => {
    expect(displayByline('Sam Park (https://sam.example/about/)', 'en', null)).toBe('Sam Park');
  });

  it('leaves names in scripts without letter case, and several authors, as they are', () => {
    expect(displayByline('张伟', 'zh', null)).toBe('张伟');
    expect(displayByline('Ana Ruiz, Leo Marsh', 'en', null)).toBe('Ana Ruiz, Leo Marsh');
  });
});

describe('the article header', () => {
  it('shows the byline\'s names once, and the date only in its own place', async () => {
    const { JSDOM } = await import('jsdom');
    const { extractArticle } = await import('../../src/extract/extract-article.js');
    const { processArticle } = await import('../../src/core/process-article.js');
    const { createSanitizer } = await import('../../src/core/sanitize.js');
    const { renderArticle } = await import('../../src/ui/render-article.js');
    const { englishMessages } = await import('../../src/ui/english-messages.js');
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of a story about the harbour, which reopened after a long winter of repairs to its walls and its cranes.</p>`).join('');
    const page = new JSDOM(`<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>
      <p class="byline">By Morgan Reed 12 Mar 2024, 4:15 PM</p>${story}</article></body></html>`, { url: 'https://news.example/harbour' });
    const result = extractArticle(page.window.document);
    if (result.status !== 'article') throw new Error(`no article: ${result.status}`);
    const reader = new JSDOM('<!doctype html><body></body>');
    const processed = processArticle(result.article, createSanitizer(reader.window as unknown as Window), { images: true, highlight: ['speech', 'partial'] });
    const element = renderArticle(reader.window.document, result.article, processed, englishMessages);
    expect(element.querySelector('.ql-byline')?.textContent).toBe('Morgan Reed');
  });
});
