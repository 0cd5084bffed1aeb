import { describe, expect, it } from 'vitest';
import { cleanedText } from '../support/cleaned.js';

const META = {
  title: 'Bahn sperrt 2026 mehr als 40 Strecken für Generalsanierung',
  byline: 'Serafin Reiber',
  excerpt: 'Fahrgäste müssen sich auf monatelange Umleitungen und Ersatzbusse einstellen.',
};
const FIRST = 'Die Deutsche Bahn will im kommenden Jahr mehr als 40 Strecken vollständig sperren, um sie grundlegend zu sanieren.';

const cleaned = (html: string, meta: Parameters<typeof cleanedText>[1] = META): string => cleanedText(html, meta);

describe('the page\'s own header kept by Readability', () => {
  it('removes headline, byline and date at the top, and keeps the standfirst, which the reader does not show', () => {
    const html = `<article><header><h2><span>Verkehr</span><span>${META.title}</span></h2><p>${META.excerpt}</p><p>Von <a href="/a">Serafin Reiber</a></p><time>04.07.2025, 13.29 Uhr</time></header><p>• 4 Min</p><p>${FIRST}</p></article>`;
    expect(cleaned(html)).toBe(`${META.excerpt}\n\n${FIRST}`);
  });

  it('keeps a wire story\'s lede that the page\'s description repeats, below its date line', () => {
    const html = `<div><p>04.07.2025 13:29</p><p>${FIRST}</p><p>Second paragraph.</p></div>`;
    expect(cleaned(html, { ...META, excerpt: FIRST })).toBe(`${FIRST}\n\nSecond paragraph.`);
  });

  it('removes a date line above the story even when nothing else echoes the metadata', () => {
    expect(cleaned(`<p>Veröffentlichung: 2. Februar 2022</p><p>${FIRST}</p>`)).toBe(FIRST);
    expect(cleaned(`<div><span>23.10.2018</span></div><p>${FIRST}</p>`)).toBe(FIRST);
  });

  it('keeps a short lead of words beside a date: it is a summary, not a date line', () => {
    const lead = '<div><time>04.07.2025</time> Vierzig Strecken gesperrt und Fahrgäste müssen monatelang in Ersatzbusse umsteigen</div>';
    expect(cleaned(`<h2>${META.title}</h2>${lead}<p>${FIRST}</p>`, { ...META, excerpt: null })).toBe(`04.07.2025 Vierzig Strecken gesperrt und Fahrgäste müssen monatelang in Ersatzbusse umsteigen\n\n${FIRST}`);
  });

  it('keeps a first paragraph that is also the excerpt (Readability\'s fallback excerpt)', () => {
    expect(cleaned(`<p>${FIRST}</p><p>Second paragraph.</p>`, { ...META, excerpt: FIRST })).toBe(`${FIRST}\n\nSecond paragraph.`);
  });

  it('keeps a leading date-like heading when nothing else echoes the metadata', () => {
    expect(cleaned(`<h2>2026 in Zahlen</h2><p>${FIRST}</p>`)).toBe(`2026 in Zahlen\n\n${FIRST}`);
  });

  it('keeps a headline repeated later in the text', () => {
    expect(cleaned(`<p>${FIRST}</p><h2>${META.title}</h2>`)).toBe(`${FIRST}\n\n${META.title}`);
  });
});

describe('an article that is only its headline', () => {
  it('keeps it', () => {
    expect(cleaned(`<p>${META.title}</p>`)).toBe(META.title);
  });
});
