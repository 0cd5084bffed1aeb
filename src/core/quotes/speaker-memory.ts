/**
 * What the article has said so far about who speaks: the names it gave in full, the last person named
 * with a cue verb, the last sentence subject. Attribution rules read it to resolve "he said", "Roe
 * said" and "the minister said" to a full name, and the quote engine updates it sentence by sentence.
 */
import { isRole, roleSynonymAt, type Lexicon } from './lexicon.js';
import type { SpeakerPhrase } from './noun-phrase.js';
import { cleanName, isGivenName, opensWithGivenName, POSSESSIVE, type NameRegistry } from './resolve-names.js';
import { isCueAt, nameAfterCue, sentenceSubject, sentenceTopic, subjectBefore } from './attribute-speaker.js';
import type { Token } from './tokens.js';

// Patterns with \p{…} outside a class are rewritten by the bundler as `new RegExp(…)` where they stand:
// written inside a function, one would be built on every call (tokens.ts). They are built once here.
/** A capitalised word. */
const CAPITALISED = /^\p{Lu}/u;
/** Only capitals, two or more: an acronym. */
const ACRONYM = /^\p{Lu}{2,}$/u;

export interface SpeakerMemory {
  registry: NameRegistry;
  lexicon: Lexicon;
  /** The last person named as a speaker (of a quotation or a cue verb), and when (a sentence count). */
  lastPerson: string | null;
  lastPersonAt: number;
  /** The last sentence that named the last person in a case other than the subject's ("słowa Kowala"): lexicon.surnameCaseEndings. */
  lastMentionAt: number;
  /** The first person named in the last sentence without a cue: "the subject of the previous sentence". */
  lastSubject: string | null;
  lastSubjectAt: number;
  /** Sentences read so far. */
  sentences: number;
  /** Everyone named as a speaker so far: a person, whatever their given name. */
  speakers: Set<string>;
  /**
   * The last speaker of any kind named with a cue (a person, a description, a body: "der Bürgermeister
   * forderte …", "erklärte die Fraktion"), and when: whose words reported speech goes on with.
   */
  lastSource: string | null;
  lastSourceAt: number;
}

export const newMemory = (registry: NameRegistry, lexicon: Lexicon): SpeakerMemory => ({
  registry, lexicon, lastPerson: null, lastPersonAt: -1, lastMentionAt: -1, lastSubject: null, lastSubjectAt: -1, sentences: 0, speakers: new Set(),
  lastSource: null, lastSourceAt: -1,
});

/** One block's tokens and its sentences as token ranges [from, to). */
export interface SentenceTokens {
  tokens: Token[];
  ranges: Array<[number, number]>;
}

/** The speaker of a quotation just attributed becomes the one "he said" refers to next. */
export function rememberSpeaker(memory: SpeakerMemory, speaker: string): void {
  memory.lastPerson = speaker;
  memory.lastPersonAt = memory.sentences;
  memory.speakers.add(speaker);
  rememberSource(memory, speaker);
}

/** A speaker of any kind just named with a cue: the one reported speech goes on with. */
export function rememberSource(memory: SpeakerMemory, speaker: string): void {
  memory.lastSource = speaker;
  memory.lastSourceAt = memory.sentences;
}

/**
 * The first cue of tokens [from, to) and its subject: a person becomes the last speaker, a description or
 * body the last source; where the subject is the topic, it is remembered as such. Whether it found one.
 */
