/**
 * The speaker phrase next to a cue verb: a name ("Yuri Ushakov"), an organisation ("the Kremlin"), a
 * described person ("a spokesperson for the ministry") or a pronoun ("he"). Read backward from the
 * word before a cue, or forward from the word after it.
 */
import type { Lexicon } from './lexicon.js';
import { cleanName } from './resolve-names.js';
import type { Token } from './tokens.js';

export type SpeakerKind = 'name' | 'organisation' | 'described' | 'pronoun' | 'group-pronoun' | 'self';

export interface SpeakerPhrase {
  text: string;
  kind: SpeakerKind;
  role: string | null;
  /** Token range of the phrase, [from, to). */
  from: number;
  to: number;
}

const MAX_MODIFIERS = 4;

const word = (token: Token | undefined): token is Token => token !== undefined && token.type === 'word';

function pronounKind(token: Token, lexicon: Lexicon): SpeakerKind | null {
  if (lexicon.personPronouns.has(token.lower) || lexicon.pronounVerbs.has(token.lower)) return 'pronoun';
  if (lexicon.groupPronouns.has(token.lower)) return 'group-pronoun';
  if (lexicon.selfPronouns.has(token.lower)) return 'self';
  return null;
}

const isNameWord = (token: Token | undefined, lexicon: Lexicon): boolean =>
  word(token) && token.cap && !lexicon.timeWords.has(token.lower) && !lexicon.cueVerbs.has(token.lower);

function nameFrom(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon, determiner: Token | null): SpeakerPhrase | null {
  const cleaned = cleanName(tokens.slice(from, to), lexicon);
  if (cleaned === null) return null;
  const single = !cleaned.name.includes(' ');
  // "the Kremlin" is written with its article; "the Center for American Progress" is named without.
  if (determiner !== null && single && (cleaned.organisation || lexicon.capitalizesNouns || cleaned.role === null)) {
    return { text: `${determiner.lower} ${cleaned.name}`, kind: 'organisation', role: null, from: from - 1, to };
  }
  return { text: cleaned.name, kind: cleaned.organisation ? 'organisation' : 'name', role: cleaned.role, from: determiner ? from - 1 : from, to };
}

/** The speaker phrase whose last word is token `end`, or null. */
export function phraseEndingAt(tokens: readonly Token[], end: number, lexicon: Lexicon): SpeakerPhrase | null {
  const last = tokens[end];
  if (!word(last)) return null;
  const pronoun = pronounKind(last, lexicon);
  if (pronoun !== null) return { text: last.text, kind: pronoun, role: null, from: end, to: end + 1 };
  if (isNameWord(last, lexicon)) {
    let from = end;
    while (from > 0) {
      const before = tokens[from - 1];
      if (isNameWord(before, lexicon) && (before as Token).end <= (tokens[from] as Token).start) from -= 1;
      else if (word(before) && lexicon.connectors.has(before.lower) && isNameWord(tokens[from - 2], lexicon)) from -= 1;
      else break;
    }
    // A sentence-initial determiner is capitalised too ("The Kremlin confirmed").
    const first = tokens[from] as Token;
    if (lexicon.determiners.has(first.lower) && from < end) return nameFrom(tokens, from + 1, end + 1, lexicon, first);
    const before = tokens[from - 1];
    return nameFrom(tokens, from, end + 1, lexicon, word(before) && lexicon.determiners.has(before.lower) ? before : null);
  }
  if (lexicon.speakerNouns.has(last.lower)) {
    let from = end;
    let steps = 0;
    while (from > 0 && steps < MAX_MODIFIERS) {
      const before = tokens[from - 1];
      if (!word(before) || lexicon.cueVerbs.has(before.lower) || lexicon.connectors.has(before.lower) && !lexicon.determiners.has(before.lower)) break;
      from -= 1;
      steps += 1;
      if (lexicon.determiners.has(before.lower)) break;
    }
    const head = tokens[from] as Token;
    const hasDeterminer = lexicon.determiners.has(head.lower) || lexicon.determiners.size === 0;
    const plural = /s$/u.test(last.lower);
    if (!hasDeterminer && !plural && from === end) return null;
    // "a spokesperson for the ministry": read on to the noun the of-phrase hangs from.
    const link = tokens[from - 1];
    if (word(link) && (link.lower === 'for' || link.lower === 'of') && from >= 2) {
      const outer = phraseEndingAt(tokens, from - 2, lexicon);
      if (outer !== null && outer.kind === 'described') return { ...outer, text: `${outer.text} ${link.text} ${phraseText(tokens, from, end + 1)}`, to: end + 1 };
    }
    return { text: phraseText(tokens, from, end + 1, true), kind: 'described', role: null, from, to: end + 1 };
  }
  return null;
}

function phraseText(tokens: readonly Token[], from: number, to: number, lowerFirst = false): string {
  const words = tokens.slice(from, to).map((token) => token.text);
  if (lowerFirst && words.length > 1 && tokens[from] !== undefined && !/^\p{Lu}{2,}/u.test(words[0] as string)) words[0] = (words[0] as string).toLowerCase();
  return words.join(' ');
}

/** The speaker phrase starting at token `start` (after an inverted cue: "said Ushakov"), or null. */
export function phraseStartingAt(tokens: readonly Token[], start: number, lexicon: Lexicon): SpeakerPhrase | null {
  const first = tokens[start];
  if (!word(first)) return null;
  const pronoun = pronounKind(first, lexicon);
  if (pronoun !== null) return { text: first.text, kind: pronoun, role: null, from: start, to: start + 1 };
  let from = start;
  const determiner = lexicon.determiners.has(first.lower) ? first : null;
  if (determiner) from += 1;
  if (isNameWord(tokens[from], lexicon)) {
    let to = from + 1;
    while (to < tokens.length) {
      const next = tokens[to];
      if (isNameWord(next, lexicon)) to += 1;
      else if (word(next) && lexicon.connectors.has(next.lower) && isNameWord(tokens[to + 1], lexicon)) to += 1;
      else break;
    }
    const name = nameFrom(tokens, from, to, lexicon, determiner);
    return name === null ? null : apposition(tokens, name, lexicon);
  }
  // Determiner, up to three modifiers, a speaker noun: "the ministry", "der Regierungssprecher".
  if (determiner === null && lexicon.determiners.size > 0) return null;
  for (let to = from; to < Math.min(tokens.length, from + MAX_MODIFIERS); to += 1) {
    const token = tokens[to];
    if (!word(token) || lexicon.cueVerbs.has(token.lower)) break;
    if (lexicon.speakerNouns.has(token.lower)) {
      const phrase: SpeakerPhrase = { text: phraseText(tokens, start, to + 1, true), kind: 'described', role: null, from: start, to: to + 1 };
      return apposition(tokens, phrase, lexicon);
    }
  }
  return null;
}

/** "le ministre Gérald Darmanin", "the minister, Jane Doe,": a name after a description wins. */
function apposition(tokens: readonly Token[], phrase: SpeakerPhrase, lexicon: Lexicon): SpeakerPhrase {
  if (phrase.kind !== 'described') return phrase;
  let at = phrase.to;
  if ((tokens[at] as Token | undefined)?.text === ',') at += 1;
  if (!isNameWord(tokens[at], lexicon)) return phrase;
  let to = at + 1;
  while (isNameWord(tokens[to], lexicon)) to += 1;
  const name = nameFrom(tokens, at, to, lexicon, null);
  return name === null || name.kind !== 'name' ? phrase : { ...name, role: phrase.text, from: phrase.from };
}
