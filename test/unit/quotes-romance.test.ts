/**
 * Spanish, French, Italian and Polish attribution habits (invented sentences, each shaped after a
 * category of misses measured on the hand-labelled real pages; see docs/quotes.md, fourth session).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/find-quotes.js';
import { textBlocks } from '../../src/core/text-blocks.js';

function speakers(paragraphs: string[], lang: string): Array<string | null> {
  const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
  for (const text of paragraphs) doc.body.appendChild(Object.assign(doc.createElement('p'), { textContent: text }));
  return findQuotes(textBlocks(doc.body), { title: null, lang }).map((q) => q.speaker);
}

describe('a reporting verb after the quotation with its subject left out (pro-drop)', () => {
  it('gives the quotation to the person the paragraph is about (es, it)', () => {
    expect(speakers([
      'La alcaldesa de Villanueva, Carmen Ruiz Soto, recorrió el mercado el lunes por la mañana.',
      '“Vamos a reabrir todos los puestos antes del verano”, ha señalado.',
    ], 'es')).toEqual(['Carmen Ruiz Soto']);
    expect(speakers([
      'Il sindaco Marco Bellini ha visitato il cantiere della nuova scuola.',
      '«I lavori finiranno entro maggio», ha spiegato.',
    ], 'it')).toEqual(['Marco Bellini']);
  });

  it('never takes a place or a body written in capitals for that person (es)', () => {
    expect(speakers([
      'El consejero de Interior, Luis Ortega Gil, visitó la zona afectada.',
      'La Guardia Civil continúa buscando a los vecinos en la Sierra Alta.',
      '“No podemos bajar la guardia”, ha advertido.',
    ], 'es')).toEqual(['Luis Ortega Gil']);
  });
});

describe('French prepositions are no part of a name', () => {
  it('reads "Selon Paul Garnier," as Paul Garnier for the next « …, explique-t-il »', () => {
    expect(speakers([
      'Selon Paul Garnier, la pêche doit rester limitée quelques années encore.',
      '« Il ne faut pas attendre la crise pour agir », explique-t-il.',
    ], 'fr')).toEqual(['Paul Garnier']);
  });
});