export function readCue(tokens: readonly Token[], from: number, to: number, offset: number, memory: SpeakerMemory): { found: boolean; person: string | null } {
  let found = false;
  let person: string | null = null;
  for (let c = from; c < to; c += 1) {
    const token = tokens[c] as Token;
    if (token.type !== 'word' || !isCueAt(tokens, c, memory.lexicon)) continue;
    // "Doch sei es, so der Schriftsteller Jonas Roe, …": where the verb comes second, a cue opening a clause after a comma has its subject after it.
    const inverted = memory.lexicon.verbSecond && tokens[c - 1]?.text === ',' ? nameAfterCue(tokens, c, memory.lexicon) : null;
    const subject = inverted ?? subjectBefore(tokens, c, from, memory.lexicon) ?? nameAfterCue(tokens, c, memory.lexicon);
    person = subject !== null && subject.kind === 'name' ? memory.registry.person(subject.text, subject.surnameOnly === true, offset + token.start) : null;
    if (person !== null) {
      rememberSpeaker(memory, person);
      found = true;
    } else if (subject !== null && (subject.kind === 'described' || subject.kind === 'organisation')) {
      // "Der Bürgermeister bat alle, … Folgten sie dem nicht, so „…“": reported speech goes on with a described speaker too.
      const source = memory.lexicon.subjunctives.size > 0 ? resolvePhrase(subject, memory, offset + token.start) : null;
      if (source !== null) rememberSource(memory, source);
      // "La dirigeante du syndicat affirme … M. Moreau …": she, not the man named in passing; "El Comité …
      // ha denunciado …": the body, which "la ONG" means next.
      if (memory.lexicon.subjectIsTopic) found = rememberTopic(memory, subject, offset + token.start);
    }
    break;
  }
  return { found, person };
}

/**
 * Sentences without quotations still say who spoke last ("Ushakov said the topic did not come up"),
 * or who the sentence is about ("Marta Vieira scored twice"). Returns the last person named with a cue.
 * `offset` is the block's start in the article text.
 */
export function readSentences(data: SentenceTokens, offset: number, memory: SpeakerMemory): string | null {
  let cueSpeaker: string | null = null;
  for (const [from, to] of data.ranges) {
    memory.sentences += 1;
    if (namesLastPerson(data.tokens, from, to, memory)) memory.lastMentionAt = memory.sentences;
    const cue = readCue(data.tokens, from, to, offset, memory);
    let found = cue.found;
    if (cue.person !== null) cueSpeaker = cue.person;
    if (!found && memory.lexicon.subjectIsTopic) {
      const topic = sentenceTopic(data.tokens, from, to, memory.lexicon, (phrase) => isPerson(memory.registry.resolve(phrase.text, offset), memory));
      if (topic !== null) found = rememberTopic(memory, topic, offset + (data.tokens[topic.from] as Token).start);
    }
    if (!found) {
      const subject = firstPerson(data.tokens, from, to, memory, offset);
      if (subject !== null) {
        // Where the subject is the topic, a person named in passing, after a preposition ("… après
        // l'allocution de Martine Aubry, …", "… avec M. Macron"), leaves it unclear who is meant next.
        memory.lastSubject = memory.lexicon.subjectIsTopic && inPassing(data.tokens, from, subject.at, memory.lexicon) ? null : subject.full;
        memory.lastSubjectAt = memory.sentences;
      }
    }
    if (!cue.found && to === data.tokens.length && (data.tokens[to - 1] as Token | undefined)?.text === ':') cueSpeaker = introducer(data.tokens, from, to - 1, offset, memory) ?? cueSpeaker;
  }
  return cueSpeaker;
}

/**
 * "Judge Nora Lind issued the following statement:": a paragraph closing on a colon with no cue introduces
 * what follows; its named subject, a person the article names in full ("Full remarks below:" names no one),
 * is who speaks there.
 */
function introducer(tokens: readonly Token[], from: number, to: number, offset: number, memory: SpeakerMemory): string | null {
  const subject = sentenceSubject(tokens, from, to, memory.lexicon, (phrase) => phrase.kind === 'name');
  const full = subject === null ? null : memory.registry.person(subject.text, subject.surnameOnly === true, offset + (tokens[subject.from] as Token).start);
  return full !== null && full.includes(' ') ? full : null;
}

/**
 * The name at token `at` follows a preposition or a connector inside the sentence [from, …) ("de
 * Martine Aubry", "avec M. Macron"); not one opening it ("Selon Javier Roe, …").
 */
function inPassing(tokens: readonly Token[], from: number, at: number, lexicon: Lexicon): boolean {
  const before = tokens[at - 1];
  if (before === undefined || before.type !== 'word' || before.cap || at - 1 === from) return false;
  return lexicon.stopwords.has(before.lower) || lexicon.connectors.has(before.lower);
}

