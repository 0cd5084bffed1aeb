/**
 * Name recognition across languages: given names and titles as data (lexicon/names/<lang>.json), and
 * German, where every noun is capitalised, so a capitalised word at the head of a clause is no name by
 * itself. Invented sentences, each shaped after a category of misses on the German development data
 * (docs/quotes.md, 7 Dec 2026, names).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes/find-quotes.js';
import { lexiconFor } from '../../src/core/quotes/lexicon.js';
import { LEXICONS } from '../../src/core/quotes/lexicons.js';
import { isGivenName, isTitle, NameRegistry } from '../../src/core/quotes/resolve-names.js';
import { textBlocks } from '../../src/core/text-blocks.js';

function speakers(paragraphs: string[], lang = 'de'): Array<string | null> {
  const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
  for (const text of paragraphs) doc.body.appendChild(Object.assign(doc.createElement('p'), { textContent: text }));
  return findQuotes(textBlocks(doc.body), { title: null, lang }).map((quote) => quote.speaker);
}

describe('given names and titles as data, per language', () => {
  it('reads a double name by its parts and a title without its dot', () => {
    const de = lexiconFor('de', LEXICONS);
    expect(isGivenName('Frank-Walter', de)).toBe(true);
    expect(isGivenName('Friedrich-Ebert-Stiftung', de)).toBe(false);
    expect(isTitle('Prof.', de)).toBe(true);
    expect(isTitle('Bundeskanzlerin', de)).toBe(true);
    expect(isTitle('Mitverantwortung', de)).toBe(false);
  });
});

describe('German: the subject after a verb-second cue', () => {
  it('reads the speaker after the cue when the clause opens with something else', () => {
    expect(speakers(['Zum Wechsel sagte der italienische Dirigent Angelo Rossi: „Das kam für mich überraschend.“'])).toEqual(['Angelo Rossi']);
    expect(speakers(['Die Zahl der Toten stieg am Abend.', 'Ähnlich äußerte sich die Präsidentin Maria Roe: „Wir haben die Lage im Griff.“'])).toEqual(['Maria Roe']);
  });

  it('reads past a separable particle ("fügte … hinzu") to a surname the article gave in full', () => {
    const found = speakers(['Bauminister Reinhold Falk sprach am Dienstag im Landtag.', 'Einschränkend fügte Falk hinzu: „Die Förderung darf die Mieten nicht treiben.“']);
    expect(found).toEqual(['Reinhold Falk']);
  });

  it('never takes the object of "bezeichneten X als „…“" for the speaker', () => {
    const found = speakers(['Einige Gäste bezeichneten dagegen das Verhalten der Ordner als „ungewohnt freundlich“.']);
    expect(found[0]).not.toBe('Verhalten der Ordner');
  });
});

describe('an attribution closing the sentence', () => {
  it('gives a quotation inside the sentence to the speaker of its closing clause ("…, so Roe.")', () => {
    expect(speakers(['Katrin Roe leitet das Amt seit März.', 'Der Iran müsse „die Anreicherung vollständig“ beenden, so Roe.'])).toEqual(['Katrin Roe']);
    expect(speakers(['Die Königin sei „vollkommen geschockt“ über das Unglück, sagte Palastsprecherin Jana Roe am Abend.'])).toEqual(['Jana Roe']);
  });

  it('reads no closing clause across another quotation or from a clause that is not an attribution', () => {
    expect(speakers(['Der Plan sei „nicht finanzierbar“, weil die Kassen leer seien.'])).toEqual([null]);
  });
});

describe('German names: capitals alone make no name', () => {
  it('never takes an adverb opening the clause for the speaker', () => {
    const found = speakers(['Die Zahl der Toten stieg am Abend.', 'Ähnlich äußerte sich die Präsidentin: „Wir haben die Lage im Griff.“']);
    expect(found[0]).not.toBe('Ähnlich');
  });

  it('never takes a compound common noun for a name; a surname counts once the article gave it in full', () => {
    const quote = 'Jegliche Verantwortung weist Vogel von sich: „Ich habe davon nichts gewusst.“';
    expect(speakers(['Die Stadt plant eine neue Brücke.', quote])).toEqual([null]);
    expect(speakers(['Katrin Vogel leitet das Bauamt seit zwei Jahren.', quote])).toEqual(['Katrin Vogel']);
  });

  it('reads a person from the first given name or title of a capitalised run', () => {
    expect(speakers(['„Wir bleiben dabei“, sagte Frank-Walter Roe am Abend.'])).toEqual(['Frank-Walter Roe']);
    expect(speakers(['„Die Messung ist eindeutig“, sagte Prof. Dr. Jana Roe.'])).toEqual(['Jana Roe']);
    expect(speakers(['„Wir prüfen das“, sagte Bundeskanzlerin Jana Roe.'])).toEqual(['Jana Roe']);
    // A title from the names data (not a role the lexicon lists) is dropped from the name too.
    expect(speakers(['„Das Urteil steht“, sagte Richterin Ute Roe.'])).toEqual(['Ute Roe']);
  });

  it('takes a surname read with its title as a name, also where no cue verb names it ("BKA-Präsident Roe: „…“")', () => {
    expect(speakers(['Die Ermittlungen laufen.', 'BKA-Präsident Roe: „Wir haben eine heiße Spur.“'])).toEqual(['Roe']);
  });

  it('takes one bare capitalised word next to a singular cue verb for a name (a singular noun would need its article)', () => {
    expect(speakers(['Die Lage bleibt angespannt.', 'Lindqvist sagte: „Die Vereine sollen selbst entscheiden.“'])).toEqual(['Lindqvist']);
    expect(speakers(['Die Lage bleibt angespannt.', '„Wir haben alles versucht“, sagte Gaddafi.'])).toEqual(['Gaddafi']);
    expect(speakers(['Die Lage bleibt angespannt.', 'Mönche sagten: „Wir bleiben hier.“'])).toEqual([null]);
    // Before a participle at the clause's end the word is an object, not the subject.
    expect(speakers(['Roe hatte die Aufgabe der Kreis- und Ortsvorsitzenden betont: „Wir entscheiden gemeinsam.“'])).not.toEqual(['Ortsvorsitzenden']);
  });

  it('keeps organisations as speakers when a cue verb has them as subject', () => {
    expect(speakers(['Die Gewerkschaft erklärte: „Wir streiken ab Montag.“'])).toEqual(['die Gewerkschaft']);
    expect(speakers(['Der BGH erklärte: „Die Revision ist unbegründet.“'])).toEqual(['der BGH']);
    expect(speakers(['Die Landesregierung erklärte: „Die Schulen bleiben offen.“'])).toEqual(['die Landesregierung']);
  });

  it('never takes a noun whose determiner rules out a subject (genitive, dative)', () => {
    const found = speakers(['Passend zu den Gefahren des Sturms warnte die Sprecherin eines Regionalsenders: „Im Wald können Äste herabfallen.“']);
    expect(found[0]).not.toBe('des Sturms');
  });
});

describe('English: a word capitalised only because it opens the sentence', () => {
  it('starts no name when the article writes it in lower case elsewhere ("Former Trump" is "Trump")', () => {
    const found = speakers([
      'Donald Trump met the former aide on Monday.',
      'Former Trump aide Jane Roe spoke later.',
      'Trump wrote to the council, threatening "a costly appeal," the letter shows.',
    ], 'en');
    expect(found).toEqual(['Donald Trump']);
  });

  it('leaves a title-case headline phrase alone (every word of it is common)', () => {
    const registry = new NameRegistry(new Set(['woman', 'steps', 'forward', 'former']));
    expect(registry.person('Woman Steps Forward', false, 0)).toBe('Woman Steps Forward');
    expect(registry.person('Former Roe', false, 0)).toBe('Roe');
  });
});
