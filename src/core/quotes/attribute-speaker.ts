/**
 * How a sentence attributes a quotation: a cue verb and its subject after the closing mark or before
 * the opening one, "according to", a channel, the sentence's subject. speaker-rules.ts orders these
 * readings into the attribution table. Reads tokens, where each quotation is one token, so names
 * inside any quotation are never candidates (A2, A14).
 */
import { hasOpenerEnding, isRole, type Lexicon } from './lexicon.js';
import { attributedNoun, genitiveEnd, inflectedLowerCase, phraseAfterVerb, phraseEndingAt, phraseStartingAt, speakingGroup, subjectOfCue, type SpeakerPhrase } from './noun-phrase.js';
import { POSSESSIVE, opensWithGivenName } from './resolve-names.js';
import { matchesAt, type Token } from './tokens.js';

export type AttributionPattern =
  | 'after' // “…,” X said / “…,” said X (A1, A2)
  | 'before' // X said, “…” / X told reporters: “…” (A3, A4)
  | 'according' // according to X, … “…” (A5)
  | 'sentence' // X said that … “…” (a partial quote inside reported speech, A4, S10, S13)
  | 'group' // the second part of an interrupted quotation (S9)
  | 'floating' // a second quotation in the same paragraph, no cue of its own (A9)
  | 'paragraph' // a paragraph that is only a quotation, after an attributed one (A9, low confidence)
  | 'channel' // only the channel is named ("as quoted by AP", A6): flagged
  | 'headline' // the headline's twin in the body (A13)
  | 'block' // a <blockquote>'s <cite>, footer or "— Name" line (S16)
  | 'subject' // X sniped that … “…” / X describes himself as “…”: the named subject of the sentence (S10)
  | 'inherit' // a second quotation in a sentence whose first one has a speaker (S9)
  | 'clause' // “…” would be appropriate, X said: a reporting clause ending the sentence governs it
  | 'lead-in' // X agreed. “…”: a quotation opening the sentence after one that names its speaker (A8, A9)
  | 'label' // X: “…” (a transcript or a list of reactions): the name before a colon
  | 'reported' // X sagte, … . Es drohe „…“: reported speech (Konjunktiv) goes on with its speaker
  | 'kicker' // a headline's kicker ("X: …") or subject says its quotation without a verb (A13)
  | 'anaphor' // “…”. Así ha resumido X …: the next sentence opens pointing back at the quotation and names who said it
  | 'none';

export interface Attribution {
  phrase: SpeakerPhrase | null;
  pattern: AttributionPattern;
  /** The cue sits right next to the quotation (QCQSV, QCQVS, SVQCQ): a sign of direct speech. */
  adjacent: boolean;
  /** Token index just after the attribution (for 'after'), to spot an interrupted quotation. */
  end: number;
  /** The words are the owner's of a noun of saying ("Roe's claim of “…”"), not the sentence's speaker's: no later quotation inherits them. */
  owned?: boolean;
}

const NONE: Attribution = { phrase: null, pattern: 'none', adjacent: false, end: -1 };
const AFTER_SEPARATORS = new Set([',', '\u2014', '\u2013', '-', ':']);
const BEFORE_SEPARATORS = new Set([',', ':', '\u2014', '\u2013', '-', '(']);
const SENTENCE_PUNCT = new Set(['.', '!', '?', ';', '\u3002']);
/**
 * How many tokens a cue may lie from its quotation and still govern it. After the quotation the
 * subject must start right at the closing mark, so the window can hold a name with its appositive
 * ("…,” Jane Roe III, founder of the Center for Policy, told reporters).
 */
const AFTER_WINDOW = 24;
const BEFORE_WINDOW = 6;
const APPOSITIVE_WINDOW = 16;
const CHANNEL_WINDOW = 24;

const isWord = (token: Token | undefined): token is Token => token !== undefined && token.type === 'word';
/** Where every noun is capitalised, a capitalised word is a noun ("Fragen", "Sagen"), not the verb it spells. */
const isCue = (token: Token | undefined, lexicon: Lexicon): boolean => isWord(token) && lexicon.cueVerbs.has(token.lower) && !(lexicon.capitalizesNouns && token.cap);
/**
 * How far a separable verb's particle may close its clause ("gab das Ministerium am Montag weiter bekannt",
 * "brachte die Sprecherin der Fraktion im Landtag, Anna Roe, zum Ausdruck").
 */
const SEPARABLE_REACH = 20;
/** Marks that may stand between a separable verb and its particle: an appositive's commas, a party in brackets ("Jana Roe (CDU)"). */
const SEPARABLE_PUNCT = new Set([',', '-', '(', ')']);

/**
 * A cue verb at `k`, or the finite part of a separable one whose particle closes the clause
 * (lexicon.separableCues: "gab … bekannt", "wies … zurück", "zeigte sich …"): "gab" alone reports nothing.
 */
export function isCueAt(tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  const token = tokens[k];
  // "beschreibt sein Vorgehen so: „…“": a cue word that is also a common adverb (a stopword), closing the clause before a colon, says how, not who.
  if (isWord(token) && lexicon.stopwords.has(token.lower) && tokens[k + 1]?.text === ':') return false;
  if (isCue(token, lexicon)) return true;
  const particles = isWord(token) ? lexicon.separableCues.get(token.lower) : undefined;
  if (particles === undefined) return false;
  for (let m = k + 1; m < Math.min(tokens.length, k + SEPARABLE_REACH); m += 1) {
    const next = tokens[m] as Token;
    // Commas may close an appositive of the subject in between; other marks end the clause. A quotation
    // may stand in it before the particle ("wies die Vorwürfe als „haltlos“ zurück").
    if (next.type === 'punct' && !SEPARABLE_PUNCT.has(next.text)) return false;
    if (next.type === 'word' && particles.has(next.lower)) return true;
  }
  return false;
}

const isAux = (token: Token | undefined, lexicon: Lexicon): boolean =>
  isWord(token) && (lexicon.auxiliaries.has(token.lower) || lexicon.timeWords.has(token.lower));

/** A1/A2 (and their inversions in other languages): the attribution right after the closing mark. */
export function attributionAfter(tokens: readonly Token[], q: number, lexicon: Lexicon): Attribution {
  let i = q + 1;
  let skipped = 0;
  while (skipped < 2 && tokens[i]?.type === 'punct' && AFTER_SEPARATORS.has((tokens[i] as Token).text)) {
    i += 1;
    skipped += 1;
  }
  // Inverted: “…,” said Ushakov / „…“, sagte er / « … », a déclaré le ministre / « … », a-t-il dit.
  let j = i;
  while (j < i + 2 && isAux(tokens[j], lexicon) && !isCue(tokens[j], lexicon) && !isPronounVerb(tokens[j], lexicon)) j += 1;
  // "„…“, so charakterisierte ihn der Gewerkschafter Jonas Roe": "so" before a cue verb opens the clause; the verb's object pronoun comes before its subject.
  const objectFirst = lexicon.verbSecond && isWord(tokens[j]) && (tokens[j] as Token).lower === 'so' && isCue(tokens[j + 1], lexicon)
    && isWord(tokens[j + 2]) && lexicon.objectPronouns.has((tokens[j + 2] as Token).lower);
  if (objectFirst) {
    const phrase = subjectAfterField(tokens, j + 2, lexicon);
    if (phrase !== null && phrase.kind !== 'self' && phrase.kind !== 'pronoun') return { phrase, pattern: 'after', adjacent: true, end: phrase.to };
  }
  if (isWord(tokens[j]) && lexicon.pronounVerbs.has((tokens[j] as Token).lower)) {
    const pronoun: SpeakerPhrase = { text: (tokens[j] as Token).text, kind: 'pronoun', role: null, from: j, to: j + 1 };
    const end = isCue(tokens[j + 1], lexicon) ? j + 2 : j + 1;
    return { phrase: pronoun, pattern: 'after', adjacent: true, end };
  }
  // "“…,” promising the club will …": a participle never comes before its subject; what follows it is what it reports.
  if ((isCueAt(tokens, j, lexicon) && !isParticiple(tokens[j] as Token, lexicon)) || isChannelVerb(tokens[j], lexicon)) {
    // Where the cue's subject may start: past adverbs after the verb.
    const after = pastAdverbs(tokens, j + 1, lexicon);
    // "„…“, sagten Vertreter der Imker": a group of speakers after a plural verb, with its genitive.
    const phrase = (pluralVerb(tokens[j], lexicon) ? speakingGroup(tokens, after, lexicon) : null)
      ?? subjectOfCue(phraseStartingAt(tokens, after, lexicon), tokens, j, lexicon)
      ?? publicationInMarks(tokens, after, lexicon) ?? authorOfWords(tokens, after, lexicon) ?? participleDescription(tokens, after, lexicon);
    if (phrase !== null && phrase.kind !== 'self') {
      return { phrase, pattern: isChannelVerb(tokens[j], lexicon) ? 'channel' : 'after', adjacent: true, end: phrase.to };
    }
    // Pro-drop: “…”, ha señalado. / «…», ha scritto su X: the subject is left out, as the one being talked about.
    if (lexicon.proDrop && skipped > 0 && phrase === null && isCue(tokens[j], lexicon)) {
      // "“…”, añadió el director técnico de …": an article after the verb opens its subject, one the
      // lexicon cannot read (a person or a document): the cue claims the quotation and names no one.
      const unread = unreadSubject(tokens, after, lexicon);
      if (unread > 0) return { phrase: null, pattern: 'after', adjacent: true, end: unread };
      return { phrase: { text: '', kind: 'elided', role: null, from: j, to: j }, pattern: 'after', adjacent: true, end: j + 1 };
    }
  }
  const compound = compoundTenseAfter(tokens, i, lexicon);
  if (compound !== null) return compound;
  // Subject first: “…,” Ushakov said / “…,” a spokesperson for the ministry said in a statement.
  // Where the verb comes second, a subject first after the marks opens a clause of its own.
  for (let c = i; c < Math.min(tokens.length, lexicon.verbSecond ? i : i + AFTER_WINDOW); c += 1) {
    const token = tokens[c] as Token;
    // "Rep. Jane Roe (D-Wash.) said": the full stop inside a party and state in brackets ends nothing.
    if (token.text === '(') {
      const close = closingBracket(tokens, c, tokens.length);
      if (close > 0) c = close;
      continue;
    }
    // "Jane Roe, 67, of Allentown, Pa., said": a full stop with a comma after it closed an abbreviation.
    if (endsClauseAfter(tokens, c)) break;
    if (!isCueAt(tokens, c, lexicon) && !isChannelVerb(token, lexicon)) continue;
    const phrase = apposedName(tokens, i, c, lexicon) ?? subjectBefore(tokens, c, i, lexicon, false);
    // The subject starts right after the quotation, or is the name in an appositive after a description
    // ("…,” the utility's chief executive, Hannah Lee, said).
    // (or after lower-case role words: "…,” chief financial officer Laura Brandt told analysts).
    if (phrase === null || phrase.kind === 'self' || (phrase.from > i && tokens[phrase.from - 1]?.text !== ','
      && !onlyRoleWords(tokens, i, phrase.from, lexicon) && !describedName(tokens, i, phrase.from, lexicon))) break;
    return { phrase, pattern: isChannelVerb(token, lexicon) ? 'channel' : 'after', adjacent: true, end: c + 1 };
  }
  return NONE;
}

/** How many words a publication's name in marks may have ("Die Zeit", "Frankfurter Allgemeine Zeitung"). */
const PUBLICATION_WORDS = 4;

/**
 * "„…“, schrieb „Die Zeit“", "…, schreibt die „Wochenpost“": where a publication's name is written in
 * marks (lexicon.publicationsInMarks), a short capitalised name in marks, with its article, names the writer.
 */