/** The first person named in tokens [from, to): a full name, or a surname the article has completed; and where. */
function firstPerson(tokens: readonly Token[], from: number, to: number, memory: SpeakerMemory, offset: number): { full: string; at: number } | null {
  let i = from;
  while (i < to) {
    const token = tokens[i] as Token;
    if (token.type !== 'word' || !token.cap) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < to && (tokens[end] as Token).type === 'word' && (tokens[end] as Token).cap) end += 1;
    // One capitalised word cleans to itself without a possessive, or to nothing: it names a person only as
    // a surname the article gave in full. Most such words (sentence openers, German nouns) are not one.
    if (end === i + 1 && !memory.registry.knowsSurname(token.bare.replace(POSSESSIVE, ''))) {
      i = end;
      continue;
    }
    const name = cleanName(tokens.slice(i, end), memory.lexicon);
    if (name !== null && !name.organisation) {
      const full = memory.registry.resolve(name.name, offset + token.start);
      // A surname alone that the article gave in full before ("Russell" after "George Russell") is a person's.
      const alone = !name.name.includes(' ') && !memory.lexicon.connectors.has((tokens[i - 1] as Token | undefined)?.lower ?? '');
      if (full.includes(' ') && (isPerson(full, memory) || (alone && full !== name.name))) return { full, at: i };
    }
    i = end;
  }
  return null;
}

/**
 * Where capitals run through place and body names ("Guardia Civil", "Franja de Gaza"), a name read in
 * passing is a person when it opens with a given name or was named as a speaker before.
 */
function isPerson(full: string, memory: SpeakerMemory): boolean {
  return !memory.lexicon.personNeedsGivenName || memory.speakers.has(full) || opensWithGivenName(full, memory.lexicon);
}

/**
 * A sentence's subject as what it is about (lexicon.subjectIsTopic): a person, or a description the
 * article resolves to one; a description it cannot resolve leaves the topic someone unnamed.
 */
export function rememberTopic(memory: SpeakerMemory, subject: SpeakerPhrase, position: number): true {
  const person = subject.kind === 'name' ? memory.registry.person(subject.text, subject.surnameOnly === true, position)
    : subject.kind === 'described' ? resolveDescribed(subject.text, memory, position) ?? namedBody(subject.text, memory.lexicon)
      : subject.kind === 'organisation' ? subject.text : null;
  memory.lastSubject = person;
  memory.lastSubjectAt = memory.sentences;
  return true;
}

/**
 * Where the subject is the topic, a sentence holding a quotation still says who it is about: the
 * person a description resolved to ("…, ha dicho el consejero"), or, when the quotation found no
 * speaker, the subject before it ("El consejero ha lanzado un mensaje: las órdenes “no son …”").
 */
export function rememberQuoteSubject(
  memory: SpeakerMemory, claim: { phrase: SpeakerPhrase | null }, speaker: string | null,
  tokens: readonly Token[], sentenceStart: number, q: number, offset: number,
): void {
  if (claim.phrase?.kind === 'described' || claim.phrase?.kind === 'organisation') {
    // "…, rapporte le ministère … Il précise que …": a body that spoke is what the next pronoun means.
    if (speaker !== null && speaker !== claim.phrase.text) rememberSpeaker(memory, speaker);
    else rememberTopic(memory, claim.phrase, offset + (tokens[claim.phrase.from] as Token | undefined ?? { start: 0 }).start);
    return;
  }
  if (speaker !== null) return;
  const topic = sentenceTopic(tokens, sentenceStart, q, memory.lexicon, (phrase) => isPerson(memory.registry.resolve(phrase.text, offset), memory));
  if (topic !== null) rememberTopic(memory, topic, offset + (tokens[topic.from] as Token).start);
}

/**
 * "le directeur adjoint du Village Claire Moreau": a description closed by a person's name, from its
 * given name on (the complement before it is a place or a body), completed like any name.
 */
function closingName(text: string, memory: SpeakerMemory, position: number): string | null {
  const words = text.split(' ');
  for (let k = 1; k < words.length - 1; k += 1) {
    if (!isGivenName(words[k] as string, memory.lexicon)) continue;
    const rest = words.slice(k);
    if (rest.every((word) => CAPITALISED.test(word) || memory.lexicon.connectors.has(word))) return memory.registry.resolve(rest.join(' '), position);
  }
  return null;
}

