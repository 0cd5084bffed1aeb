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
