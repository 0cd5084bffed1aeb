import { describe, expect, it } from 'vitest';
import { cleanedText } from '../support/cleaned.js';

/** Sanitize like the pipeline, clean, and read back the article text. */
const cleaned = cleanedText;

const PROSE = 'Meanwhile, Ukrainian President Volodymyr Zelenskyy said in Denmark that he hoped to speak with Trump in the coming days about the development.';

describe('inline teasers', () => {
  it('removes the example page\'s ALSO READ span and keeps the paragraph\'s prose', () => {
    const html = `<p>${PROSE}  <span class="also-read"><strong>ALSO READ:</strong> <a href="https://x.test/a">China to EU: Russian defeat in Ukraine may push US to target Beijing next</a></span> </p>`;
    expect(cleaned(html)).toBe(PROSE);
  });

  it('removes a bold label and its link when no wrapper holds them', () => {
    const html = `<p>${PROSE} <b>Also Read |</b> <a href="https://x.test/a">Sensex ends higher</a></p><p>Next paragraph of the story.</p>`;
    expect(cleaned(html)).toBe(`${PROSE}\n\nNext paragraph of the story.`);
  });

  it('removes a label written as plain text right before the link', () => {
    const html = `<p>${PROSE} READ MORE: <a href="https://x.test/a">Why the rupee fell</a></p>`;
    expect(cleaned(html)).toBe(PROSE);
  });

  it('removes a teaser paragraph in other languages', () => {
    const html = '<p>Der Kanzler sprach am Montag in Berlin.</p><p><strong>Lesen Sie auch:</strong> <a href="https://x.test/a">Was der Haushalt bedeutet</a></p>'
      + '<p><strong>यह भी पढ़ें:</strong> <a href="https://x.test/b">बजट पर बहस</a></p><p>Читайте также: <a href="https://x.test/c">Что будет с рублём</a></p>';
    expect(cleaned(html)).toBe('Der Kanzler sprach am Montag in Berlin.');
  });

  it('keeps a sentence that starts with "Read more about" and links inside it', () => {
    const html = '<p>Read more about the case in <a href="https://x.test/a">the court\'s ruling</a>, which runs to 40 pages and was published on Monday.</p>';
    expect(cleaned(html)).toBe('Read more about the case in the court\'s ruling, which runs to 40 pages and was published on Monday.');
  });

  it('keeps a bold word that happens to be a label when prose follows it', () => {
    const html = '<p><strong>Related:</strong> the two cases were heard by the same judge, who ordered a joint trial.</p>';
    expect(cleaned(html)).toBe('Related: the two cases were heard by the same judge, who ordered a joint trial.');
  });
});
