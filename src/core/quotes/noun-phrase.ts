/**
 * The speaker phrase next to a cue verb: a name ("Yuri Ushakov"), an organisation ("the Kremlin"), a
 * described person ("a spokesperson for the ministry") or a pronoun ("he"). Read backward from the
 * word before a cue, or forward from the word after it.
 */
import { isRole, roleSynonymAt, type Lexicon } from './lexicon.js';
import { cleanName, isTitle, officeOfBody } from './resolve-names.js';
import type { Token } from './tokens.js';

/** `elided`: a cue with its subject left out ("…, and promised", pl "Powiedział:"): the last speaker. */
export type SpeakerKind = 'name' | 'organisation' | 'described' | 'pronoun' | 'group-pronoun' | 'self' | 'elided';

export interface SpeakerPhrase {
  text: string;
  kind: SpeakerKind;
  role: string | null;
  /** Token range of the phrase, [from, to). */
  from: number;
  to: number;
  /** A single capitalised word that is a name only if the article gave it in full (CleanName.surnameOnly). */
  surnameOnly?: boolean;
}

const MAX_MODIFIERS = 4;
/** Words a role synonym may take ("inquilino di palazzo chigi"). */
const MAX_SYNONYM_WORDS = 4;
/** Names are short; a longer run of capitals is a headline-style phrase, and must not cost quadratic time. */
const MAX_NAME_WORDS = 10;

const word = (token: Token | undefined): token is Token => token !== undefined && token.type === 'word';

