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

describe('what a story ends with under a label of its own (contacts, sources, further reading)', () => {
  const P3 = '<p>Der Förderverein sammelt seit dem Frühjahr Spenden für ein Lehrschwimmbecken, das Schulen und Vereine nutzen könnten, und hofft auf Hilfe vom Land.</p>';
  const P4 = '<p>Bis dahin fahren die Schulklassen mit dem Bus in das Bad der Nachbarstadt, was jede Woche zwei Schulstunden kostet, wie die Eltern klagen.</p>';
  const LONG = `${P1}${P2}${P3}${P4}`;

  it('removes the label and the contacts, sources and links under it, to the end', () => {
    const tail = '<p>Kontakt:</p><p>Jana Beispiel<br>Telefon 0123 456789<br>presse@stadt.test</p><p>Weitere Informationen:</p><p>Das Gutachten zum Hallenbad liegt im Rathaus aus und kann dort zu den üblichen Zeiten eingesehen werden, sagte ein Sprecher.</p>';
    const text = cleaned(`<div>${LONG}${tail}</div>`);
    expect(text).toContain('zwei Schulstunden kostet');
    for (const gone of ['Kontakt', 'Jana Beispiel', 'Weitere Informationen', 'Gutachten zum Hallenbad']) expect(text).not.toContain(gone);
  });

  it('keeps a bibliography: the story\'s sources under "Quellen" are its own', () => {
    const text = cleaned(`<div>${LONG}<p>Quellen</p><ul><li>Muster, A. (2021): Bäder im Wandel. Talheim: Stadtverlag.</li></ul></div>`);
    expect(text).toContain('Muster, A. (2021): Bäder im Wandel.');
  });

  it('removes a source line that ends the story', () => {
    expect(cleaned(`<div>${LONG}<p>Quelle: Stadtverwaltung Talheim, 3. März</p></div>`)).not.toContain('Stadtverwaltung Talheim');
  });

  it('keeps such a label in the story\'s first half, and a label whose part would be a large share of the story', () => {
    const early = cleaned(`<div>${P1}<p>Kontakt</p>${P2}${P3}${P4}</div>`);
    expect(early).toContain('Kontakt');
    const sectioned = cleaned(`<div>${P1}${P2}<p>Weitere Informationen:</p>${P3}${P4}</div>`);
    expect(sectioned).toContain('Weitere Informationen:');
    expect(sectioned).toContain('zwei Schulstunden kostet');
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
