import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean/clean-article.js';
import { createSanitizer } from '../../src/core/sanitize.js';
import { blocksToText, textBlocks } from '../../src/core/text-blocks.js';

const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);

const P1 = '<p>The harbour board approved the new ferry timetable on Monday after three months of talks with the island councils and the crews.</p>';
const P2 = '<p>Crossings will run every forty minutes in summer, the board said, and the last boat will leave the mainland at eleven at night.</p>';

/** The cleaned article: its text, and its HTML as the reader shows it. */
function cleaned(html: string): { text: string; html: string } {
  const fragment = sanitize(html, { images: true });
  cleanArticle(fragment);
  const container = new JSDOM('').window.document.createElement('div');
  container.append(fragment.cloneNode(true));
  return { text: blocksToText(textBlocks(fragment)), html: container.innerHTML };
}

describe('picture captions the page does not label, known by their credit', () => {
  it.each([
    'The new ferry at the quay in Westhaven. (Photo: Harbour Board)',
    'The new ferry at the quay in Westhaven. © Jane Roe / Coastal Press',
    'Die neue Fähre am Kai von Westhafen | Foto: Hafenamt',
    'Bild: Die neue Fähre am Kai von Westhafen',
    'Crédits photos : Agence Littoral',
    'Abbildung 2: Fahrplan der Sommersaison',
  ])('leaves "%s" out of the text and keeps it in the HTML as a caption', (caption) => {
    const result = cleaned(`${P1}<p><img src="https://e.example/ferry.jpg" alt=""></p><p>${caption}</p>${P2}`);
    expect(result.text).not.toContain(caption.slice(0, 20));
    expect(result.text).toContain('harbour board approved');
    expect(result.text).toContain('eleven at night.');
    expect(result.html).toContain('<figcaption>');
  });

  it('keeps the story\'s sentences that speak of photos and credits', () => {
    const story = '<p>Photo: that was all the ferry captain would say when asked what the crossing looked like in the storm last year.</p>'
      + '<p>The council gave the crews credit: without them, the timetable would never have been agreed.</p>';
    const { text } = cleaned(`${P1}${story}${P2}`);
    expect(text).toContain('Photo: that was all the ferry captain would say');
    expect(text).toContain('The council gave the crews credit:');
  });
});