function publicationInMarks(tokens: readonly Token[], at: number, lexicon: Lexicon): SpeakerPhrase | null {
  if (!lexicon.publicationsInMarks) return null;
  const determiner = tokens[at];
  const article = isWord(determiner) && lexicon.determiners.has(determiner.lower) && !lexicon.obliqueDeterminers.has(determiner.lower) ? 1 : 0;
  const name = tokens[at + article];
  if (name === undefined || name.type !== 'quote') return null;
  const title = name.text.replace(/^[\p{Pi}\p{Pf}\p{Ps}"'»«]+|[\p{Pi}\p{Pf}\p{Pe}"'»«]+$/gu, '').trim();
  const words = title.split(/\s+/u);
  if (words.length > PUBLICATION_WORDS || !words.every((word) => /^\p{Lu}/u.test(word))) return null;
  const text = `${article ? `${(determiner as Token).lower} ` : ''}${name.text.trim()}`;
  return { text, kind: 'organisation', role: null, from: at, to: at + article + 1 };
}

/**
 * "„…“, so das Fazit der Gründer von Roe.de": a noun of the words themselves (lexicon.textNouns) after the
 * cue, and whose words they are in the genitive: those, as written.
 */
function authorOfWords(tokens: readonly Token[], at: number, lexicon: Lexicon): SpeakerPhrase | null {
  const determiner = tokens[at];
  const noun = tokens[at + 1];
  if (!isWord(determiner) || !lexicon.determiners.has(determiner.lower) || !isWord(noun) || !lexicon.textNouns.has(noun.lower)) return null;
  let end = genitiveEnd(tokens, at + 2, lexicon);
  if (end === at + 2) return null;
  const link = tokens[end];
  if (isWord(link) && (link.lower === 'von' || link.lower === 'vom')) end = nameRunAfter(tokens, end + 1, lexicon);
  return { text: tokens.slice(at + 2, end).map((token) => token.text).join(' '), kind: 'described', role: null, from: at + 2, to: end };
}

/**
 * "schrieb die in Hamburg geborene Roe": where every noun is capitalised, a determiner in the nominative,
 * a prepositional phrase, a participle and the noun it describes: a described speaker, as written.
 */
function participleDescription(tokens: readonly Token[], at: number, lexicon: Lexicon): SpeakerPhrase | null {
  const determiner = tokens[at];
  const preposition = tokens[at + 1];
  if (!lexicon.capitalizesNouns || !isWord(determiner) || !lexicon.determiners.has(determiner.lower) || lexicon.obliqueDeterminers.has(determiner.lower)
    || !isWord(preposition) || !lexicon.prepositions.has(preposition.lower)) return null;
  let k = at + 2;
  while (k < at + 8 && isWord(tokens[k]) && (tokens[k] as Token).cap) k += 1;
  if (k === at + 2) return null;
  const attributes = k;
  while (k < attributes + 2 && inflectedLowerCase(tokens[k])) k += 1;
  const noun = tokens[k];
  if (k === attributes || !isWord(noun) || !noun.cap) return null;
  return { text: tokens.slice(at, k + 1).map((token, n) => (n === 0 ? token.lower : token.text)).join(' '), kind: 'described', role: null, from: at, to: k + 1 };
}

/** How many words may stand between the subject of a compound tense and its participle ("in einem Interview mit der Zeitung"). */
const PARTICIPLE_REACH = 8;

/**
 * "„…“, hatte VW-Chef Roe in einem Interview erklärt.", "…, hat Roe damals gesagt und …": where the verb
 * comes second, a finite auxiliary at `at` (lexicon.finiteAuxiliaries), its subject right after it, and a
 * cue closing the clause (before a mark or "und").
 */
function compoundTenseAfter(tokens: readonly Token[], at: number, lexicon: Lexicon): Attribution | null {
  const auxiliary = tokens[at];
  if (!lexicon.verbSecond || !isWord(auxiliary) || !lexicon.finiteAuxiliaries.has(auxiliary.lower)) return null;
  const phrase = phraseStartingAt(tokens, pastAdverbs(tokens, at + 1, lexicon), lexicon);
  if (phrase === null || phrase.kind === 'self' || phrase.kind === 'group-pronoun') return null;
  for (let k = phrase.to; k < Math.min(tokens.length, phrase.to + PARTICIPLE_REACH); k += 1) {
    const token = tokens[k] as Token;
    if (token.type !== 'word') return null;
    const next = tokens[k + 1 + infinitiveAuxiliary(tokens, k + 1, lexicon)];
    const closes = next === undefined || next.type === 'punct' || (isWord(next) && lexicon.coordinators.has(next.lower));
    if (isCue(token, lexicon) && closes) return { phrase, pattern: 'after', adjacent: true, end: k + 1 };
  }
  return null;
}

/**
 * "Die Behörde hatte nach dem Unfall erklärt, sie wolle …": where the verb comes second, a finite auxiliary
 * (lexicon.finiteAuxiliaries) after the first field and a cue participle closing the clause (a comma or a
 * colon after it): the first field is the subject, whatever stands between auxiliary and participle.
 */
function compoundTenseBefore(tokens: readonly Token[], floor: number, cue: number, lexicon: Lexicon): SpeakerPhrase | null {
  const next = tokens[cue + 1 + infinitiveAuxiliary(tokens, cue + 1, lexicon)];
  if (!lexicon.verbSecond || next === undefined || (next.text !== ',' && next.text !== ':')) return null;
  for (let at = cue - 1; at > floor && cue - at <= PARTICIPLE_REACH + 1; at -= 1) {
    const token = tokens[at] as Token;
    if (token.type !== 'word') return null;
    if (!lexicon.finiteAuxiliaries.has(token.lower)) continue;
    // "Wie die Zeitung berichtete, soll Roe … gesagt haben:": after a fronted clause the finite verb comes first, then its subject.
    if ((tokens[at - 1] as Token).text !== ',') return subjectBefore(tokens, at, floor, lexicon);
    const start = pastAdverbs(tokens, at + 1, lexicon);
    // "soll Roe zu Doe gesagt haben": a surname before a preposition, where "zu" would join the two into one name.
    const after = phraseStartingAt(tokens, start, lexicon) ?? (isWord(tokens[start + 1]) && lexicon.prepositions.has((tokens[start + 1] as Token).lower) ? phraseEndingAt(tokens, start, lexicon) : null);
    return after !== null && after.kind === 'name' ? after : null;
  }
  return null;
}

/** "gesagt haben": 1 when an infinitive of a finite auxiliary (lexicon.finiteAuxiliaries) follows the participle at `at`, as after "soll" or "will". */
const infinitiveAuxiliary = (tokens: readonly Token[], at: number, lexicon: Lexicon): number =>
  (isWord(tokens[at]) && lexicon.finiteAuxiliaries.has((tokens[at] as Token).lower) && pluralVerb(tokens[at], lexicon) ? 1 : 0);

/**
 * An article and a noun that is no time word right after a verb ("añadió el director técnico del
 * equipo", not "dijo el lunes"): the verb's own subject; the token after its noun, or -1.
 */
function unreadSubject(tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  const determiner = tokens[at];
  const noun = tokens[at + 1];
  if (!isWord(determiner) || !lexicon.determiners.has(determiner.lower) || !isWord(noun) || noun.cap
    || lexicon.timeWords.has(noun.lower) || lexicon.stopwords.has(noun.lower)) return -1;
  return at + 2;
}

/**
 * Where the verb comes second, the name right after a cue whose first field is no subject ("In seiner
 * Rede erklärte Johnson, …", "Dazu sagte Jonas Roe am Montag, …"), past a reflexive or an adverb.
 */
export function nameAfterCue(tokens: readonly Token[], cue: number, lexicon: Lexicon): SpeakerPhrase | null {
  if (!lexicon.verbSecond) return null;
  const phrase = subjectAfterField(tokens, cue, lexicon);
  return phrase !== null && phrase.kind === 'name' ? phrase : null;
}

/**
 * Where an inverted subject may follow a word or two after the verb: a reflexive or an adverb where the
 * verb comes second ("erinnerte sich Roe", "sagte auch der Minister"), an adverb or a time word in
 * languages that allow it ("ha scritto poi il ministro", "note aussi la mairie").
 */
function pastAdverbs(tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  const skips = (token: Token): boolean => (lexicon.capitalizesNouns
    ? lexicon.auxiliaries.has(token.lower)
    : lexicon.subjectAfterAdverbs && isAux(token, lexicon) && !isCue(token, lexicon));
  let k = at;
  while (k < at + 2 && isWord(tokens[k]) && !(tokens[k] as Token).cap && skips(tokens[k] as Token)) k += 1;
  return k;
}

/** "Así ha resumido el consejero …": only an opener and auxiliaries before the verb, which may then precede its subject. */
function onlyOpeners(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k += 1) {
    const token = tokens[k] as Token;
    if (token.type !== 'word' || !(lexicon.stopwords.has(token.lower) || lexicon.auxiliaries.has(token.lower))) return false;
  }
  return true;
}

/**
 * “We will win.” Jane Roe said she would veto it: a quotation that closed its sentence inside the marks,
 * then a cue whose clause reports other words ("said that", "said he would"). That cue opens a new
 * sentence about someone else's speech; it does not attribute the quotation before it.
 */
export function reportedClauseFollows(tokens: readonly Token[], q: number, content: string, lexicon: Lexicon): boolean {
  if (!/[.!?]['\u2019"\u201d)]*\s*$/u.test(content)) return false;
  for (let c = q + 1; c < Math.min(tokens.length, q + 1 + AFTER_WINDOW); c += 1) {
    const token = tokens[c] as Token;
    if (endsClauseAfter(tokens, c)) return false;
    if (!isCue(token, lexicon)) continue;
    const next = tokens[c + 1];
    // "John Doe replied: “…”": the cue opens the next quotation.
    if (opensQuotation(tokens, c + 1)) return true;
    return isWord(next) && (lexicon.complementizers.has(next.lower) || lexicon.personPronouns.has(next.lower)
      || lexicon.groupPronouns.has(next.lower) || lexicon.selfPronouns.has(next.lower) || namedClause(tokens, c, lexicon));
  }
  return false;
}

/** A colon or comma, then a quotation, at `at`: what a cue before it introduces. */
const opensQuotation = (tokens: readonly Token[], at: number): boolean =>
  (tokens[at]?.text === ':' || tokens[at]?.text === ',') && tokens[at + 1]?.type === 'quote';

/**
 * "said Roe had misled the board", "said Roe called it …": a name at `at`, then an auxiliary or a cue
 * verb, opening a reported clause. After a verb that takes an audience the name is the audience
 * ("asked Harbour Board members").
 */
function namedClause(tokens: readonly Token[], cue: number, lexicon: Lexicon): boolean {
  if (lexicon.audienceVerbs.has((tokens[cue] as Token).lower)) return false;
  let k = cue + 1;
  while (isWord(tokens[k]) && (tokens[k] as Token).cap) k += 1;
  const next = tokens[k];
  return k > cue + 1 && isWord(next) && !next.cap && (isCue(next, lexicon) || (lexicon.auxiliaries.has(next.lower) && !lexicon.timeWords.has(next.lower) && !hasOpenerEnding(next.lower, lexicon)));
}

/**
 * “…,” Jane Roe, 67, a retired nurse in Allentown, Pa., said: the name right after the quotation, then
 * appositives closed by a comma before the cue at `cue`, with no other cue among them.
 */
function apposedName(tokens: readonly Token[], i: number, cue: number, lexicon: Lexicon): SpeakerPhrase | null {
  if (tokens[cue - 1]?.text !== ',') return null;
  const head = phraseStartingAt(tokens, i, lexicon);
  if (head === null || head.kind !== 'name' || tokens[head.to]?.text !== ',') return null;
  for (let k = head.to; k < cue; k += 1) if (isCue(tokens[k], lexicon) || tokens[k]?.type === 'quote') return null;
  return head;
}

/** A word that may open a sentence without being its subject: a stop word, a preposition, an opener ("Of", "At", "Amid"). */
const isClauseOpener = (token: Token | undefined, lexicon: Lexicon): boolean =>
  isWord(token) && (lexicon.stopwords.has(token.lower) || lexicon.prepositions.has(token.lower) || lexicon.nonNames.has(token.lower));

/** A full stop right after a word and followed by a comma ("Pa.,", "Inc.,"): the end of an abbreviation. */
const closesAbbreviation = (tokens: readonly Token[], at: number): boolean =>
  (tokens[at] as Token).text === '.' && tokens[at - 1]?.type === 'word' && (tokens[at - 1] as Token).end === (tokens[at] as Token).start
  && tokens[at + 1]?.text === ',';

/**
 * Where a scan after a quotation stops looking for its reporting clause: another quotation, or the end of
 * the sentence, where a full stop that closes an abbreviation ("Jane Roe, of Allentown, Pa., said") ends
 * nothing. One rule for every such scan, so they read the same clause.
 */
export const endsClauseAfter = (tokens: readonly Token[], at: number): boolean => {
  const token = tokens[at] as Token;
  return token.type === 'quote' || (token.type === 'punct' && SENTENCE_PUNCT.has(token.text) && !closesAbbreviation(tokens, at));
};

/**
 * Tokens [from, to) are a title before a name and nothing else ("chief financial officer", "former
 * FBI agent", "Utah GOP chairman"): a few words, no verb or punctuation, and a role word among them.
 */
function onlyRoleWords(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): boolean {
  if (to - from > 6) return false;
  let role = false;
  for (let k = from; k < to; k += 1) {
    const token = tokens[k] as Token;
    if (token.type !== 'word' || lexicon.cueVerbs.has(token.lower)) return false;
    if (isRole(token.lower, lexicon) || lexicon.speakerNouns.has(token.lower)) role = true;
  }
  return role;
}

/** Tokens [from, to) are an article and one or two words describing the name after them ("a furious Lind", "a visibly tired Berg"). */
function describedName(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): boolean {
  const article = tokens[from];
  if (!isWord(article) || !lexicon.determiners.has(article.lower) || to - from < 2 || to - from > 3) return false;
  for (let k = from + 1; k < to; k += 1) {
    const token = tokens[k];
    if (!isWord(token) || token.cap || lexicon.stopwords.has(token.lower) || lexicon.cueVerbs.has(token.lower)) return false;
  }
  return true;
}

function isPronounVerb(token: Token | undefined, lexicon: Lexicon): boolean {
  return isWord(token) && lexicon.pronounVerbs.has(token.lower);
}

function isChannelVerb(token: Token | undefined, lexicon: Lexicon): boolean {
  return isWord(token) && lexicon.channelVerbs.has(token.lower);
}

/** How many words may stand between a possessive noun of saying and the quotation ("Roe's suggestion at a debate that she was “…”"). */
const SPEECH_NOUN_REACH = 10;
/** A possessive word ending in 's ("Roe's", "Roe’s"). */
const OWNER = /\p{L}['\u2019]s$/u;

/**
 * "Lund dismissed Whitfield's suggestion that the surplus was “…”": a possessive name, at most two describing
 * words and a noun of saying (lexicon.speechNouns) before the quotation, its content opened by a link word
 * (lexicon.speechNounLinks: "that", "of"), with no cue verb or clause mark between: the words are the owner's,
 * whoever reports them. Without the link the quotation says something about the words ("called Roe's remarks “…”").
 */
export function speechNounOwner(tokens: readonly Token[], q: number, floor: number, lexicon: Lexicon): SpeakerPhrase | null {
  if (lexicon.speechNouns.size === 0) return null;
  const last = tokens[q - 1]?.text === ',' || tokens[q - 1]?.text === ':' ? q - 2 : q - 1;
  let linked = false;
  for (let n = last; n >= Math.max(floor, q - SPEECH_NOUN_REACH); n -= 1) {
    const token = tokens[n] as Token;
    if (!isWord(token) || isCueAt(tokens, n, lexicon)) return null;
    if (lexicon.speechNounLinks.has(token.lower)) linked = true;
    if (!lexicon.speechNouns.has(token.lower)) continue;
    if (!linked) return null;
    let k = n - 1;
    while (k > n - 3 && k >= floor && isWord(tokens[k]) && !(tokens[k] as Token).cap && !lexicon.stopwords.has((tokens[k] as Token).lower)) k -= 1;
    if (k < floor || !isWord(tokens[k]) || !OWNER.test((tokens[k] as Token).text)) return null;
    const owner = phraseEndingAt(tokens, k, lexicon);
    return owner !== null && owner.from >= floor && (owner.kind === 'name' || owner.kind === 'organisation') ? owner : null;
  }
  return null;
}

/**
 * The subject of the cue at `cue`: the phrase ending just before it, past auxiliaries ("had said",
 * "on Thursday said") and an appositive ("Leonid Pasechnik, the … governor of …, claimed").
 */
export function subjectBefore(tokens: readonly Token[], cue: number, floor: number, lexicon: Lexicon, field = true): SpeakerPhrase | null {
  const compound = field ? compoundTenseBefore(tokens, floor, cue, lexicon) : null;
  if (compound !== null) return compound;
  const unclosed = unclosedApposition(tokens, floor, cue, lexicon);
  if (unclosed !== null) return unclosed;
  let k = cue - 1;
  let skipped = 0;
  while (k >= floor && skipped < 4 && isAux(tokens[k], lexicon) && !isCue(tokens[k], lexicon)) {
    k -= 1;
    skipped += 1;
  }
  // Skip a preposition before a time word: "Putin on Thursday said".
  if (k < floor) return null;
  // "Rep. Jane Roe (D-N.Y.) said": the party and state in brackets belong to the name before them.
  if ((tokens[k] as Token).text === ')') return nameBeforeBracket(tokens, k, floor, lexicon);
  if ((tokens[k] as Token).text === ',') {
    // "Ivy Tran, 34, of Galway, Ore., said", "Ivy Tran, the coach of the junior side, the Harbour Hawks, said": a full
    // name opening the clause (no preposition or opener before it), then appositives with no other cue, is the subject.
    const opening = field && !isClauseOpener(tokens[floor], lexicon) ? apposedName(tokens, floor, cue, lexicon) : null;
    if (opening !== null && opening.text.includes(' ')) return opening;
    let m = k - 1;
    while (m >= Math.max(floor, k - APPOSITIVE_WINDOW) && (tokens[m] as Token).text !== ',' && (tokens[m] as Token).type !== 'quote') m -= 1;
    if (m < floor || (tokens[m] as Token).text !== ',') {
      // "Earlier, Putin said": the comma ends an opener clause, no appositive.
      return null;
    }
    // ", Professor Chris Whitty," is itself the name; ", the … governor of …," describes the name before it.
    // "Roe, at a town hall in Columbus, Ohio, said": one word after a name and a comma makes a place
    // ("City, State"), not a name in apposition; who spoke is not read here.
    const inner = phraseEndingAt(tokens, k - 1, lexicon);
    if (inner !== null && inner.from === m + 1 && (inner.kind === 'name' || inner.kind === 'organisation')) {
      const before = tokens[m - 1] as Token | undefined;
      const place = inner.to - inner.from === 1 && before !== undefined && before.type === 'word' && before.cap && m - 1 > floor;
      return place ? null : inner;
    }
    k = m - 1;
    if (k < floor) return null;
    // "Rep. Jane Roe (D-Md.), chair of the committee, said".
    if ((tokens[k] as Token).text === ')') return nameBeforeBracket(tokens, k, floor, lexicon);
  }
  const phrase = phraseEndingAt(tokens, k, lexicon);
  const particles = particleSurname(tokens, floor, cue, lexicon) ?? groupBefore(tokens, floor, k + 1, cue, lexicon);
  if (particles !== null) return particles;
  // "Zu den Gutachten führt …": a capitalised preposition opening the sentence is no part of a name.
  const prepositional = phrase !== null && lexicon.capitalizesNouns && isWord(tokens[phrase.from]) && lexicon.prepositions.has((tokens[phrase.from] as Token).lower);
  if (phrase === null || phrase.from < floor || prepositional || governedByPreposition(tokens, phrase.from, lexicon)) return field ? firstField(tokens, floor, cue, lexicon) : null;
  // "Zum Hintergrund des langen Streits führt der Bericht aus", "Der Geschäftsführer des Verbands nannte": a genitive after a noun is a complement.
  if (lexicon.capitalizesNouns && (phrase.kind === 'described' || phrase.kind === 'organisation') && genitiveAt(tokens, phrase.from + 1, lexicon)) {
    return field ? firstField(tokens, floor, cue, lexicon) : null;
  }
  // "Den Unmut der Partei brachte …": a phrase after a determiner of an object's case is no subject.
  if (lexicon.capitalizesNouns && phrase.kind !== 'name' && [tokens[phrase.from], tokens[phrase.from - 1]].some((token) => isWord(token) && lexicon.obliqueDeterminers.has(token.lower))) return null;
  // "Die neue Regel stellte der Vorsitzende in Frage": a person after the verb makes the description before it the object.
  if (lexicon.capitalizesNouns && phrase.kind === 'described' && subjectAfterVerb(tokens, cue, lexicon)) return null;
  return subjectOfCue(phrase, tokens, cue, lexicon);
}

/**
 * "Karla Roe, die Vorsitzende des Landesverbands (LV) sagte: …": where the verb comes second, a first field
 * of a name, a comma and a description the writer did not close with a second comma before the verb: the
 * name is the subject, the description (and any genitive in it) its apposition.
 */
function unclosedApposition(tokens: readonly Token[], floor: number, cue: number, lexicon: Lexicon): SpeakerPhrase | null {
  if (!lexicon.verbSecond || !lexicon.capitalizesNouns) return null;
  const name = phraseStartingAt(tokens, floor, lexicon);
  if (name === null || name.kind !== 'name' || name.surnameOnly === true || (tokens[name.to] as Token | undefined)?.text !== ','
    || !isWord(tokens[name.to + 1]) || !lexicon.appositionDeterminers.has((tokens[name.to + 1] as Token).lower)) return null;
  for (let k = name.to + 2; k < cue; k += 1) {
    const token = tokens[k] as Token;
    if (token.type === 'quote' || (token.type === 'punct' && token.text !== '(' && token.text !== ')' && token.text !== '-')) return null;
    // "Union Nationale du Commerce": a lower-case particle inside a run of capitals belongs to that name.
    const inName = (tokens[k - 1] as Token).cap && isWord(tokens[k + 1]) && (tokens[k + 1] as Token).cap;
    if (!isWord(token)) continue;
    const other = !token.cap && !inName && !lexicon.determiners.has(token.lower) && !lexicon.prepositions.has(token.lower) && !lexicon.connectors.has(token.lower) && !inflectedLowerCase(token);
    if (lexicon.subordinators.has(token.lower) || lexicon.cueVerbs.has(token.lower) || other) return null;
  }
  return cue - name.to > 3 ? name : null;
}

/** "Vertreter der Imker sagten", "Auch Sprecher der Stadtwerke erklärten": a group of speakers filling the first field up to `to`, before a plural verb. */
function groupBefore(tokens: readonly Token[], floor: number, to: number, cue: number, lexicon: Lexicon): SpeakerPhrase | null {
  if (!pluralVerb(tokens[cue], lexicon)) return null;
  const opener = tokens[floor];
  const group = speakingGroup(tokens, floor, lexicon)
    ?? (isWord(opener) && lexicon.nonNames.has(opener.lower) ? speakingGroup(tokens, floor + 1, lexicon) : null);
  return group !== null && group.to === to ? group : null;
}

const pluralVerb = (token: Token | undefined, lexicon: Lexicon): boolean => isWord(token) && lexicon.pluralVerbEndings.some((ending) => token.lower.endsWith(ending));

/**
 * "Von der Roe betonte, …": where the verb comes second and nothing after it can be its subject (a comma, a
 * colon or "dass" follows), a first field of two particles (lexicon.connectors) and one name-shaped word is
 * a surname with its particles, not a prepositional phrase ("Von der Bühne rief er" has its subject after the verb).
 */
function particleSurname(tokens: readonly Token[], floor: number, cue: number, lexicon: Lexicon): SpeakerPhrase | null {
  if (!lexicon.verbSecond || cue !== floor + 3) return null;
  const [first, second, name, after] = [tokens[floor], tokens[floor + 1], tokens[floor + 2], tokens[cue + 1]];
  if (!isWord(first) || !isWord(second) || !isWord(name) || !lexicon.connectors.has(first.lower) || !lexicon.connectors.has(second.lower) || !name.cap) return null;
  if (!(after?.text === ',' || after?.text === ':' || (isWord(after) && lexicon.complementizers.has(after.lower)))) return null;
  return { text: `${first.text} ${second.text} ${name.text}`, kind: 'name', role: null, from: floor, to: cue };
}

/**
 * "zumal Verteidiger Jonas Roe immer wieder betont hatte, …", "weil die Regierung das Land als „…“ bezeichnet
 * hat": where the verb comes second, a subordinate clause puts its verb last and its subject right after the
 * subordinator (lexicon.subordinators): a name, or a description in the nominative.
 */
function subordinateSubject(tokens: readonly Token[], floor: number, cue: number, lexicon: Lexicon): SpeakerPhrase | null {
  if (!lexicon.verbSecond) return null;
  let k = cue - 1;
  while (k >= floor && (tokens[k] as Token).text !== ',' && !(isWord(tokens[k]) && lexicon.subordinators.has((tokens[k] as Token).lower))) k -= 1;
  // A subordinate clause is set off by a comma, or opens the sentence ("als Retter … darstellende" is no clause).
  if (k < floor || !isWord(tokens[k]) || (k > floor && (tokens[k - 1] as Token).text !== ',')) return null;
  const phrase = subjectAfterField(tokens, k, lexicon);
  // A bare surname ("dass Heller … gefragt habe") names only someone the article gave in full (resolvePhrase).
  return phrase !== null && phrase.to <= cue && (phrase.kind === 'name' || phrase.kind === 'described' || phrase.kind === 'organisation') ? phrase : null;
}

/** Words a German first field may hold after its head noun: complements ("der Feuerwehr in Lübeck"), an apposition. */
const FIELD_PUNCT = new Set([',', '(', ')', '-', '\u2013']);
const FIELD_REACH = 14;

/**
 * Where the verb comes second, everything before it is one phrase: "Der Leiter der Feuerwache in Lübeck
 * erklärte", "Stephen Roe, ein Klimaexperte vom WWF erklärte". When the words right before the cue are
 * a complement, the subject is the phrase opening the clause, if nothing between it and the cue can be
 * a verb (only capitalised words, determiners, prepositions, connectors, attributes, an apposition).
 */
function firstField(tokens: readonly Token[], floor: number, cue: number, lexicon: Lexicon): SpeakerPhrase | null {
  if (!lexicon.capitalizesNouns || cue - floor > FIELD_REACH) return null;
  // "Einer der Helfer sagte": one of a group, read as a whole up to the verb.
  const partitive = partitiveNoun(tokens, floor, lexicon);
  if (partitive !== null && partitive.to === cue) return partitive;
  const phrase = partitive ?? phraseStartingAt(tokens, floor, lexicon) ?? attributedNoun(tokens, floor, lexicon) ?? determinerNoun(tokens, floor, lexicon);
  if (phrase === null || phrase.kind === 'self' || phrase.kind === 'pronoun' || phrase.kind === 'group-pronoun' || phrase.to >= cue) return null;
  // "Die praktische Anwendung … stellte der Vorsitzende in Frage": a subject after the verb makes the first field its object.
  if (subjectAfterVerb(tokens, cue, lexicon)) return null;
  for (let k = phrase.to; k < cue; k += 1) {
    const token = tokens[k] as Token;
    if (token.type === 'quote' || (token.type === 'punct' && !FIELD_PUNCT.has(token.text))) return null;
    if (token.type !== 'word' || token.cap) continue;
    if (!lexicon.determiners.has(token.lower) && !lexicon.obliqueDeterminers.has(token.lower) && !lexicon.prepositions.has(token.lower)
      && !lexicon.connectors.has(token.lower) && !inflectedLowerCase(token)) return null;
    if (lexicon.cueVerbs.has(token.lower) || lexicon.auxiliaries.has(token.lower)) return null;
  }
  return phrase;
}

/**
 * Where the verb comes second after a first field that is no subject ("In dem Gespräch wies …", "Den
 * Bauern sicherte …"), the subject right after the verb: a name, or a description in the nominative
 * ("der Geschäftsführer"), or the name in apposition after it and its genitive ("die Sprecherin der
 * Fraktion, Anna Roe").
 */
function subjectAfterField(tokens: readonly Token[], cue: number, lexicon: Lexicon): SpeakerPhrase | null {
  const at = pastAdverbs(tokens, cue + 1, lexicon);
  const first = tokens[at];
  const phrase = phraseStartingAt(tokens, at, lexicon);
  if (!lexicon.capitalizesNouns || !isWord(first) || !lexicon.determiners.has(first.lower) || (phrase?.kind === 'organisation' && phrase.to === at + 2)) return phrase;
  // "der Ministerpräsident Christian Wulff", "der Schriftsteller Jonas Roe": a full name right after the noun that describes it.
  if (phrase !== null && phrase.kind === 'name' && opensWithGivenName(phrase.text, lexicon)) return phrase;
  const described = attributedNoun(tokens, at, lexicon) ?? determinerNoun(tokens, at, lexicon);
  if (described === null || described.kind === 'name') return described;
  const end = genitiveEnd(tokens, described.to, lexicon);
  const apposed = (tokens[end] as Token | undefined)?.text === ',' ? phraseStartingAt(tokens, end + 1, lexicon) : null;
  if (apposed !== null && apposed.kind === 'name' && apposed.surnameOnly !== true) return apposed;
  // "äußerten die Richter", "Zur Lage erklärte die Ministerin": a determiner of no oblique case ("die", "das", "eine") opens the subject
  // after the verb ("der" may be a dative: "sagte der Zeitung").
  const nominative = !lexicon.obliqueDeterminers.has(first.lower) && !lexicon.genitiveDeterminers.has(first.lower);
  // "hält die Vereinigte Bank … fest": a body's name read further than the description of its first words.
  if (nominative && phrase?.kind === 'organisation' && phrase.to > described.to) return phrase;
  return subjectAfterVerb(tokens, cue, lexicon) || nominative ? described : null;
}

/** Right after the verb stands "der" and a noun (a masculine subject) or a person's name. */
function subjectAfterVerb(tokens: readonly Token[], cue: number, lexicon: Lexicon): boolean {
  // (German's reading: where nouns are capitalised, past a reflexive or an adverb.)
  const at = lexicon.capitalizesNouns ? pastAdverbs(tokens, cue + 1, lexicon) : cue + 1;
  const next = tokens[at];
  if (!isWord(next)) return false;
  // "stellte der Vorsitzende in Frage": a person after "der"; not "sagte der Zeitung", a dative.
  const phrase = phraseStartingAt(tokens, at, lexicon);
  if (phrase === null) return false;
  if (phrase.kind === 'name') return phrase.surnameOnly !== true;
  return phrase.kind === 'described' && lexicon.nominativeDeterminers.has(next.lower)
    && phrase.text.split(' ').some((word) => isRole(word.toLowerCase(), lexicon) || lexicon.speakerNouns.has(word.toLowerCase()));
}

/** "Einer der 12 beteiligten Helfer": one of a group (lexicon.partitives), its genitive, attributes and noun, as written. */
function partitiveNoun(tokens: readonly Token[], at: number, lexicon: Lexicon): SpeakerPhrase | null {
  const pronoun = tokens[at];
  const link = tokens[at + 1];
  if (!isWord(pronoun) || !lexicon.partitives.has(pronoun.lower) || !isWord(link) || !lexicon.genitiveDeterminers.has(link.lower)) return null;
  let noun = at + 2;
  while (noun < at + 6 && isWord(tokens[noun]) && !(tokens[noun] as Token).cap) noun += 1;
  const head = tokens[noun];
  if (!isWord(head) || !head.cap || lexicon.nonNames.has(head.lower)) return null;
  const text = tokens.slice(at, noun + 1).map((token, k) => (k === 0 ? token.lower : token.text)).join(' ');
  return { text, kind: 'described', role: null, from: at, to: noun + 1 };
}

/** "Der Leiter der Feuerwache": a determiner that can open a subject and its noun, read before any complement. */
function determinerNoun(tokens: readonly Token[], at: number, lexicon: Lexicon): SpeakerPhrase | null {
  const determiner = tokens[at];
  const noun = tokens[at + 1];
  if (!isWord(determiner) || !lexicon.determiners.has(determiner.lower) || lexicon.obliqueDeterminers.has(determiner.lower)) return null;
  if (!isWord(noun) || !noun.cap || lexicon.nonNames.has(noun.lower) || lexicon.stopwords.has(noun.lower)) return null;
  return { text: `${determiner.lower} ${noun.text}`, kind: 'described', role: null, from: at, to: at + 2 };
}

/** The name before the bracketed party and state that `close` ends ("Jane Roe (D-N.Y.)"), or null. */
function nameBeforeBracket(tokens: readonly Token[], close: number, floor: number, lexicon: Lexicon): SpeakerPhrase | null {
  const open = openingBracket(tokens, close, floor);
  if (open - 1 < floor) return null;
  const named = phraseEndingAt(tokens, open - 1, lexicon);
  return named !== null && named.kind === 'name' && named.from >= floor ? named : null;
}

/**
 * Who the cue at `cue` belongs to, read the way subjectBefore reads it, with two habits of news
 * writing on top: a participle after a comma shares its clause's subject ("Roe ratcheted up her
 * attacks, saying …", not the noun before the comma), and a document speaks for whoever issued it
 * ("Roe issued a statement saying …": Roe, not "a statement").
 */
function cueSubject(tokens: readonly Token[], cue: number, floor: number, lexicon: Lexicon): SpeakerPhrase | null {
  // "…, dass Roe die Schülerin gefragt habe": where the verb comes last in a subordinate clause, its subject follows the subordinator; the word before the verb is more often its object.
  const subordinate = subordinateSubject(tokens, floor, cue, lexicon);
  if (subordinate !== null) return subordinate;
  const agent = passiveAgent(tokens, cue, lexicon);
  if (agent !== null) return agent;
  const opener = tokens[cue - 1] as Token | undefined;
  if (opener !== undefined && (opener.text === ',' || (opener.type === 'word' && lexicon.participleOpeners.has(opener.lower)))
    && isParticiple(tokens[cue] as Token, lexicon)) {
    // "…, Roe said, adding, “…”": the participle shares the subject of the cue it follows.
    const said = opener.text === ',' && isCueAt(tokens, cue - 2, lexicon) ? subjectBefore(tokens, cue - 2, floor, lexicon, false) : null;
    if (said !== null && (said.kind === 'name' || said.kind === 'organisation')) return said;
    // "Roe rallied supporters by warning that …" / "…, saying …": the participle shares the clause's subject.
    const subject = clauseSubject(tokens, floor, cue - 1, lexicon);
    if (subject !== null) return subject;
  }
  const phrase = subjectBefore(tokens, cue, floor, lexicon);
  if (phrase === null || phrase.kind === 'name' || phrase.kind === 'organisation' || !isDocument(phrase, lexicon)) return phrase;
  const verb = tokens[phrase.from - 1];
  if (!isWord(verb) || verb.cap || isCue(verb, lexicon) || lexicon.stopwords.has(verb.lower)) return phrase;
  // "Roe, who said last week that …, issued a statement saying": past a long relative clause, the clause's subject.
  const issuer = subjectBefore(tokens, phrase.from - 1, floor, lexicon) ?? clauseSubject(tokens, floor, phrase.from - 1, lexicon);
  return issuer !== null && (issuer.kind === 'name' || issuer.kind === 'organisation') ? issuer : phrase;
}

/**
 * "Lind was asked by host Omar Haddad, “…”", "Berg was asked by moderator Omar Haddad whether …": a cue in the passive
 * (an auxiliary before it, lexicon.authorWords after it) is said by its agent, not by its subject.
 */
function passiveAgent(tokens: readonly Token[], cue: number, lexicon: Lexicon): SpeakerPhrase | null {
  const by = tokens[cue + 1];
  if (!isWord(by) || !lexicon.authorWords.has(by.lower) || !isAux(tokens[cue - 1], lexicon)) return null;
  const agent = phraseStartingAt(tokens, cue + 2, lexicon);
  return agent !== null && (agent.kind === 'name' || agent.kind === 'organisation') ? agent : null;
}

const isParticiple = (token: Token, lexicon: Lexicon): boolean => lexicon.participleEndings.some((ending) => token.lower.endsWith(ending));

const isDocument = (phrase: SpeakerPhrase, lexicon: Lexicon): boolean =>
  phrase.text.toLowerCase().split(' ').some((word) => lexicon.documentNouns.has(word));

/**
 * The subject of the clause in tokens [from, to): a name after any opener ("In an interview with CNN, Roe …"),
 * or a description opening it ("El ministro de Exteriores propone …"), resolved later to the person it names.
 */
function clauseSubject(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): SpeakerPhrase | null {
  const named = sentenceSubject(tokens, from, to, lexicon, () => true);
  if (named !== null) return named;
  const inverted = subjectAfterFirstVerb(tokens, from, to, lexicon);
  if (inverted !== null) return inverted;
  const described = phraseStartingAt(tokens, from, lexicon);
  return described !== null && described.kind === 'described' && isVerbAfterSubject(tokens, described.to, to, lexicon) ? described : null;
}

/**
 * "In ihrer Erklärung lobte die Ministerin Lena Holm den Einsatz und nannte …": where the verb comes
 * second after a prepositional first field, the subject follows the first verb: the first lower-case word
 * that is no determiner, preposition, attribute or stopword.
 */
function subjectAfterFirstVerb(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): SpeakerPhrase | null {
  const opener = tokens[from];
  if (!lexicon.verbSecond || !isWord(opener) || !lexicon.prepositions.has(opener.lower)) return null;
  for (let k = from + 1; k < Math.min(to, from + FIELD_REACH); k += 1) {
    const token = tokens[k] as Token;
    if (token.type !== 'word') return null;
    // (A past tense in -te looks like an inflected attribute; a cue verb is known as a verb.)
    if (!isCue(token, lexicon) && (token.cap || lexicon.determiners.has(token.lower) || lexicon.obliqueDeterminers.has(token.lower)
      || lexicon.prepositions.has(token.lower) || lexicon.stopwords.has(token.lower) || inflectedLowerCase(token))) continue;
    const subject = subjectAfterField(tokens, k, lexicon);
    return subject !== null && subject.to <= to && (subject.kind === 'name' || subject.kind === 'described') ? subject : null;
  }
  return null;
}

/**
 * Who a sentence is about: its subject at the start of the sentence or of a clause after a comma,
 * a person's name that `accept` takes ("Pour le reste, …, Jean Roe a fait …") or a description
 * ("El presidente regional ha pedido …", "le Premier ministre a fait …"), followed by its verb.
 */
export function sentenceTopic(
  tokens: readonly Token[], from: number, to: number, lexicon: Lexicon, accept: (phrase: SpeakerPhrase) => boolean,
): SpeakerPhrase | null {
  const named = sentenceSubject(tokens, from, to, lexicon, (phrase) => phrase.kind === 'name' && accept(phrase));
  if (named !== null) return named;
  for (let start = from; start < Math.min(to, from + SUBJECT_WINDOW); start += 1) {
    if (start !== from && (tokens[start - 1] as Token).text !== ',') continue;
    // "el alcalde de Montejo, Pedro Gil, apenas podía …", "Asimismo, el juez Roe realizó …".
    const phrase = phraseStartingAt(tokens, start, lexicon);
    // "Le colistier de Paul Garnier, JD Roe, a tenu …": a full name set off after the article's opening
    // description names a person, whatever its given name.
    const apposed = phrase !== null && phrase.kind === 'name' && start !== from && phrase.text.includes(' ') && lexicon.personNeedsGivenName
      && lexicon.determiners.has((tokens[from] as Token).lower) && (tokens[phrase.to] as Token | undefined)?.text === ',';
    if (phrase === null || !(phrase.kind === 'described' || (phrase.kind === 'name' && (apposed || accept(phrase))))) continue;
    const verb = (tokens[phrase.to] as Token | undefined)?.text === ',' ? phrase.to + 1 : phrase.to;
    if (isVerbAfterSubject(tokens, verb, to, lexicon)) return phrase;
  }
  return null;
}

/** "In seiner monatlichen Videobotschaft begründete …": the phrase is a complement, not the subject. */
function governedByPreposition(tokens: readonly Token[], from: number, lexicon: Lexicon): boolean {
  if (lexicon.prepositions.size === 0) return false;
  for (let k = from - 1; k >= Math.max(0, from - 4); k -= 1) {
    const token = tokens[k] as Token;
    if (token.type !== 'word') return false;
    if (lexicon.prepositions.has(token.lower)) return true;
    if (token.cap && !lexicon.determiners.has(token.lower)) return false;
  }
  return false;
}

/**
 * A3/A4/A5 and partial quotes: the cue before the opening mark, within the sentence (`floor` is the
 * sentence start or the end of an earlier quotation in it).
 */
export function attributionBefore(tokens: readonly Token[], q: number, floor: number, lexicon: Lexicon): Attribution {
  let e = q - 1;
  let skipped = 0;
  while (e >= floor && skipped < 2 && tokens[e]?.type === 'punct' && BEFORE_SEPARATORS.has((tokens[e] as Token).text)) {
    e -= 1;
    skipped += 1;
  }
  // Adjacent: X said, “…” / Am Montag sagte Scholz: „…“ / Yuri Ushakov told reporters: "…"
  for (let c = e; c >= Math.max(floor, e - BEFORE_WINDOW); c -= 1) {
    const token = tokens[c] as Token;
    if (token.type === 'quote' || (token.type === 'punct' && SENTENCE_PUNCT.has(token.text))) break;
    if (!isCueAt(tokens, c, lexicon)) continue;
    const left = cueSubject(tokens, c, floor, lexicon);
    // "said Jane Roe: “…”" names the speaker after the cue; "Roe said Smith “was involved”", with no mark
    // between name and quotation, names the subject of the reported clause: the cue's own subject speaks,
    // also when it is too long to read ("A former candidate -- Roe, who … -- said the president “…”").
    if (c < e && (!lexicon.audienceVerbs.has(token.lower) || lexicon.audienceTakesPreposition) && (skipped > 0 || left?.kind === 'self')) {
      // "As Roe put it, “…”": the verb's own particle right after it is no subject.
      const particle = isWord(tokens[c + 1]) && lexicon.separableCues.get(token.lower)?.has((tokens[c + 1] as Token).lower) === true ? 1 : 0;
      const right = subjectOfCue(phraseAfterVerb(tokens, c + 1 + particle, e + 1, lexicon), tokens, c, lexicon);
      // "Tourmanager Michael Roe sagte der Zeitschrift:": where "der" may be a dative, a name before the cue outranks a description after it.
      const dative = lexicon.capitalizesNouns && right?.kind === 'described' && left?.kind === 'name' && left.surnameOnly !== true;
      if (right !== null && !dative) return { phrase: right, pattern: 'before', adjacent: true, end: -1 };
    }
    if (left !== null && left.kind !== 'self') return { phrase: left, pattern: 'before', adjacent: skipped > 0 || c === e, end: -1 };
    if (elidedSubject(tokens, c, floor, lexicon)) {
      // "Roe admitted she had left early and said, “…”": the left-out subject is the clause's.
      const subject = clauseSubject(tokens, floor, c, lexicon);
      if (subject !== null) return { phrase: subject, pattern: 'before', adjacent: skipped > 0 || c === e, end: -1 };
      const elided: SpeakerPhrase = { text: '', kind: 'elided', role: null, from: c, to: c };
      return { phrase: elided, pattern: 'before', adjacent: skipped > 0 || c === e, end: -1 };
    }
    break;
  }
  if (narrativeInfinitive(tokens, floor, q, lexicon)) {
    return { phrase: { text: '', kind: 'elided', role: null, from: floor, to: floor }, pattern: 'sentence', adjacent: false, end: -1 };
  }
  // According to X, … “…” (A5).
  for (let c = floor; c < q; c += 1) {
    const source = sourceNounAt(tokens, c, q, lexicon);
    if (source !== null) return { phrase: source, pattern: 'according', adjacent: false, end: -1 };
    for (const phrase of lexicon.accordingTo) {
      if (!matchesAt(tokens, c, phrase)) continue;
      const speaker = phraseStartingAt(tokens, c + phrase.length, lexicon) ?? datives(tokens, c + phrase.length, lexicon);
      if (speaker !== null && speaker.kind !== 'self') return { phrase: speaker, pattern: 'according', adjacent: false, end: -1 };
    }
  }
  // A cue governing the clause: "X told reporters that … “…”", "The CMA said it was … “…”".
  for (let c = floor; c < q; c += 1) {
    const token = tokens[c] as Token;
    if (!isCueAt(tokens, c, lexicon) || insideChannel(tokens, c, floor, lexicon)) continue;
    const left = cueSubject(tokens, c, floor, lexicon) ?? subordinateSubject(tokens, floor, c, lexicon);
    if (left !== null && left.kind !== 'self') return { phrase: left, pattern: 'sentence', adjacent: false, end: -1 };
    // "“…,” said Roe, who called it “…”": a cue right after a quotation (or opening the clause) may have
    // its subject after it; elsewhere the phrase after the cue is the reported clause's subject ("Roe,
    // 22, a teacher, said Doe had “…”"), never the speaker.
    // Where the verb comes second, a first field that is no subject ("In einem Interview sagte X, …:") puts it after the verb.
    const inverted = c === floor || tokens[c - 1]?.type === 'quote' || (tokens[c - 1]?.type === 'punct' && tokens[c - 2]?.type === 'quote')
      || (lexicon.subjectAfterAdverbs && onlyOpeners(tokens, floor, c, lexicon)) || (lexicon.verbSecond && fieldBefore(tokens, floor, c, lexicon));
    if (inverted && !lexicon.audienceVerbs.has(token.lower)) {
      const field = lexicon.verbSecond && fieldBefore(tokens, floor, c, lexicon);
      const right = subjectOfCue(field ? subjectAfterField(tokens, c, lexicon) : phraseStartingAt(tokens, c + 1, lexicon), tokens, c, lexicon);
      if (right !== null && right.kind !== 'self' && (right.kind !== 'described' || field)) return { phrase: right, pattern: 'sentence', adjacent: false, end: -1 };
    }
    // "El ministro propone que … y recalcó que … “…”": a cue after "and" shares its clause's subject.
    const shared = elidedSubject(tokens, c, floor, lexicon) ? clauseSubject(tokens, floor, c, lexicon) : null;
    if (shared !== null) return { phrase: shared, pattern: 'sentence', adjacent: false, end: -1 };
  }
  return NONE;
}

/**
 * "In einem Interview vor dem Konzert sagte …", "Den Flüchtlingen sicherte …": the clause opens with a
 * preposition or a determiner no subject takes, and reaches the verb with no mark between.
 */
function fieldBefore(tokens: readonly Token[], floor: number, cue: number, lexicon: Lexicon): boolean {
  const opener = tokens[floor];
  if (!isWord(opener) || !(lexicon.prepositions.has(opener.lower) || lexicon.obliqueDeterminers.has(opener.lower))) return false;
  for (let k = floor; k < cue; k += 1) if (!isWord(tokens[k])) return false;
  return true;
}

/**
 * "Nach Angaben des technischen Direktors …", "Nach Auffassung des Fraktionschefs Hartmut Roe sei es
 * „…“", "nach Ansicht von Senator Roe": "nach" or "laut", a noun of words or views (lexicon.sourceNouns)
 * and whose they are, in the genitive or after "von": the name if it holds one, else the whole phrase
 * as written ("Angaben des technischen Direktors"), which no case ending makes a wrong nominative.
 */
function sourceNounAt(tokens: readonly Token[], c: number, q: number, lexicon: Lexicon): SpeakerPhrase | null {
  const opener = tokens[c];
  if (lexicon.sourceNouns.size === 0 || !isWord(opener) || !lexicon.prepositions.has(opener.lower)) return null;
  const according = opener.lower === 'nach' || opener.lower === 'laut';
  let noun = c + 1;
  if (isWord(tokens[noun]) && lexicon.determiners.has((tokens[noun] as Token).lower)) noun += 1;
  // "Auf den Einwand der Opposition, es gehe um „…“": after any preposition, a noun of the words themselves and whose they are.
  const head = tokens[noun];
  if (!isWord(head) || !(according ? lexicon.sourceNouns.has(head.lower) : noun > c + 1 && lexicon.textNouns.has(head.lower))) return null;
  const owner = noun + 1;
  const link = tokens[owner];
  if (!isWord(link)) return null;
  const end = link.lower === 'von' || link.lower === 'vom' ? nameRunAfter(tokens, owner + 1, lexicon) : genitiveEnd(tokens, owner, lexicon);
  if (end <= owner + 1 || end > q) return null;
  const named = phraseStartingAt(tokens, link.lower === 'von' ? owner + 1 : owner, lexicon);
  if (named !== null && named.kind === 'name' && named.surnameOnly !== true) return named;
  // "der innenpolitischen Sprecherin der FDP, Gisela Roe": a name after the genitive and a comma.
  const apposed = (tokens[end] as Token | undefined)?.text === ',' ? phraseStartingAt(tokens, end + 1, lexicon) : null;
  if (apposed !== null && apposed.kind === 'name' && apposed.surnameOnly !== true && apposed.to <= q) return apposed;
  return { text: tokens.slice(noun, end).map((token) => token.text).join(' '), kind: 'organisation', role: null, from: noun, to: end };
}

/** "laut einem Vereinsmitglied": where nouns take case, a described source in the dative, as written. */
function datives(tokens: readonly Token[], at: number, lexicon: Lexicon): SpeakerPhrase | null {
  const determiner = tokens[at];
  if (!lexicon.capitalizesNouns || !isWord(determiner) || !lexicon.obliqueDeterminers.has(determiner.lower)) return null;
  let noun = at + 1;
  while (noun < at + 1 + 3 && inflectedLowerCase(tokens[noun])) noun += 1;
  const head = tokens[noun];
  if (!isWord(head) || !head.cap || lexicon.nonNames.has(head.lower) || lexicon.timeWords.has(head.lower)) return null;
  return { text: tokens.slice(at, noun + 1).map((token) => token.text).join(' '), kind: 'described', role: null, from: at, to: noun + 1 };
}

/** The end of a name starting at `at` ("Senator Roe", "Jana Roe"), or `at` when none starts there. */
function nameRunAfter(tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  const phrase = phraseStartingAt(tokens, at, lexicon);
  return phrase !== null && (phrase.kind === 'name' || phrase.kind === 'organisation') ? phrase.to : at;
}

/**
 * “More nurses” would help, Jane Roe said after the vote. / “…” if she didn't
 * win by more, said John Doe. A reporting clause that follows a comma later in the sentence
 * governs what came before it, the quotation included: the first such clause after the quotation, read
 * as if it followed the closing mark. No other quotation may stand between.
 */
export function attributionLater(tokens: readonly Token[], q: number, sentenceEnd: number, lexicon: Lexicon): Attribution {
  // Past other quotations the look is bounded: a run-on "sentence" of thousands of marks must not make it quadratic.
  const end = lexicon.clauseGovernsSentence || lexicon.clauseGovernsClause ? Math.min(sentenceEnd, q + CLAUSE_REACH) : sentenceEnd;
  let comma = false;
  for (let m = q + 2; m < end; m += 1) {
    const token = tokens[m] as Token;
    // "El objetivo es “…”, que ha hecho de Gaza “…”, seguido de “…”, señaló.": where the lexicon says so, the
    // reporting clause closing the sentence governs each of its quotations, not only the last; "Die „…“
    // hätten „…“, so Roe": or those of its clause, with no comma between.
    if (token.type === 'quote' && !lexicon.clauseGovernsSentence && !(lexicon.clauseGovernsClause && !comma)) break;
    if (token.text !== ',') continue;
    comma = true;
    const found = attributionAfter(tokens, m - 1, lexicon);
    if (found.pattern === 'after' && found.phrase !== null && found.phrase.kind !== 'pronoun') return { ...found, pattern: 'clause', adjacent: false };
  }
  return NONE;
}

/** How many words a "wie" clause may hold between its subject and its verb ("wie X am Dienstag in Hannover erklärte"). */
const AS_CLAUSE_REACH = 10;

/**
 * "Wie Jonas Roe am Dienstag erklärte, sieht die Stadt „…“", "…, wie die Zeitung schreibt.", "wie sich Roe
 * ausdrückte, „…“": a clause opened by a word of lexicon.asOpeners at the sentence start or after a comma,
 * its subject, then a cue verb closing it, gives the sentence's words to that subject; not when another cue
 * outside that clause governs the sentence ("Wie die Zeitung berichtete, soll Roe gesagt haben: „…“").
 */
export function asClause(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): Attribution {
  let found: SpeakerPhrase | null = null;
  let clause: [number, number] = [-1, -1];
  for (let k = from; k < to && found === null; k += 1) {
    const token = tokens[k] as Token;
    if (!isWord(token) || !lexicon.asOpeners.has(token.lower) || (k > from && (tokens[k - 1] as Token).text !== ',')) continue;
    const at = pastAdverbs(tokens, k + 1, lexicon);
    const phrase = phraseStartingAt(tokens, at, lexicon) ?? attributedNoun(tokens, at, lexicon) ?? determinerNoun(tokens, at, lexicon)
      ?? nameBeforeParticle(tokens, at, lexicon);
    if (phrase === null || !(phrase.kind === 'name' || phrase.kind === 'described' || phrase.kind === 'organisation')) continue;
    for (let c = phrase.to; c < Math.min(to, phrase.to + AS_CLAUSE_REACH); c += 1) {
      const word = tokens[c] as Token;
      if (word.type === 'quote' || (word.type === 'punct' && word.text !== '.' && word.text !== ',')) break;
      if (!isCue(word, lexicon)) continue;
      // "wie Roe erklärt hat", "wie Roe von der Zeitung zitiert wird": a participle, then the finite auxiliary closing the clause.
      const auxiliary = isWord(tokens[c + 1]) && (lexicon.finiteAuxiliaries.has((tokens[c + 1] as Token).lower) || lexicon.passiveAuxiliaries.has((tokens[c + 1] as Token).lower)) ? 1 : 0;
      const next = tokens[c + 1 + auxiliary];
      if (next === undefined || next.text === ',' || (next.type === 'punct' && SENTENCE_PUNCT.has(next.text))) {
        const passive = auxiliary === 1 && lexicon.passiveAuxiliaries.has((tokens[c + 1] as Token).lower);
        found = passive ? withoutAgent(tokens, phrase, lexicon) : phrase;
        clause = [k, c];
      }
      break;
    }
  }
  if (found === null) return NONE;
  for (let c = from; c < to; c += 1) if ((c < clause[0] || c > clause[1]) && isCueAt(tokens, c, lexicon)) return NONE;
  return { phrase: found, pattern: 'according', adjacent: false, end: -1 };
}

/** "wie Roe von Hafen-Online zitiert wird", "wie Roe von der Partei erklärte": a name right before a lower-case particle (lexicon.connectors) opening its clause. */
function nameBeforeParticle(tokens: readonly Token[], at: number, lexicon: Lexicon): SpeakerPhrase | null {
  for (let k = at + 1; k < at + 3; k += 1) {
    const token = tokens[k];
    if (!isWord(token) || (!token.cap && !lexicon.connectors.has(token.lower))) return null;
    if (token.cap) continue;
    const phrase = phraseEndingAt(tokens, k - 1, lexicon);
    return phrase !== null && phrase.kind === 'name' && phrase.from === at ? phrase : null;
  }
  return null;
}

/** "wie Roe von Hafen-Online zitiert wird": in a name before a passive, "von" and what follows are the agent, not the name. */
function withoutAgent(tokens: readonly Token[], phrase: SpeakerPhrase, lexicon: Lexicon): SpeakerPhrase {
  if (phrase.kind !== 'name') return phrase;
  for (let k = phrase.from + 1; k < phrase.to; k += 1) {
    const token = tokens[k] as Token;
    if (isWord(token) && !token.cap && lexicon.connectors.has(token.lower)) return phraseEndingAt(tokens, k - 1, lexicon) ?? phrase;
  }
  return phrase;
}

/**
 * A5 on either side, where the lexicon lists the phrases: "“…”, según asegura Roe." / "…, selon la
 * mairie." (an "according to" after the quotation, before the sentence ends, past a reporting verb),
 * and "Para Gil, su decisión “…”" (lexicon.opinionOf opening the sentence or a clause, its
 * holder followed by a comma): whose view or words the sentence gives.
 */
export function accordingAround(tokens: readonly Token[], q: number, floor: number, sentenceEnd: number, lexicon: Lexicon): Attribution {
  for (let c = q + 1; c < Math.min(sentenceEnd, q + CLAUSE_REACH) && lexicon.accordingAfter; c += 1) {
    const token = tokens[c] as Token;
    if (token.type === 'quote') break;
    if (token.text !== ',') continue;
    const phrase = lexicon.accordingTo.find((words) => matchesAt(tokens, c + 1, words));
    if (phrase === undefined) continue;
    let at = c + 1 + phrase.length;
    while (at < sentenceEnd && (isCue(tokens[at], lexicon) || isAux(tokens[at], lexicon))) at += 1;
    const speaker = phraseStartingAt(tokens, at, lexicon);
    if (speaker !== null && speaker.kind !== 'self' && speaker.kind !== 'pronoun' && speaker.kind !== 'group-pronoun') {
      return { phrase: speaker, pattern: 'according', adjacent: false, end: -1 };
    }
  }
  for (let c = Math.max(floor, q - CLAUSE_REACH); c < q && lexicon.opinionOf.length > 0; c += 1) {
    if (c !== floor && (tokens[c - 1] as Token).text !== ',') continue;
    const phrase = lexicon.opinionOf.find((words) => matchesAt(tokens, c, words));
    if (phrase === undefined) continue;
    const holder = phraseStartingAt(tokens, c + phrase.length, lexicon);
    if (holder !== null && (holder.kind === 'name' || holder.kind === 'organisation' || holder.kind === 'described')
      && ((tokens[holder.to] as Token | undefined)?.text === ',' || opinionFillsField(tokens, holder, c, floor, lexicon))) return { phrase: holder, pattern: 'according', adjacent: false, end: -1 };
  }
  return NONE;
}

/**
 * "Für den Theologen Hans Roe sei der Rücktritt „…“": where the verb comes second, the opinion phrase
 * fills the first field, with a person's full name (and a party in brackets), and the verb follows it.
 */
function opinionFillsField(tokens: readonly Token[], holder: SpeakerPhrase, c: number, floor: number, lexicon: Lexicon): boolean {
  if (!lexicon.verbSecond || c !== floor || holder.kind !== 'name' || holder.surnameOnly === true) return false;
  const bracket = (tokens[holder.to] as Token | undefined)?.text === '(' ? closingBracket(tokens, holder.to, tokens.length) : -1;
  const verb = tokens[bracket > 0 ? bracket + 1 : holder.to];
  return isWord(verb) && !verb.cap && !lexicon.determiners.has(verb.lower) && !lexicon.prepositions.has(verb.lower) && !lexicon.connectors.has(verb.lower);
}

/**
 * “Es un golpe”. Con esas palabras ha descrito Ibarra … / “…”. Así ha resumido el consejero, X, …:
 * a quotation that is a sentence of its own, and the next sentence opening with words that point back
 * at it (lexicon.backReferences) and a reporting verb, whose subject (before or after it) said it.
 */
export function attributionNext(tokens: readonly Token[], q: number, sentenceEnd: number, lexicon: Lexicon): Attribution {
  const phrase = lexicon.backReferences.find((words) => matchesAt(tokens, sentenceEnd, words));
  if (phrase === undefined) return NONE;
  let c = sentenceEnd + phrase.length;
  while (c < sentenceEnd + phrase.length + 3 && isAux(tokens[c], lexicon) && !isCue(tokens[c], lexicon)) c += 1;
  if (!isCue(tokens[c], lexicon) || tokens.slice(q + 1, sentenceEnd).some((token) => token.type !== 'punct')) return NONE;
  const speaker = subjectOfCue(phraseStartingAt(tokens, pastAdverbs(tokens, c + 1, lexicon), lexicon), tokens, c, lexicon);
  return speaker !== null && speaker.kind !== 'self' && speaker.kind !== 'group-pronoun'
    ? { phrase: speaker, pattern: 'anaphor', adjacent: false, end: -1 } : NONE;
}

/**
 * "Kasich: ‘We are going all the way.’", "Clinton: “…” Bush: “…”", "POLLS TOO EARLY - Mark Roe and Jon
 * Doe: “…”": a name and a colon, and nothing else, before the opening mark.
 */
export function labelBefore(tokens: readonly Token[], q: number, sentenceStart: number, lexicon: Lexicon): SpeakerPhrase | null {
  if ((tokens[q - 1] as Token | undefined)?.text !== ':' || q - 1 <= sentenceStart) return null;
  for (let start = q - 2; start >= sentenceStart; start -= 1) {
    const token = tokens[start] as Token;
    if (token.type !== 'word' && token.text !== '.' && token.text !== '(' && token.text !== ')') {
      if (token.text !== '-' && token.text !== '\u2014' && token.text !== '\u2013') return null;
      return nameUpTo(tokens, start + 1, q - 1, lexicon);
    }
  }
  return nameUpTo(tokens, sentenceStart, q - 1, lexicon);
}

/** "…, Mohammed Roe („Mir fällt niemand ein …“), und …": a quotation in brackets right after a person's name is theirs. */
export function nameBeforeQuoteInBrackets(tokens: readonly Token[], q: number, sentenceStart: number, lexicon: Lexicon): SpeakerPhrase | null {
  if ((tokens[q - 1] as Token | undefined)?.text !== '(' || (tokens[q + 1] as Token | undefined)?.text !== ')' || q - 2 < sentenceStart) return null;
  const phrase = phraseEndingAt(tokens, q - 2, lexicon);
  return phrase !== null && phrase.kind === 'name' && phrase.from >= sentenceStart ? phrase : null;
}

/** The names (or name and name) filling tokens [from, to) exactly. */
function nameUpTo(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): SpeakerPhrase | null {
  const phrase = phraseStartingAt(tokens, from, lexicon);
  if (phrase === null || (phrase.kind !== 'name' && phrase.kind !== 'organisation')) return null;
  // "Rep. Jane Roe (R-S.C.):" keeps its party and state in brackets.
  if (phrase.to === to || ((tokens[phrase.to] as Token).text === '(' && (tokens[to - 1] as Token).text === ')')) return phrase;
  // "Mark Roe and Jon Doe": two people speaking together are credited to the first, as a byline would be.
  const link = tokens[phrase.to];
  if (link?.type === 'word' && lexicon.coordinators.has(link.lower)) {
    const second = phraseStartingAt(tokens, phrase.to + 1, lexicon);
    if (second !== null && second.kind === 'name' && second.to === to) return { ...phrase, text: `${phrase.text} ${link.text} ${second.text}`, to };
  }
  return null;
}

const SUBJECT_WINDOW = 16;
/** How far after a quotation a closing reporting clause or "according to" is looked for. */
const CLAUSE_REACH = 80;

/**
 * S10: the named subject of the sentence holding a partial quotation, when no cue verb names anyone
 * ("Walter Roe sniped that the chief was “learning on the job”", "Mr. Roe veered close to an
 * admission, saying, “…”", "At a rally on Sunday, Ms. Roe called for “…”"). In news a short quotation
 * inside a sentence about a person is that person's words far more often than anyone else's. The
 * subject is a name or an organisation at the start of the sentence, after an opener ("But") or an
 * introductory phrase ending in a comma, followed by its verb (or by an appositive and then the verb).
 */
export function sentenceSubject(
  tokens: readonly Token[], from: number, q: number, lexicon: Lexicon, accept: (phrase: SpeakerPhrase) => boolean,
): SpeakerPhrase | null {
  // "As Roe spoke, the NRA was whipping votes against “…”": a clause opened by a subordinator and closed
  // by a comma before the quotation is not the one holding it; the main clause starts after that comma.
  let first = from;
  if (isWord(tokens[from]) && lexicon.subordinators.has((tokens[from] as Token).lower)) {
    let comma = from;
    while (comma < q && (tokens[comma] as Token).text !== ',') comma += 1;
    if (comma < q) first = comma + 1;
  }
  const described = lexicon.capitalizesNouns ? describedSubject(tokens, first, q, lexicon) : null;
  if (described !== null) return described;
  const limit = Math.min(q, first + SUBJECT_WINDOW);
  for (let start = first; start < limit; start += 1) {
    const token = tokens[start] as Token;
    const opensClause = start === first || (tokens[start - 1] as Token).text === ','
      || (start === first + 1 && isWord(tokens[first]) && lexicon.stopwords.has((tokens[first] as Token).lower));
    // An opener or a preposition ("But", "In der ARD") is not the subject; the phrase after "But" is tried next.
    if (!opensClause || !isWord(token) || !token.cap || lexicon.stopwords.has(token.lower) || governedByPreposition(tokens, start, lexicon)) continue;
    // "The Kremlin confirmed …": the article opening the sentence belongs to the name.
    const article = start === first + 1 && lexicon.determiners.has((tokens[first] as Token).lower);
    const phrase = phraseStartingAt(tokens, article ? first : start, lexicon);
    if (phrase === null || (phrase.kind !== 'name' && phrase.kind !== 'organisation') || phrase.to >= q || !accept(phrase)) continue;
    if (POSSESSIVE.test((tokens[phrase.to - 1] as Token).text)) continue;
    // "Galway High fans chanted", "The Harbour Hawks coach said": a name before a noun for people modifies it; it is no subject.
    if (modifiesSpeakerNoun(tokens[phrase.to], lexicon)) continue;
    if (isVerbAfterSubject(tokens, phrase.to, q, lexicon)) return phrase;
    // "Sen. Jane Roe (D-Ill.) said": a party and state in brackets between the subject and its verb.
    const bracket = (tokens[phrase.to] as Token | undefined)?.text === '(' ? closingBracket(tokens, phrase.to, q) : -1;
    if (bracket > 0 && isVerbAfterSubject(tokens, bracket + 1, q, lexicon)) return phrase;
    // "Hemsley, the co-author of a book, said …": an appositive between the subject and its verb.
    if ((tokens[phrase.to] as Token | undefined)?.text === ',') {
      for (let k = phrase.to + 1; k < Math.min(q, phrase.to + SUBJECT_WINDOW); k += 1) {
        const inner = tokens[k] as Token;
        if (inner.type === 'punct' && SENTENCE_PUNCT.has(inner.text)) break;
        if (inner.text === ',') {
          if (isVerbAfterSubject(tokens, k + 1, q, lexicon)) return phrase;
          break;
        }
      }
    }
  }
  return null;
}

/**
 * Where every noun is capitalised, a sentence opening with a description and its verb ("Die Gewerkschaft
 * forderte eine Prüfung der „…“", "Auch der US-amerikanische Außenminister Jon Roe attackierte …"): the
 * description, or the name in apposition to it, is the subject. A determiner that may open a subject, its
 * attributes and noun, a genitive complement, then a lower-case verb.
 */
function describedSubject(tokens: readonly Token[], from: number, q: number, lexicon: Lexicon): SpeakerPhrase | null {
  const opener = tokens[from];
  // "Als ein Fahrgast half, biss der Mann zu und rief:": after a fronted subordinate clause the verb comes first, then the subject.
  const afterClause = tokens[from - 1]?.text === ',' && isWord(opener) && !opener.cap && !lexicon.stopwords.has(opener.lower);
  const adverb = isWord(opener) && lexicon.nonNames.has(opener.lower) && !lexicon.determiners.has(opener.lower);
  // "So warnte der Verband vor einem „…“": an adverb filling the first field, the verb, then the subject.
  const adverbFirst = adverb && !afterClause && isVerbAfterSubject(tokens, from + 1, q, lexicon) && !lexicon.stopwords.has((tokens[from + 1] as Token).lower);
  const start = adverbFirst ? from + 2 : afterClause || (isWord(opener) && !opener.cap && lexicon.stopwords.has(opener.lower)) ? from + 1
    : adverb ? from + 1 : from;
  const first = tokens[start];
  // "Daher warnten Vertreter der Verbände vor …", "Sprecher der Initiative nannten …": a group of speakers and a plural verb.
  const group = speakingGroup(tokens, start, lexicon);
  const groupVerb = group === null ? -1 : adverbFirst ? from + 1 : group.to;
  if (group !== null && groupVerb < q && pluralVerb(tokens[groupVerb], lexicon) && isVerbAfterSubject(tokens, groupVerb, q, lexicon)) return group;
  if (!isWord(first) || !lexicon.determiners.has(first.lower) || lexicon.obliqueDeterminers.has(first.lower)) return null;
  const phrase = attributedNoun(tokens, start, lexicon)
    ?? (isWord(tokens[start + 2]) && (tokens[start + 2] as Token).cap ? phraseStartingAt(tokens, start, lexicon) : determinerNoun(tokens, start, lexicon));
  if (phrase === null || (phrase.kind !== 'described' && phrase.kind !== 'name' && phrase.kind !== 'organisation')) return null;
  if (phrase.kind === 'name' && phrase.surnameOnly === true) return null;
  const verb = afterClause ? from : adverbFirst ? from + 1 : genitiveEnd(tokens, phrase.to, lexicon);
  return verb < q && isVerbAfterSubject(tokens, verb, q, lexicon) && !lexicon.subjunctives.has((tokens[verb] as Token).lower)
    && (afterClause || adverbFirst || !subjectAfterVerb(tokens, verb, lexicon)) ? phrase : null;
}

/**
 * Where every noun is capitalised and the verb comes second, the subject of a clause introducing a
 * quotation with a colon may follow its verb ("Hier sparte der Bundespräsident nicht mit Kritik: „…“",
 * "Ein NABU-Sprecher schätzte ein: „…“"): the first person the clause names, a name or a determiner and
 * a role noun, not governed by a preposition.
 */
export function colonSubject(
  tokens: readonly Token[], from: number, q: number, lexicon: Lexicon, accept: (phrase: SpeakerPhrase) => boolean,
): SpeakerPhrase | null {
  if (!lexicon.capitalizesNouns || (tokens[q - 1] as Token | undefined)?.text !== ':') return null;
  // "Die Pflichten der Union seien klar festgelegt:": a clause of reported speech passes on someone else's words.
  if (tokens.slice(from, q).some((token) => token.type === 'word' && lexicon.subjunctives.has(token.lower))) return null;
  let subordinate = false;
  for (let start = from; start < q - 1; start += 1) {
    const token = tokens[start] as Token;
    if (token.text === ',') subordinate = false;
    if (isWord(token) && lexicon.subordinators.has(token.lower)) subordinate = true;
    if (subordinate || !isWord(token) || lexicon.cueVerbs.has(token.lower) || governedByPreposition(tokens, start, lexicon) || genitiveAt(tokens, start, lexicon)) continue;
    const determiner = lexicon.determiners.has(token.lower);
    if (!token.cap && !determiner) continue;
    const head = tokens[determiner ? start + 1 : start];
    if (!isWord(head) || !head.cap) continue;
    if (determiner && isRole(head.lower, lexicon) && !(tokens[start + 2] as Token | undefined)?.cap) {
      return { text: `${token.lower} ${head.text}`, kind: 'described', role: null, from: start, to: start + 2 };
    }
    const phrase = phraseStartingAt(tokens, start, lexicon);
    if (phrase !== null && phrase.kind === 'name' && phrase.to < q && accept(phrase)) return phrase;
    if (phrase !== null) start = Math.max(start, phrase.to - 1);
  }
  return describedColonSubject(tokens, from, q, lexicon, accept);
}

/** "einer Rede der Abgeordneten Jana Roe": the word at `at` follows a noun and a genitive determiner. */
function genitiveAt(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const link = tokens[at - 1];
  const noun = tokens[at - 2];
  return isWord(link) && lexicon.genitiveDeterminers.has(link.lower) && isWord(noun) && noun.cap && !lexicon.determiners.has(noun.lower);
}

/**
 * The clause names no person: its first described subject of any noun ("Die 31-jährige Trainerin zog
 * Bilanz:", "Die Mieter des Hauses sehen die Sache locker:"), outside a subordinate clause ("Als ein
 * Fluggast half, rief der Mann:"); a noun of words with its author is the author ("Das Fazit von Jana Roe
 * überrascht nicht:").
 */
function describedColonSubject(
  tokens: readonly Token[], from: number, q: number, lexicon: Lexicon, accept: (phrase: SpeakerPhrase) => boolean,
): SpeakerPhrase | null {
  let subordinate = false;
  for (let start = from; start < q - 1; start += 1) {
    const token = tokens[start] as Token;
    if (token.text === ',') subordinate = false;
    if (!isWord(token)) continue;
    if (lexicon.subordinators.has(token.lower)) subordinate = true;
    // "Mitglieder der Imker sagten:": a genitive after a noun is its complement, not the subject.
    if (subordinate || !lexicon.determiners.has(token.lower) || governedByPreposition(tokens, start, lexicon) || genitiveAt(tokens, start + 1, lexicon)) continue;
    const described = attributedNoun(tokens, start, lexicon) ?? (isWord(tokens[start + 2]) && (tokens[start + 2] as Token).cap ? null : determinerNoun(tokens, start, lexicon));
    if (described === null || described.to >= q) continue;
    const link = tokens[described.to];
    const author = isWord(link) && (link.lower === 'von' || lexicon.genitiveDeterminers.has(link.lower)) ? phraseStartingAt(tokens, described.to + 1, lexicon) : null;
    if (author !== null && author.kind === 'name' && author.to < q && accept(author)) return author;
    return described;
  }
  return null;
}

/**
 * "In der Erklärung des Vereins heißt es: „…“", "„…“, heißt es in einem Schreiben der Behörde.": a cue
 * whose subject is an empty "es" (lexicon.impersonalCues) gives the words to the document or body the
 * clause names after a preposition (lexicon.sourcePrepositions), without its determiner ("Erklärung des Vereins"); null
 * when tokens [from, to) hold no such cue or name no such source.
 */
export function impersonalSource(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon, reach = Infinity): SpeakerPhrase | null {
  if (lexicon.impersonalCues.size === 0) return null;
  let cue = -1;
  for (let at = from; at < Math.min(to, from + reach + 1); at += 1) {
    const token = tokens[at] as Token;
    if (token.type === 'word' && lexicon.impersonalCues.has(token.lower)
      && ((tokens[at + 1] as Token | undefined)?.lower === 'es' || (tokens[at - 1] as Token | undefined)?.lower === 'es')) {
      cue = at;
      break;
    }
  }
  if (cue < 0) return null;
  for (let k = from; k < to - 1; k += 1) {
    const token = tokens[k] as Token;
    if (token.type !== 'word' || !lexicon.sourcePrepositions.has(token.lower)) continue;
    let noun = k + 1;
    if (isWord(tokens[noun]) && (lexicon.determiners.has((tokens[noun] as Token).lower) || lexicon.obliqueDeterminers.has((tokens[noun] as Token).lower))) noun += 1;
    const first = noun;
    // "in einer gestern verbreiteten Erklärung": up to three lower-case words before the noun.
    for (let steps = 0; steps < 3 && noun < to && isWord(tokens[noun]) && !(tokens[noun] as Token).cap; steps += 1) noun += 1;
    const head = tokens[noun];
    if (noun >= to || !isWord(head) || !head.cap || lexicon.timeWords.has(head.lower) || lexicon.nonNames.has(head.lower)) continue;
    // Named without its case-marked determiner, with its genitive: "Stellungnahme des Fahrgastverbands".
    const end = Math.min(to, genitiveEnd(tokens, noun + 1, lexicon));
    const words = tokens.slice(first, end).map((word) => word.text).join(' ');
    return { text: words, kind: 'organisation', role: null, from: first, to: end };
  }
  return null;
}

/** A party and state in brackets ("(D-N.Y.)") is a few tokens long. */
const BRACKET_REACH = 8;

/** The index of the ')' closing the '(' at `open`, within a few tokens and before `limit`; -1 if none. */
function closingBracket(tokens: readonly Token[], open: number, limit: number): number {
  for (let k = open + 1; k < Math.min(limit, open + BRACKET_REACH); k += 1) if ((tokens[k] as Token).text === ')') return k;
  return -1;
}

/** The index of the '(' that the ')' at `close` closes, within a few tokens and not before `floor`; -1 if none. */
function openingBracket(tokens: readonly Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= Math.max(floor, close - BRACKET_REACH); k -= 1) if ((tokens[k] as Token).text === '(') return k;
  return -1;
}

/** A lower-case word that can be a verb (or an auxiliary before one) right after a subject. */
const modifiesSpeakerNoun = (token: Token | undefined, lexicon: Lexicon): boolean => isWord(token) && !token.cap
  && [token.lower, token.lower.replace(/s$/u, '')].some((noun) => lexicon.speakerNouns.has(noun) || isRole(noun, lexicon));

function isVerbAfterSubject(tokens: readonly Token[], at: number, q: number, lexicon: Lexicon): boolean {
  const token = tokens[at];
  if (at >= q || !isWord(token) || token.cap) return false;
  return !lexicon.stopwords.has(token.lower) || lexicon.auxiliaries.has(token.lower);
}

/** A cue with no subject of its own: it opens a pro-drop sentence, or follows "and" / a comma. */
/** "Et d’ajouter qu’…", "Et de préciser que …" opening the clause before the quotation (lexicon.narrativeInfinitives). */
function narrativeInfinitive(tokens: readonly Token[], floor: number, q: number, lexicon: Lexicon): boolean {
  const opener = tokens[floor];
  if (lexicon.narrativeInfinitives.size === 0 || !isWord(opener) || opener.lower !== 'et') return false;
  const next = tokens[floor + 1];
  const verb = isWord(next) && next.lower === 'de' ? tokens[floor + 2] : next;
  // "d’ajouter": the elided "de" is glued to the verb.
  const glued = verb === next && isWord(verb) && /^d['\u2019]/u.test(verb.full);
  return floor + 2 < q && isWord(verb) && lexicon.narrativeInfinitives.has(verb.lower) && (verb !== next || glued);
}

function elidedSubject(tokens: readonly Token[], c: number, floor: number, lexicon: Lexicon): boolean {
  let k = c - 1;
  while (k >= floor && isAux(tokens[k], lexicon) && !isCue(tokens[k], lexicon)) k -= 1;
  if (k < floor) return lexicon.proDrop;
  // "W swoim serwisie Truth Social podkreślił": a clause that opens with a preposition has no subject before its verb.
  if (lexicon.proDrop && isWord(tokens[floor]) && lexicon.prepositions.has((tokens[floor] as Token).lower)
    && subjectBefore(tokens, c, floor, lexicon) === null) return true;
  const before = tokens[k] as Token;
  return (before.type === 'word' && lexicon.coordinators.has(before.lower)) || (lexicon.proDrop && before.text === ',');
}

/** "as reported by ANI": the verb belongs to a channel phrase, not to a speaker. */
function insideChannel(tokens: readonly Token[], c: number, floor: number, lexicon: Lexicon): boolean {
  for (const phrase of lexicon.channelPhrases) {
    for (let start = Math.max(floor, c - phrase.length + 1); start <= c; start += 1) if (matchesAt(tokens, start, phrase)) return true;
  }
  return false;
}

/** A6: "as quoted by Associated Press", "as reported by news agency ANI" after the quotation. */
export function channelAfter(tokens: readonly Token[], q: number, sentenceEnd: number, lexicon: Lexicon): SpeakerPhrase | null {
  // A bounded look: a channel phrase follows its quotation closely, and a run-on "sentence" of
  // thousands of marks must not make this quadratic.
  for (let c = q + 1; c < Math.min(sentenceEnd, q + CHANNEL_WINDOW); c += 1) {
    if ((tokens[c] as Token).type === 'quote') break;
    for (const phrase of lexicon.channelPhrases) {
      if (!matchesAt(tokens, c, phrase)) continue;
      let at = c + phrase.length;
      // "news agency ANI": the name after a lower-case description.
      while (at < sentenceEnd && isWord(tokens[at]) && !(tokens[at] as Token).cap && at < c + phrase.length + 3) at += 1;
      const speaker = phraseStartingAt(tokens, at, lexicon);
      if (speaker !== null) return speaker;
    }
  }
  return null;
}

/** Whether the words between two quotations are only the first one's attribution (S9). */
export function continuesAfter(tokens: readonly Token[], attributionEnd: number, nextQuote: number): boolean {
  if (attributionEnd < 0 || attributionEnd > nextQuote) return false;
  let sawComma = false;
  for (let k = attributionEnd; k < nextQuote; k += 1) {
    const token = tokens[k] as Token;
    if (token.type !== 'punct') return false;
    if (token.text === ',' || token.text === ':' || token.text === '\u2014' || token.text === '\u2013') sawComma = true;
    else return false;
  }
  return sawComma;
}
