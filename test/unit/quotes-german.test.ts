/**
 * German attribution beyond names (docs/quotes.md, "German, 7 Dec 2026 (fourth session)"): described
 * speakers of any noun, the subject of a clause introducing a quotation, separable reporting verbs and
 * the reported speech of the Konjunktiv. Invented sentences, each shaped after a category of misses on
 * the German development data.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/find-quotes.js';
import { textBlocks } from '../../src/core/text-blocks.js';

function speakers(paragraphs: string[], lang = 'de'): Array<string | null> {
  const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
  for (const text of paragraphs) doc.body.appendChild(Object.assign(doc.createElement('p'), { textContent: text }));
  return findQuotes(textBlocks(doc.body), { title: null, lang }).map((quote) => quote.speaker);
}

const OPENER = 'Die Lage am Hafen blieb am Abend angespannt.';

describe('German: a described speaker of any noun, as written', () => {
  it('reads determiner, adjectives and noun after an inverted cue ("sagte die erfahrene Bergführerin")', () => {
    expect(speakers([OPENER, '„Der Pass ist seit Tagen gesperrt“, sagte die erfahrene Bergführerin.'])).toEqual(['die erfahrene Bergführerin']);
    expect(speakers([OPENER, '„Wir haben nichts bemerkt“, meint der 43-jährige Fischhändler.'])).toEqual(['der 43-jährige Fischhändler']);
  });

  it('prefers the name in apposition to such a description', () => {
    expect(speakers([OPENER, '„Es wird noch kälter“, sagte die dänische Wetterkundlerin Mette Roe.'])).toEqual(['Mette Roe']);
  });

  it('reads past a reflexive pronoun after the cue ("erinnerte sich Roe")', () => {
    expect(speakers(['Jonas Roe leitete das Projekt zehn Jahre lang.', '„Das Geld fehlte immer“, erinnerte sich Roe später.'])).toEqual(['Jonas Roe']);
  });

  it('reads the whole first field as the subject of a cue ("Der Leiter der Feuerwache in Lübeck erklärte dazu:")', () => {
    expect(speakers([OPENER, 'Der Leiter der Feuerwache in Lübeck erklärte dazu: „So einen Brand habe ich nie gesehen.“'])).toEqual(['der Leiter']);
  });

  it('takes no oblique noun for the speaker ("sagte dem Sender")', () => {
    expect(speakers([OPENER, '„Wir sind vorbereitet“, sagte dem regionalen Sender ein Sprecher.'])[0]).not.toBe('dem regionalen Sender');
  });
});

describe('German: the first field is no subject when one follows the verb', () => {
  it('takes no object opening the clause for the speaker ("Die neue Regel stellte der Vorsitzende in Frage:")', () => {
    expect(speakers([OPENER, 'Die neue Regel stellte der Vorsitzende ebenfalls in Frage: „Das ist nicht durchdacht.“'])[0]).not.toBe('die neue Regel');
  });

  it('reads no first field after a quotation that ended its sentence', () => {
    expect(speakers([OPENER, 'Ein Sprecher schätzte ein: „Das ist ein großer Schritt.“ Anna Roe, eine Expertin vom Umweltamt erklärte, es gehe um „viel Geld“.'])[0]).not.toBe('Anna Roe');
  });
});