/**
 * A description of a body is its name ("le ministère russe de la Défense"); of a person, it is not ("la
 * dirigeante"), nor is a periphrasis for an office ("le chef du gouvernement", lexicon.roleSynonyms).
 */
function namedBody(text: string, lexicon: Lexicon): string | null {
  const words = text.toLowerCase().split(' ');
  if (roleSynonymAt(words.slice(lexicon.determiners.size === 0 ? 0 : 1), lexicon) !== null) return null;
  return words.some((word) => lexicon.orgWords.has(word)) ? text : null;
}

/** He, she, a left-out subject: the most recent speaker, or the subject of a later sentence. */
function resolvePronoun(memory: SpeakerMemory): string | null {
  if (memory.lastSubjectAt > memory.lastPersonAt && (memory.lastSubject !== null || memory.lexicon.subjectIsTopic)) return memory.lastSubject;
  return memory.lastPerson;
}

/** The speaker a phrase names at article offset `position`, or null where it names nobody to print. */
export function resolvePhrase(phrase: SpeakerPhrase | null, memory: SpeakerMemory, position: number): string | null {
  if (phrase === null) return null;
  switch (phrase.kind) {
    case 'pronoun':
    case 'elided':
      return resolvePronoun(memory);
    case 'group-pronoun':
    case 'self':
      return null;
    case 'name':
      return memory.registry.person(phrase.text, phrase.surnameOnly === true, position);
    case 'described': {
      const body = bodyByKind(phrase.text, memory);
      return body !== undefined ? body : resolveDescribed(phrase.text, memory, position) ?? unresolvedDescription(phrase.text, memory, position);
    }
    default: {
      const body = bodyByKind(phrase.text, memory);
      return body !== undefined ? body : initialsOf(phrase.text, memory, position) ?? phrase.text;
    }
  }
}

const DEFINITE = new Set(['the', 'der', 'die', 'das', 'le', 'la', 'l', 'el', 'il', 'lo', 'o', 'a', 'de', 'het']);

/** Initials a body goes by: two to five letters. */
const INITIALS = /^\p{Lu}[\p{L}]{1,4}$/u;

/** "il Nyt" after "New York Times", where descriptions need a name: the body's full name. */
function initialsOf(text: string, memory: SpeakerMemory, position: number): string | null {
  if (!memory.lexicon.descriptionNeedsName) return null;
  const words = text.split(' ');
  const word = (memory.lexicon.determiners.has((words[0] as string).toLowerCase()) ? words[1] : words[0]) ?? '';
  return words.length <= 2 && INITIALS.test(word) ? memory.registry.expandInitials(word, position, memory.lexicon) : null;
}

