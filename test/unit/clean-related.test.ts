import { describe, expect, it } from 'vitest';
import { cleanedText } from '../support/cleaned.js';

const cleaned = cleanedText;

const BODY = '<p>Rescue teams reached the village on Sunday after the landslide cut the only road, the district collector said.</p>';
const BODY_TEXT = 'Rescue teams reached the village on Sunday after the landslide cut the only road, the district collector said.';
const links = (titles: string[]): string => `<ul>${titles.map((t, i) => `<li><a href="https://x.test/${i}">${t}</a></li>`).join('')}</ul>`;

describe('related sections', () => {
  it.each(['Related Stories', 'Most Read', 'Explore News', 'Mehr zum Thema', 'Sur le même sujet', 'Noticias relacionadas', 'Leia também', 'Leggi anche', 'Читайте также', 'यह भी पढ़ें', '関連記事'])(
    'removes a "%s" heading and its list',
    (heading) => {
      const html = `${BODY}<section><h3>${heading}</h3>${links(['Gold slips as dollar firms', 'Monsoon session to begin on July 21'])}</section>`;
      expect(cleaned(html)).toBe(BODY_TEXT);
    },
  );

  it('removes a heading wrapped in its own box', () => {
    const html = `${BODY}<div><div><strong>Related</strong></div></div>${links(['One', 'Two'])}`;
    expect(cleaned(html)).toBe(BODY_TEXT);
  });

  it('keeps a heading followed by prose, even when the heading says "Related"', () => {
    const html = `${BODY}<h2>Related</h2><p>The two landslides are related, geologists said, because both slopes were cut for the same highway in 2019.</p>`;
    expect(cleaned(html)).toBe(`${BODY_TEXT}\n\nRelated\n\nThe two landslides are related, geologists said, because both slopes were cut for the same highway in 2019.`);
  });

  it('keeps a list of links that is part of the story', () => {
    const html = `${BODY}<h3>What the report found</h3>${links(['Roads were cut in 14 places', 'Three bridges were washed away'])}`;
    expect(cleaned(html)).toContain('Roads were cut in 14 places');
  });
});

describe('related sections of teaser cards', () => {
  // A magazine's "latest articles" grid: each card a picture, a linked title and a summary of a sentence or two.
  const card = (i: number, title: string, summary: string): string =>
    `<div><figure><img src="https://x.test/${i}.jpg" alt=""></figure><h3><a href="https://x.test/artikel/${i}">${title}</a></h3><p>${summary}</p></div>`;
  const CARDS = `<div>${card(1, 'Der Hafen wächst', 'Warum die Stadt einen zweiten Anleger plant und wer dafür bezahlen soll, erklären wir in diesem Beitrag ausführlich.')}${
    card(2, 'Neue Fähre', 'Die Reederei hat ein Schiff mit Elektroantrieb bestellt. Es soll im nächsten Sommer auf der Linie zur Insel fahren.')}${
    card(3, 'Deich wird erhöht', 'Nach den Sturmfluten des Winters beginnt das Land im Frühjahr mit den Arbeiten am Seedeich.')}</div>`;

  it('removes a "Neueste Artikel" heading and the cards after it, summaries included', () => {
    const html = `${BODY}<div><h2><span>Neueste Artikel</span></h2>${CARDS}</div>`;
    expect(cleaned(html)).toBe(BODY_TEXT);
  });

  it('keeps advice written as sentences with links inside them, under a heading that names a section ("Empfehlungen")', () => {
    const advice = '<ul><li>Lesen Sie vor der Reise die Hinweise des <a href="https://x.test/amt">Gesundheitsamts</a> zu den geltenden Regeln.</li>'
      + '<li>Prüfen Sie die Fahrpläne der <a href="https://x.test/bahn">Bahn</a>, denn viele Züge fahren nur noch stündlich.</li></ul>';
    expect(cleaned(`${BODY}<h4>Empfehlungen</h4>${advice}`)).toContain('denn viele Züge fahren nur noch stündlich');
  });

  it('keeps the paragraphs after such a heading when they are the story (one link, long paragraphs)', () => {
    const long = 'Geologists who walked the slope on Monday said the cracks had widened by several centimetres since the spring, and that the road would stay closed until engineers had drilled new drainage channels through the hillside above the village.';
    const html = `${BODY}<h3>Related</h3><div><p>${long} <a href="https://x.test/report">The report</a> is online.</p><p>${long}</p></div>`;
    expect(cleaned(html)).toContain('drainage channels');
  });
});

describe('a page shown anyway', () => {
  it('keeps the teasers a front page is made of, which an article would lose as a related section', async () => {
    const { readFileSync } = await import('node:fs');
    const { JSDOM } = await import('jsdom');
    const { processArticle } = await import('../../src/core/process-article.js');
    const { createSanitizer } = await import('../../src/core/sanitize.js');
    const { extractArticle } = await import('../../src/extract/extract-article.js');
    const html = readFileSync(new URL('../fixtures/not-article/source.html', import.meta.url), 'utf8');
    const result = extractArticle(new JSDOM(html, { url: 'https://www.dailyherald.example/' }).window.document);
    if (result.status !== 'not-article' || result.article === null) throw new Error(`expected a not-article fallback, got ${result.status}`);
    const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);
    expect(processArticle({ ...result.article, shownAnyway: true }, sanitize).text).toContain('Budget vote delayed as coalition partners dispute welfare cuts');
    expect(processArticle(result.article, sanitize).text).not.toContain('Budget vote delayed');
  });
});
