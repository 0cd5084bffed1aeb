import { describe, expect, it } from 'vitest';
import { cleanedText } from '../support/cleaned.js';

const cleaned = cleanedText;

const P1 = '<p>Die Stadt hat am Dienstag beschlossen, das alte Hallenbad im Herbst zu schließen, nachdem Gutachter Risse im Fundament gefunden hatten.</p>';
const P2 = '<p>Ein neues Bad soll auf dem Gelände des Busdepots entstehen, doch das Geld dafür ist noch nicht gefunden, sagte die Bürgermeisterin.</p>';
const STORY = 'Die Stadt hat am Dienstag beschlossen, das alte Hallenbad im Herbst zu schließen, nachdem Gutachter Risse im Fundament gefunden hatten.\n\nEin neues Bad soll auf dem Gelände des Busdepots entstehen, doch das Geld dafür ist noch nicht gefunden, sagte die Bürgermeisterin.';

describe('furniture after the last paragraph', () => {
  it('removes link lines and the headings nothing kept follows', () => {
    const tail = '<h3>Mehr zum Thema</h3><p><a href="https://x.test/a">Bäder im Landkreis</a></p><p><a href="https://x.test/b">Schwimmkurse im Sommer</a></p><p><a href="https://x.test/">zurück</a></p><p>Kontakt:</p>';
    expect(cleaned(`<div>${P1}${P2}${tail}</div>`)).toBe(STORY);
  });

  it('keeps a heading over text that stays, and numbered steps, tables and quotations', () => {
    const tail = '<h3>Öffnungszeiten</h3><p>Montag bis Freitag 7 bis 20 Uhr</p><ol><li><a href="https://x.test/k">Kurs buchen</a></li></ol><blockquote><p><a href="https://x.test/q">„Wir bleiben dran.“</a></p></blockquote>';
    const text = cleaned(`<div>${P1}${P2}${tail}</div>`);
    expect(text).toContain('Öffnungszeiten\n\nMontag bis Freitag 7 bis 20 Uhr');
    expect(text).toContain('Kurs buchen');
    expect(text).toContain('„Wir bleiben dran.“');
  });

});

describe('a linked headline between paragraphs of the story', () => {
  const P3 = '<p>Der Förderverein sammelt seit dem Frühjahr Spenden für ein Lehrschwimmbecken, das Schulen und Vereine nutzen könnten.</p>';

  it('is a teaser, with or without a label before it', () => {
    const html = `<div>${P1}<p><a href="https://x.test/a">Hallenbad in Nachbarstadt wird saniert</a></p>${P2}`
      + `<p><strong>Lesen Sie auch:</strong> <a href="https://x.test/b">Wie sicher sind unsere Brücken?</a></p>${P3}</div>`;
    const text = cleaned(html);
    expect(text).not.toContain('Hallenbad in Nachbarstadt');
    expect(text).not.toContain('Wie sicher sind unsere Brücken');
    expect(text).toContain('Lehrschwimmbecken');
  });

  it('keeps a sentence that links its words, list items, quotations and the lines before the first paragraph', () => {
    const html = `<div><p><a href="https://x.test/s">Stadtwerke Talheim</a></p>${P1}`
      + '<p>Die Sanierung kostet nach <a href="https://x.test/g">dem Gutachten</a> rund zwölf Millionen Euro.</p>'
      + `<ul><li><a href="https://x.test/l">Beschlussvorlage 114/2025</a></li></ul><blockquote><p><a href="https://x.test/q">„Wir bleiben dran.“</a></p></blockquote>${P2}</div>`;
    const text = cleaned(html);
    expect(text).toContain('Stadtwerke Talheim');
    expect(text).toContain('rund zwölf Millionen Euro.');
    expect(text).toContain('Beschlussvorlage 114/2025');
    expect(text).toContain('„Wir bleiben dran.“');
  });
});