const CONTRACTION = /['\u2019]/u;
// Patterns with \p{…} outside a class are rewritten by the bundler as `new RegExp(…)` where they stand:
// written inside a function, one would be built on every call (tokens.ts). They are built once here.
/** Two capitals or more at the start ("USA", "CEO"). */
const CAPITALS_FIRST = /^\p{Lu}{2,}/u;
/** Only capitals, two or more. */
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

function pronounKind(token: Token, lexicon: Lexicon): SpeakerKind | null {
  if (lexicon.personPronouns.has(token.lower) || lexicon.pronounVerbs.has(token.lower)) return 'pronoun';
  if (lexicon.groupPronouns.has(token.lower)) return 'group-pronoun';
  // "I'm", "we've": a contraction of the speaker's own pronoun.
  if (lexicon.selfPronouns.has(token.lower)) return 'self';
  const apostrophe = token.lower.search(CONTRACTION);
  if (apostrophe > 0 && lexicon.selfPronouns.has(token.lower.slice(0, apostrophe))) return 'self';
  return null;
}

const isNameWord = (token: Token | undefined, lexicon: Lexicon): boolean =>
  word(token) && token.cap && !lexicon.timeWords.has(token.lower) && !lexicon.cueVerbs.has(token.lower);

function nameFrom(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon, determiner: Token | null): SpeakerPhrase | null {
  const cleaned = cleanName(tokens.slice(from, to), lexicon);
  if (cleaned === null) return null;
  // "Prezydent USA", "Szef MSZ": where descriptions need a name, an office of a body describes its holder.
  if (lexicon.descriptionNeedsName && cleaned.role === null && !cleaned.organisation && officeOfBody(cleaned.name, lexicon)) {
    return { text: cleaned.name, kind: 'described', role: null, from: determiner ? from - 1 : from, to };
  }
  const single = !cleaned.name.includes(' ');
  // "Prezydent Francji": one word after the office in a case no person's name takes in the subject
  // (lexicon.obliqueNameEndings) is the office's complement; the description as written.
  if (lexicon.descriptionNeedsName && cleaned.role !== null && single && lexicon.obliqueNameEndings.some((ending) => cleaned.name.endsWith(ending))) {
    return { text: tokens.slice(from, to).map((token) => token.text).join(' '), kind: 'described', role: null, from, to };
  }
  if (determiner !== null && single && lexicon.capitalizesNouns && !cleaned.organisation) return describedNoun(cleaned.name, determiner, from, to, lexicon);
  // "the Kremlin" is written with its article; "the Center for American Progress" is named without.
  if (determiner !== null && single && (cleaned.organisation || lexicon.capitalizesNouns || cleaned.role === null)) {
    return { text: `${determiner.lower} ${cleaned.name}`, kind: 'organisation', role: null, from: from - 1, to };
  }
  const surnameOnly = cleaned.surnameOnly ? { surnameOnly: true } : {};
  return { text: cleaned.name, kind: cleaned.organisation ? 'organisation' : 'name', role: cleaned.role, from: determiner ? from - 1 : from, to, ...surnameOnly };
}

/**
 * Where every noun is capitalised, a determiner and one noun that is no organisation: a described
 * speaker ("der Bundestrainer", "die Pflegekräfte"), unless the determiner's case rules out a subject
 * ("des Eises", "dem Bericht").
 */
function describedNoun(noun: string, determiner: Token, from: number, to: number, lexicon: Lexicon): SpeakerPhrase | null {
  if (lexicon.obliqueDeterminers.has(determiner.lower)) return null;
  return { text: `${determiner.lower} ${noun}`, kind: 'described', role: null, from: from - 1, to };
}

/** The speaker phrase whose last word is token `end`, or null. */
export function phraseEndingAt(tokens: readonly Token[], end: number, lexicon: Lexicon): SpeakerPhrase | null {
  const last = tokens[end];
  if (!word(last)) return null;
  const pronoun = pronounKind(last, lexicon);
  if (pronoun !== null) return { text: last.text, kind: pronoun, role: null, from: end, to: end + 1 };
  if (isNameWord(last, lexicon)) {
    let from = end;
    while (from > 0 && end - from < MAX_NAME_WORDS) {
      const before = tokens[from - 1];
      if (isNameWord(before, lexicon) && (before as Token).end <= (tokens[from] as Token).start) from -= 1;
      // Where every noun is capitalised, "der" between two of them is a genitive article ("Sprecher der Downing Street"), no particle.
      else if (word(before) && lexicon.connectors.has(before.lower) && isNameWord(tokens[from - 2], lexicon)
        && !lexicon.prepositions.has((tokens[from - 2] as Token).lower)
        && !(lexicon.capitalizesNouns && lexicon.genitiveDeterminers.has(before.lower))
        // "Ein Sprecher von Nordwind": after an office or a speaker noun, "von" opens its complement (described below).
        && !(lexicon.capitalizesNouns && isHead(tokens[from - 2], lexicon))) from -= 1;
      // "Ursula von der Leyen": two particles in a row (not where nouns are capitalised: "Roe von der Nordsee Bank").
      else if (!lexicon.capitalizesNouns && word(before) && lexicon.connectors.has(before.lower) && word(tokens[from - 2]) && lexicon.connectors.has((tokens[from - 2] as Token).lower)
        && isNameWord(tokens[from - 3], lexicon)) from -= 2;
      else break;
    }
    // "der 19-jährige Schüler": where every noun is capitalised, attributes and their determiner belong to the noun.
    if (lexicon.capitalizesNouns && from === end && isAttribute(tokens[from - 1], lexicon)) {
      let determiner = from - 1;
      while (determiner > from - 1 - MAX_MODIFIERS && isAttribute(tokens[determiner], lexicon)) determiner -= 1;
      const described = attributedNoun(tokens, determiner, lexicon);
      if (described !== null && described.to === end + 1) return described;
      // "in dem Westteil verbliebenen Flüchtlingen": an inflected attribute makes the word a noun, no bare name.
      if (lexicon.determiners.size > 0 && !lexicon.determiners.has((tokens[determiner] as Token | undefined)?.lower ?? '')) return null;
    }
    // A sentence-initial determiner is capitalised too ("The Kremlin confirmed").
    const first = tokens[from] as Token;
    if (lexicon.determiners.has(first.lower) && from < end) return nameFrom(tokens, from + 1, end + 1, lexicon, first);
    // "le ministre de l'Intérieur", "the ministry of Defence": a complement of a described speaker.
    // "le ministre de la Défense": an article may stand between the connector and the complement.
    const article = word(tokens[from - 1]) && lexicon.determiners.has((tokens[from - 1] as Token).lower)
      && word(tokens[from - 2]) && lexicon.connectors.has((tokens[from - 2] as Token).lower) ? 1 : 0;
    const link = tokens[from - 1 - article];
    if (word(link) && lexicon.connectors.has(link.lower) && from - article >= 2) {
      const head = phraseEndingAt(tokens, from - 2 - article, lexicon);
      if (head !== null && head.kind === 'described') {
        return { ...head, text: `${head.text} ${phraseText(tokens, from - 1 - article, end + 1)}`, to: end + 1 };
      }
    }
    const before = tokens[from - 1];
    return nameFrom(tokens, from, end + 1, lexicon, word(before) && lexicon.determiners.has(before.lower) ? before : null);
  }
  if (isHead(last, lexicon)) {
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
  if (lowerFirst && words.length > 1 && tokens[from] !== undefined && !CAPITALS_FIRST.test(words[0] as string)) words[0] = (words[0] as string).toLowerCase();
  return words.join(' ');
}

/** A run of name words from `from`, joined by connectors ("Luiz Inácio Lula da Silva"); its end. */
function nameRunEnd(tokens: readonly Token[], from: number, lexicon: Lexicon): number {
  if (!isNameWord(tokens[from], lexicon)) return from;
  let to = from + 1;
  while (to < tokens.length && to - from < MAX_NAME_WORDS) {
    const next = tokens[to];
    if (isNameWord(next, lexicon)) to += 1;
    else if (word(next) && lexicon.connectors.has(next.lower) && isNameWord(tokens[to + 1], lexicon)) to += 1;
    else if (!lexicon.capitalizesNouns && word(next) && lexicon.connectors.has(next.lower) && word(tokens[to + 1]) && lexicon.connectors.has((tokens[to + 1] as Token).lower)
      && isNameWord(tokens[to + 2], lexicon)) to += 2;
    else break;
  }
  return to;
}

/** A role or speaker noun heading a description; capitalised only where every noun is ("der Bundestrainer"). */
const isHead = (token: Token | undefined, lexicon: Lexicon): boolean => word(token)
  && (token.cap ? lexicon.capitalizesNouns && (isTitle(token.lower, lexicon) || lexicon.speakerNouns.has(token.lower))
    : lexicon.speakerNouns.has(token.lower) || lexicon.bodyKinds.has(token.lower) || isRole(token.lower, lexicon));

/** A role written as an acronym ("PDG", "CEO"): capitalised, yet the head of a description. */
const isAcronymRole = (token: Token | undefined, lexicon: Lexicon): boolean =>
  word(token) && ALL_CAPITALS.test(token.text) && (lexicon.speakerNouns.has(token.lower) || isRole(token.lower, lexicon));

/**
 * "said Lund campaign manager Ada Roe", "said Lund’s top housing policy aide Jake Roe": the
 * name at `at` only qualifies the role after it; the person is the name after the role (the phrase
 * from `start`), or null when no role and name follow.
 */
function qualifiedPerson(tokens: readonly Token[], start: number, at: number, lexicon: Lexicon): SpeakerPhrase | null {
  const to = nameRunEnd(tokens, at, lexicon);
  let role = to;
  for (let k = to; k < to + 5 && word(tokens[k]) && !(tokens[k] as Token).cap && !lexicon.cueVerbs.has((tokens[k] as Token).lower); k += 1) {
    if (isHead(tokens[k], lexicon)) role = k + 1;
  }
  if (role === to) return null;
  const person = nameRunEnd(tokens, role, lexicon);
  if (person === role) return null;
  const name = nameFrom(tokens, role, person, lexicon, null);
  return name !== null && name.kind === 'name' ? { ...name, role: phraseText(tokens, start, role), from: start } : null;
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
  // "le PDG, Jan Roe": a lone capitalised role is the head of a description, not a name.
  const loneRole = isAcronymRole(tokens[from], lexicon) && nameRunEnd(tokens, from, lexicon) === from + 1;
  if (isNameWord(tokens[from], lexicon) && !loneRole) {
    const qualified = qualifiedPerson(tokens, start, from, lexicon);
    if (qualified !== null) return qualified;
    const named = nameFrom(tokens, from, nameRunEnd(tokens, from, lexicon), lexicon, determiner);
    // "der Sprecher von Nordwind": where nouns are capitalised, a run no name comes of may be a description.
    if (named !== null || !lexicon.capitalizesNouns) return named;
  }
  // "said former Pennsylvania Gov. Ed Roe", "said retired Army Lt. Gen. Jane Roe": one or two lower-case
  // modifiers before a name that carries its own title.
  let k = from;
  while (k < from + 2 && word(tokens[k]) && !(tokens[k] as Token).cap && !lexicon.stopwords.has((tokens[k] as Token).lower)
    && !lexicon.cueVerbs.has((tokens[k] as Token).lower) && !isHead(tokens[k], lexicon)) k += 1;
  // "said (the) former Utah governor Jo Roe": the modifiers, then a name qualifying the role.
  if (k > from && isNameWord(tokens[k], lexicon)) {
    const qualified = qualifiedPerson(tokens, start, k, lexicon);
    if (qualified !== null) return qualified;
  }
  if (determiner === null && k > from && isNameWord(tokens[k], lexicon)) {
    const name = nameFrom(tokens, k, nameRunEnd(tokens, k, lexicon), lexicon, null);
    if (name !== null && name.kind === 'name' && name.role !== null) return { ...name, role: phraseText(tokens, start, k) + ' ' + name.role, from: start };
  }
  // A description: determiner, up to three modifiers, a head noun ("the fire chief", "le président",
  // "statsminister"), an optional complement ("del Gobierno", "de Valencia"), and a name in apposition.
  for (let head = from; head < Math.min(tokens.length, from + MAX_MODIFIERS); head += 1) {
    const token = tokens[head];
    // A capitalised word ends the description, unless it is itself the head ("le PDG", "the CEO", "der Bundestrainer").
    if (!word(token) || lexicon.cueVerbs.has(token.lower) || (token.cap && !isAcronymRole(token, lexicon) && !isHead(token, lexicon))) break;
    if (!isHead(token, lexicon) && !isAcronymRole(token, lexicon)) continue;
    let to = head + 1;
    while (isHead(tokens[to], lexicon)) to += 1;
    // "el primer objetivo": a role that only qualifies the next noun ("primer ministro") heads nothing alone.
    if (lexicon.roleModifiers.has((tokens[to - 1] as Token).lower)) return null;
    // "le ministère russe de la Défense", "el ministro portugués de Exteriores": an adjective before the complement.
    const adjective = lexicon.adjectivesFollowNoun && word(tokens[to]) && !(tokens[to] as Token).cap && !lexicon.stopwords.has((tokens[to] as Token).lower)
      && !lexicon.cueVerbs.has((tokens[to] as Token).lower) && complementEnd(tokens, to + 1, lexicon) > to + 1 ? 1 : 0;
    // "il capo del governo": a role synonym's own complement belongs to the description, in any case.
    const synonym = roleSynonymAt(tokens.slice(head, head + MAX_SYNONYM_WORDS).map((token) => token.full), lexicon);
    const complement = Math.max(complementEnd(tokens, to + adjective, lexicon), synonym === null ? 0 : head + synonym.phrase.length);
    const name = appositionName(tokens, complement, lexicon) ?? appositionName(tokens, to, lexicon) ?? laterApposition(tokens, to, lexicon);
    // "powiedział prezydent Francji": one word right after the office in a case no name takes in the subject
    // (lexicon.obliqueNameEndings) is its complement, as in nameFrom; the description then names the office.
    if (name !== null && name.from === to && name.to === to + 1 && lexicon.obliqueNameEndings.some((ending) => name.text.endsWith(ending))) {
      return { text: phraseText(tokens, start, to + 1, true), kind: 'described', role: null, from: start, to: to + 1 };
    }
    const described = phraseText(tokens, start, complement, true);
    if (name !== null) return { ...name, role: described, from: start };
    // Without a determiner a bare role is no speaker in languages that have articles ("said premier").
    if (determiner === null && lexicon.determiners.size > 0) return null;
    return { text: described, kind: 'described', role: null, from: start, to: complement };
  }
  return determiner !== null ? attributedNoun(tokens, start, lexicon) : null;
}

/** A lower-case word with an adjective's inflected ending (-e, -en, -er, -es, -em: "erfahrene", "beiden"), as German writes attributes. */
export const inflectedLowerCase = (token: Token | undefined): token is Token => word(token) && !token.cap && /e[nrsm]?$/u.test(token.lower);

/** An inflected attribute before a German noun ("erfahrene", "43-jährige", "beiden"): lower case, no verb or stop word. */
const isAttribute = (token: Token | undefined, lexicon: Lexicon): boolean => inflectedLowerCase(token)
  && !lexicon.stopwords.has(token.lower) && !lexicon.cueVerbs.has(token.lower) && !lexicon.auxiliaries.has(token.lower) && !lexicon.determiners.has(token.lower);

/**
 * Where every noun is capitalised, a determiner that can open a subject, inflected attributes and a
 * capitalised word: that word is a noun heading a description, whatever noun it is ("die erfahrene
 * Bergführerin", "der 43-jährige Fischhändler"), or, with a name in apposition, that name ("die
 * dänische Wetterkundlerin Mette Roe").
 */
export function attributedNoun(tokens: readonly Token[], start: number, lexicon: Lexicon): SpeakerPhrase | null {
  const determiner = tokens[start];
  if (!lexicon.capitalizesNouns || !word(determiner) || !lexicon.determiners.has(determiner.lower) || lexicon.obliqueDeterminers.has(determiner.lower)) return null;
  let head = start + 1;
  while (head < start + 1 + MAX_MODIFIERS && isAttribute(tokens[head], lexicon)) head += 1;
  const noun = tokens[head];
  if (head === start + 1 || !isNameWord(noun, lexicon) || lexicon.nonNames.has((noun as Token).lower)) return null;
  const described = phraseText(tokens, start, head + 1, true);
  // "der Trainer Ghanas": a lone word after the noun is a genitive or a surname nobody introduced; the description stands.
  const name = appositionName(tokens, head + 1, lexicon);
  return name !== null && name.surnameOnly !== true ? { ...name, role: described, from: start } : { text: described, kind: 'described', role: null, from: start, to: head + 1 };
}

/**
 * The speaker named right after a cue and ending at `end` (the separator before the quotation): "said
 * Jane Roe: “…”", and, where the verb comes second, "Ähnlich äußerte sich der Präsident: „…“" (past the
 * words the lexicon lets stand between verb and subject) or "Relativierend fügte Gall hinzu: „…“" (a
 * verb's particle (lexicon.verbParticles) between the subject and `end`; not "bezeichnete X als „…“").
 */
export function phraseAfterVerb(tokens: readonly Token[], start: number, end: number, lexicon: Lexicon): SpeakerPhrase | null {
  let at = start;
  while (lexicon.capitalizesNouns && at < end - 1 && word(tokens[at]) && lexicon.auxiliaries.has((tokens[at] as Token).lower) && !(tokens[at] as Token).cap) at += 1;
  const phrase = phraseStartingAt(tokens, at, lexicon);
  if (phrase === null || phrase.kind === 'self') return null;
  if (phrase.to === end) return at === start ? phrase : { ...phrase, from: start };
  // "warnte die Moderatorin eines Regionalsenders:": a genitive complement belongs to the subject.
  const after = genitiveEnd(tokens, phrase.to, lexicon);
  if (after === end || (lexicon.capitalizesNouns && phrase.kind === 'name' && roleApposition(tokens, after, end, lexicon))) return phrase;
  // "zeigte sich der Bundestrainer zufrieden:": a subject in the nominative may be followed by a few lower-case words.
  if (nominative(phrase, tokens, lexicon) && end - after <= TRAILING_WORDS && tokens.slice(after, end).every((token) => word(token) && !token.cap)) return phrase;
  if (end - after > 2) return null;
  for (let k = after; k < end; k += 1) {
    const token = tokens[k];
    if (!word(token) || !lexicon.verbParticles.has(token.text)) return null;
  }
  return phrase;
}

const TRAILING_WORDS = 3;

/** Where nouns take case (German), a name or a phrase opened by a determiner only the nominative has ("der Trainer", "ein Sprecher"). */
function nominative(phrase: SpeakerPhrase, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (!lexicon.capitalizesNouns) return false;
  if (phrase.kind === 'name') return phrase.surnameOnly !== true;
  const first = tokens[phrase.from];
  return phrase.kind === 'described' && word(first) && lexicon.nominativeDeterminers.has(first.lower);
}

/** ", EU-Kommissar" between a name and the colon: a comma and one noun or role word, nothing else. */
function roleApposition(tokens: readonly Token[], at: number, end: number, lexicon: Lexicon): boolean {
  return end - at === 2 && (tokens[at] as Token).text === ',' && word(tokens[at + 1]) && ((tokens[at + 1] as Token).cap || isTitle((tokens[at + 1] as Token).lower, lexicon));
}

/** "des Ministeriums", "einer großen Schule": a genitive complement starting at `at`; its end, or `at` when there is none. */
export function genitiveEnd(tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  const determiner = tokens[at];
  if (!word(determiner) || !lexicon.genitiveDeterminers.has(determiner.lower)) return at;
  let noun = at + 1;
  while (noun < at + 1 + MAX_MODIFIERS && isAttribute(tokens[noun], lexicon)) noun += 1;
  return isNameWord(tokens[noun], lexicon) ? nameRunEnd(tokens, noun, lexicon) : at;
}

/**
 * Where a singular noun needs a determiner (German: "der Sprecher sagte", never "Sprecher sagte"), one
 * bare capitalised word right next to a singular cue verb, as its subject, is a name even if the
 * article never gave it in full ("Wiedeking sagte:", "„…“, sagte Gaddafi."). Plural verbs
 * (lexicon.pluralVerbEndings: "sagten") take bare plural nouns ("Experten sagten"), so not there.
 */
export function subjectOfCue(phrase: SpeakerPhrase | null, tokens: readonly Token[], cue: number, lexicon: Lexicon): SpeakerPhrase | null {
  const verb = tokens[cue];
  // One bare word: not "In der Halle", whose opener and article were dropped from the name.
  if (phrase === null || phrase.surnameOnly !== true || !word(verb) || lexicon.pluralVerbEndings.length === 0 || phrase.to - phrase.from !== 1) return phrase;
  // Before the verb only as the clause's first word ("Wiedeking sagte"; in "Stoiber hatte die Rolle
  // der Parteivorsitzenden betont" the word before the participle is an object).
  const first = phrase.to === cue && !word(tokens[phrase.from - 1]);
  const plural = lexicon.pluralVerbEndings.some((ending) => verb.lower.endsWith(ending));
  // "Experten sagten", "fragen sich Experten": a bare plural of a noun that speaks (German, where such a
  // noun needs no article in the plural) is a described speaker, as written; past a reflexive after the verb.
  const lower = (tokens[phrase.from] as Token).lower;
  if (plural && lexicon.capitalizesNouns && (isRole(lower, lexicon) || endsInSpeakerNoun(lower, lexicon))
    && (first || tokens.slice(cue + 1, phrase.from).every((token) => word(token) && lexicon.auxiliaries.has(token.lower)))) {
    // "sagten Vertreter der Imker": after the verb, with its genitive complement.
    const group = phrase.from > cue ? speakingGroup(tokens, phrase.from, lexicon) : null;
    return group ?? { text: phrase.text, kind: 'described', role: null, from: phrase.from, to: phrase.to };
  }
  if (!first && phrase.from !== cue + 1) return phrase;
  return plural ? phrase : { ...phrase, surnameOnly: false };
}

/**
 * "Vertreter der Imker", "Sprecher der Bürgerinitiative": where every noun is capitalised, a bare noun of
 * speakers (a role, lexicon.speakerNouns, a compound ending in one) with no determiner or preposition
 * before it, and its genitive complement: the group speaks, never the genitive. Only a plural takes no
 * article, so callers ask for a plural verb. Null unless such a phrase starts at `at`.
 */
export function speakingGroup(tokens: readonly Token[], at: number, lexicon: Lexicon): SpeakerPhrase | null {
  const head = tokens[at];
  const before = tokens[at - 1];
  if (!lexicon.capitalizesNouns || !word(head) || !head.cap || !(isRole(head.lower, lexicon) || endsInSpeakerNoun(head.lower, lexicon))) return null;
  if (word(before) && (lexicon.determiners.has(before.lower) || lexicon.obliqueDeterminers.has(before.lower) || lexicon.prepositions.has(before.lower))) return null;
  const end = genitiveEnd(tokens, at + 1, lexicon);
  return end === at + 1 ? null : { text: phraseText(tokens, at, end), kind: 'described', role: null, from: at, to: end };
}

/** A noun of speakers (lexicon.speakerNouns), or a compound ending in one ("Medienvertreter"). */
function endsInSpeakerNoun(lower: string, lexicon: Lexicon): boolean {
  if (lexicon.speakerNouns.has(lower)) return true;
  for (const noun of lexicon.speakerNouns) if (lower.length > noun.length + 2 && lower.endsWith(noun)) return true;
  return false;
}

/** "de Paris", "del Gobierno", "of the Treasury": a complement after a head noun; its end. */
function complementEnd(tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  const link = tokens[at];
  if (!word(link) || !lexicon.connectors.has(link.lower)) return at;
  let from = at + 1;
  if (word(tokens[from]) && lexicon.determiners.has((tokens[from] as Token).lower)) from += 1;
  const end = nameRunEnd(tokens, from, lexicon);
  return end > from ? end : at;
}

/** A name right after `at` (optionally after a comma, or one or two lower-case genitive words). */
function appositionName(tokens: readonly Token[], at: number, lexicon: Lexicon): SpeakerPhrase | null {
  let from = at;
  if ((tokens[from] as Token | undefined)?.text === ',') from += 1;
  if (!isNameWord(tokens[from], lexicon) && lexicon.determiners.size === 0) {
    // ru/pl: "губернатор области Вячеслав Гладков".
    for (let k = 0; k < 2 && word(tokens[from]) && !(tokens[from] as Token).cap && !lexicon.cueVerbs.has((tokens[from] as Token).lower); k += 1) from += 1;
  }
  const to = nameRunEnd(tokens, from, lexicon);
  if (to === from) return null;
  const name = nameFrom(tokens, from, to, lexicon, null);
  return name === null || name.kind !== 'name' ? null : name;
}

const APPOSITION_REACH = 8;

/**
 * "le ministre belge de la Défense, Luc Roe", "el portavoz del ministerio de Asuntos Exteriores, Lin
 * Roe": a longer description (adjectives, nested complements) and then, after a comma, the name.
 */
function laterApposition(tokens: readonly Token[], from: number, lexicon: Lexicon): SpeakerPhrase | null {
  for (let k = from; k < Math.min(tokens.length, from + APPOSITION_REACH); k += 1) {
    const token = tokens[k] as Token;
    if (token.text === ',') return appositionName(tokens, k, lexicon);
    if (token.type !== 'word' || lexicon.cueVerbs.has(token.lower)) return null;
  }
  return null;
}