/** An elided article glued to a word ("l’organisation"). */
const ELIDED = /^\p{L}['\u2019]/u;

/**
 * "la ONG", "l'organisation humanitaire" (lexicon.bodyKinds): the body the sentence before was about,
 * when that was a body; null (no one) when it was not; undefined when the phrase names no kind of body.
 */
function bodyByKind(text: string, memory: SpeakerMemory): string | null | undefined {
  const lexicon = memory.lexicon;
  if (lexicon.bodyKinds.size === 0) return undefined;
  const words = text.toLowerCase().split(' ');
  if (lexicon.determiners.has(words[0] as string)) words.shift();
  else words[0] = (words[0] as string).replace(ELIDED, '');
  if (words.length > 2 || !lexicon.bodyKinds.has(words[0] as string)) return undefined;
  const topic = memory.lastSubjectAt >= memory.lastPersonAt ? memory.lastSubject : null;
  return topic !== null && !memory.speakers.has(topic) && namedBody(topic, lexicon) !== null ? topic : null;
}

/**
 * A description the article resolves to no one before it. Where descriptions need a name
 * (lexicon.descriptionNeedsName): the name that closes it ("le directeur adjoint du Village Claire
 * Moreau"); no one, when the article gives that role to a named person it cannot tell ("el ministro
 * de Exteriores" before two foreign ministers are named), since the description then hides a name; and
 * otherwise, as everywhere, the description as written (A11: "the witness", "a spokesperson").
 */
function unresolvedDescription(text: string, memory: SpeakerMemory, position: number): string | null {
  if (!memory.lexicon.descriptionNeedsName || namedBody(text, memory.lexicon) !== null) return text;
  const closing = closingName(text, memory, position);
  if (closing !== null) return closing;
  const roles = headRoles(text, memory.lexicon);
  // Several people held offices of the body its leader is said to be: one of them, but which is unclear.
  if (leaderOf(roles, describedComplement(text, memory.lexicon), memory, position).size > 1) return null;
  const variation = justNamedSpeaker(roles, memory);
  if (variation !== null) return variation;
  // "le chef du gouvernement", "la jefa del Ejecutivo": a periphrasis only varies a name the article gave.
  if (roleSynonymAt(text.toLowerCase().split(' ').slice(memory.lexicon.determiners.size === 0 ? 0 : 1), memory.lexicon) !== null) return null;
  return roles.some((role) => memory.registry.hasRole(role)) ? null : text;
}

/** How many sentences after a speaker was named a description may still vary that name. */
const VARIATION_SENTENCES = 2;

/**
 * "„…” – wskazał Kowalski. „…” – zakończył prezydent kraju.": a description of a person right after a
 * named speaker varies the speaker's name, when the article gives that role to no one and the speaker
 * no role (a speaker it gave one, "la ministra …", is not "el portavoz").
 */
function justNamedSpeaker(roles: readonly string[], memory: SpeakerMemory): string | null {
  const speaker = memory.lastPerson;
  if (roles.length === 0 || speaker === null || memory.sentences - Math.max(memory.lastPersonAt, memory.lastMentionAt) > VARIATION_SENTENCES) return null;
  if (memory.registry.rolesOf(speaker).length > 0 || roles.some((role) => memory.registry.hasRole(role))) return null;
  return speaker;
}

/**
 * Whether tokens [from, to) name the last person by a surname with one of lexicon.surnameCaseEndings
 * ("według Kowala", "doradcy Kowala"): the article is still about him, though he is not the subject.
 */
function namesLastPerson(tokens: readonly Token[], from: number, to: number, memory: SpeakerMemory): boolean {
  const endings = memory.lexicon.surnameCaseEndings;
  if (endings.length === 0 || memory.lastPerson === null) return false;
  const surname = memory.lastPerson.slice(memory.lastPerson.lastIndexOf(' ') + 1);
  for (let k = from; k < to; k += 1) {
    const token = tokens[k] as Token;
    if (token.type === 'word' && token.text.startsWith(surname) && endings.includes(token.text.slice(surname.length))) return true;
  }
  return false;
}

/**
 * The role words of a description, last first ("el portavoz de la Asociación" -> portavoz), then those
 * of the role synonym it opens with ("la jefa del Ejecutivo" -> presidenta, primera); [] without a
 * definite article.
 */
function headRoles(text: string, lexicon: Lexicon): string[] {
  const words = text.toLowerCase().split(' ');
  // Where the language has no articles (pl), "Prezydent USA" is as definite as "the president".
  const bare = lexicon.determiners.size === 0;
  if (!bare && !DEFINITE.has(words[0] as string)) return [];
  let end = bare ? 0 : 1;
  while (end < words.length && !lexicon.connectors.has(words[end] as string)) end += 1;
  const roles: string[] = [];
  for (let k = end - 1; k >= (bare ? 0 : 1); k -= 1) {
    const word = words[k] as string;
    if (isRole(word, lexicon) || lexicon.speakerNouns.has(word)) roles.push(word);
  }
  return [...roles, ...roleSynonymAt(words.slice(bare ? 0 : 1), lexicon)?.roles ?? []];
}

/**
 * "the commissioner said" after "European Trade Commissioner Maroš Šefčovič", « le ministre de la
 * Défense » after "Andreï Belooussov, le ministre de la Défense": the person the article introduced with
 * that role. The head is the last role word before the complement ("el portavoz de la Asociación").
 */
function resolveDescribed(text: string, memory: SpeakerMemory, position: number): string | null {
  // Where descriptions need a name, "el alcalde de Montejo" is not the mayor of another town.
  const complement = memory.lexicon.descriptionNeedsName ? describedComplement(text, memory.lexicon) : [];
  const synonyms = roleSynonymAt(text.toLowerCase().split(' ').slice(memory.lexicon.determiners.size === 0 ? 0 : 1), memory.lexicon)?.roles ?? [];
  const roles = headRoles(text, memory.lexicon);
  for (const role of roles) {
    const person = memory.registry.resolveRole(role, position, synonyms.includes(role) ? [] : complement,
      (full) => opensWithGivenName(full, memory.lexicon));
    if (person !== null) return person;
  }
  // "la dirigeante du syndicat" after "Nadia Perrin, la secrétaire générale du syndicat": the one holder of an office of that body.
  const holders = leaderOf(roles, complement, memory, position);
  return holders.size === 1 ? [...holders][0] as string : null;
}

/** Who held an office of the body a leader's description names ("la líder de la UGT"), before `position`. */
function leaderOf(roles: readonly string[], complement: readonly string[], memory: SpeakerMemory, position: number): Set<string> {
  if (complement.length === 0 || !roles.some((role) => memory.lexicon.leaderRoles.has(role))) return new Set();
  return memory.registry.holdersOf(complement, position);
}

/** The capitalised words after a description's first connector ("el alcalde de Montejo": Montejo). */
function describedComplement(text: string, lexicon: Lexicon): string[] {
  const words = text.split(' ');
  const link = words.findIndex((word, k) => k > 0 && lexicon.connectors.has(word.toLowerCase()));
  return link < 0 ? [] : words.slice(link + 1).filter((word) => CAPITALISED.test(word));
}

/** A <blockquote>'s source line: a surname alone is completed like any other. */
export function resolveBlockSource(source: string, memory: SpeakerMemory, position: number): string {
  return source.split(/\s+/u).length === 1 ? memory.registry.resolve(source, position) : source;
}

/**
 * Where capitals run through place names (lexicon.personNeedsGivenName), an article and one capitalised
 * word that is no acronym and no organisation word ("la Chine", "le Kazakhstan") is a place: with no cue
 * verb it is what the sentence is about, not who speaks (the article names the spokesperson).
 */
export function placeAsSubject(phrase: SpeakerPhrase, lexicon: Lexicon): boolean {
  if (!lexicon.personNeedsGivenName || phrase.kind !== 'organisation') return false;
  const words = phrase.text.split(' ').filter((word, at) => at > 0 || !lexicon.determiners.has(word.toLowerCase()));
  const word = words[0] ?? '';
  return words.length === 1 && !ACRONYM.test(word) && !lexicon.orgWords.has(word.toLowerCase());
}

/**
 * A subject found without a cue verb must be someone: a one-word name at a clause start ("Surveying",
 * "Alabama", "Audiences") only when the article gave that surname in full, or an organisation.
 */
export function knownSpeaker(phrase: SpeakerPhrase, memory: SpeakerMemory, position: number): boolean {
  // Where every noun is capitalised, "der Airbus" or "die Studie" opening a sentence is no speaker.
  const lexicon = memory.lexicon;
  if (phrase.kind === 'organisation') return !lexicon.capitalizesNouns;
  // There, a run of capitalised words joined by "zu", "der", "von" is mostly nouns ("Meinung zu
  // Lindqvist", "Pflichten der Union"), and a sentence may open with "Nachdem" or "Laut".
  // "la Chine", "le Kazakhstan": an article and one capitalised word name a place or a body, not a person.
  const words = phrase.text.split(' ').filter((word, at) => at > 0 || !lexicon.determiners.has(word.toLowerCase()));
  // "Kurt von Halden": from a given name on, a particle joins the surname.
  const particle = (word: string, at: number): boolean => at > 0 && at < words.length - 1 && isGivenName(words[0] as string, lexicon) && lexicon.connectors.has(word);
  if (lexicon.capitalizesNouns && words.some((word, at) => !particle(word, at) && (!CAPITALISED.test(word) || lexicon.stopwords.has(word.toLowerCase())
    || lexicon.prepositions.has(word.toLowerCase())))) return false;
  // A German name read with its title or given name ("BKA-Präsident Roe") needs no earlier full name.
  if (words.length > 1 || (lexicon.capitalizesNouns && phrase.surnameOnly !== true)) return true;
  return memory.registry.resolve(phrase.text, position).includes(' ');
}
