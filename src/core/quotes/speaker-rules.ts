/**
 * Who said a quotation, as one ordered table of rules (quotes-spec.md's A- and S-rows). Each rule reads
 * one quotation's sentence and either claims it (with a speaker, or with none when what it found names
 * nobody, such as "they said") or passes it to the next. The first claim wins; when no rule claims the
 * quotation it has no speaker: abstaining beats guessing. Every claim carries its rule's name, so the
 * benchmark counts what each rule gets right and wrong on the development data.
 */
import {
  accordingAround, asClause, attributionAfter, attributionBefore, attributionLater, attributionNext, channelAfter, colonSubject, continuesAfter,
  endsClauseAfter, impersonalSource, labelBefore, nameBeforeQuoteInBrackets, sentenceSubject, sentenceTopic, speechNounOwner,
  type Attribution, type AttributionPattern,
} from './attribute-speaker.js';
import type { RawQuote } from './collect-spans.js';
import { japaneseAttribution } from './japanese-attribution.js';
import type { Lexicon } from './lexicon.js';
import { phraseEndingAt, type SpeakerPhrase } from './noun-phrase.js';
import { knownSpeaker, placeAsSubject, resolveBlockSource, resolvePhrase, type SpeakerMemory } from './speaker-memory.js';
import { opensWithGivenName } from './resolve-names.js';
import { sentenceOf, type Token } from './tokens.js';

/** Everything a rule may read about one quotation. */
export interface QuoteSite {
  raw: RawQuote;
  /** The block the quotation opens in: its text, its offset in the article text, its tokens. */
  text: string;
  offset: number;
  tokens: readonly Token[];
  /** The quotation's token in `tokens`. */
  q: number;
  /** The same for the block where the quotation closes (a quotation may run over paragraphs, S8). */
  endTokens: readonly Token[];
  endRanges: ReadonlyArray<[number, number]>;
  endQ: number;
  sentenceStart: number;
  /** Where a cue before the quotation may start: the sentence start, or after an earlier quotation in it. */
  floor: number;
  /** The words inside the marks. */
  content: string;
  /** The quotation's offset in the article text, where names are resolved. */
  position: number;
  /** The quotation before this one in the same block, once attributed; `quotation` when it was found to be one (not a title or a term). */
  previous: { speaker: string | null; end: number; sameSentence: boolean; after: Attribution; quotation: boolean } | null;
  /** The last speaker of the paragraph before, when it ended with an attributed quotation or a cue. */
  previousBlockSpeaker: string | null;
  /** The block is the article's headline (headlines drop their reporting verbs). */
  inHeadline: boolean;
  /** The block holds only this quotation (and punctuation). */
  onlyQuotation: boolean;
  startsSentence: boolean;
  /** Where the sentence holding the quotation ends (a token index in `tokens`). */
  sentenceEnd: number;
  /** The tokens of the sentence that are Konjunktiv forms (lexicon.subjunctives), in order: read once a sentence (subjunctivesIn). */
  subjunctives: readonly number[];
  /** A cue verb follows the quotation closely, naming someone else: no fallback may guess then. */
  cueAfter: boolean;
  /** The quotation closed its sentence and a cue after it reports other words ("“…” Roe said she …"). */
  newSentenceAfter: boolean;
  memory: SpeakerMemory;
}

/** A rule's answer: how it read the sentence, the speaker it names and how sure it is. */
export interface Claim extends Attribution {
  speaker: string | null;
  confidence: 'high' | 'low' | null;
  /** The second part of an interrupted quotation: it shares the first part's group and kind. */
  grouped: boolean;
}

export interface SpeakerRule {
  /** The pattern this rule reports (a rule reading cue verbs reports which side its cue was on). */
  name: AttributionPattern | 'cue';
  /** The rows of quotes-spec.md it implements. */
  spec: string;
  find: (site: QuoteSite) => Claim | null;
}

const NONE: Attribution = { phrase: null, pattern: 'none', adjacent: false, end: -1 };

const claim = (
  pattern: AttributionPattern, speaker: string | null, confidence: 'high' | 'low', phrase: SpeakerPhrase | null = null,
): Claim => ({ ...NONE, phrase, pattern, speaker, confidence: speaker === null ? null : confidence, grouped: false });

/** The speaker of an earlier quotation in the same sentence, if it has one. */
const sameSentenceSpeaker = (site: QuoteSite): string | null => (site.previous?.sameSentence === true ? site.previous.speaker : null);

/** A cue the language's rules found: "they said" claims the quotation and names nobody. */
function fromCue(attribution: Attribution, site: QuoteSite): Claim | null {
  if (attribution.pattern === 'none') return null;
  const sameSentence = sameSentenceSpeaker(site);
  // "Kowalczyk said <q>…</q>, and promised <q>…</q>": a left-out subject is the sentence's speaker so far,
  // or, before any, the named subject of the verb it is coordinated with ("Roe condemned … and declared “…”").
  const speaker = attribution.phrase?.kind === 'elided' && sameSentence !== null
    ? sameSentence
    : coordinatedSubject(attribution, site) ?? resolvePhrase(attribution.phrase, site.memory, site.position);
  const confidence = attribution.pattern === 'channel' ? 'low' : 'high';
  return { ...attribution, speaker, confidence: speaker === null ? null : confidence, grouped: false };
}

/**
 * The person the sentence opened with, as its subject before token `to`, when it is a name the article
 * gives a person ("Commenting on …, he added" opens with no one).
 */
function openingPerson(site: QuoteSite, to: number): string | null {
  const known = (phrase: SpeakerPhrase): boolean => phrase.kind === 'name' && knownSpeaker(phrase, site.memory, site.position);
  const subject = sentenceSubject(site.tokens, site.sentenceStart, to, site.memory.lexicon, known);
  return subject === null ? null : resolvePhrase(subject, site.memory, site.position);
}

/** The sentence's named subject, for a cue before the quotation whose own subject is left out after "and". */
function coordinatedSubject(attribution: Attribution, site: QuoteSite): string | null {
  const phrase = attribution.phrase;
  if (attribution.pattern !== 'before' || phrase?.kind !== 'elided' || !coordinated(site.tokens, phrase.from, site.memory.lexicon)) return null;
  return openingPerson(site, phrase.from);
}

/** S16: a <blockquote> whose <cite>, footer or "— Name" line names its source. */
function blockSource(site: QuoteSite): Claim | null {
  const source = site.raw.isBlock ? site.raw.blockSource : null;
  return source ? claim('block', resolveBlockSource(source, site.memory, site.position), 'high') : null;
}

/**
 * S9: “We are not seeking …,” he said, “on recognition …”: the second part of one quotation. A first
 * part that is no quotation (a programme: "On XYZ's “Morning Show” Tuesday, she said, “…”") opens none.
 */
function interrupted(site: QuoteSite): Claim | null {
  const previous = site.previous;
  if (site.raw.isBlock || previous === null || !previous.quotation || !previous.sameSentence || previous.after.pattern !== 'after'
    || !continuesAfter(site.tokens, previous.after.end, site.q)) return null;
  return { ...previous.after, pattern: 'group', speaker: previous.speaker, confidence: previous.speaker === null ? null : 'high', grouped: true };
}

/** A1–A4 where words are not separated by spaces (Japanese 「…」と述べた). */
function caseless(site: QuoteSite): Claim | null {
  const lexicon = site.memory.lexicon;
  if (site.raw.isBlock || !lexicon.caseless) return null;
  const floorOffset = site.previous !== null ? Math.max(0, site.previous.end - site.offset) : 0;
  return fromCue(japaneseAttribution(site.text, site.raw.localStart, site.raw.localEnd, floorOffset, lexicon), site);
}

/**
 * A1–A6: a cue verb with its subject next to the quotation, after it (“…,” X said / said X) or before it
 * (X said: “…”, according to X, X said that … “…”); choose() settles which side governs.
 */
function nearestCue(site: QuoteSite): Claim | null {
  const lexicon = site.memory.lexicon;
  if (site.raw.isBlock || lexicon.caseless) return null;
  const after = site.newSentenceAfter ? NONE : attributionAfter(site.endTokens, site.endQ, lexicon);
  const before = attributionBefore(site.tokens, site.q, site.floor, lexicon);
  const chosen = after.pattern !== 'none' && inOpeningClause(site, before) ? before : choose(after, before, site.content);
  // “Roe said “…,” she said”: the pronoun after the quotation refers to the person named before it in
  // the same sentence, who is not yet in the memory of earlier sentences.
  if (chosen === after && after.phrase?.kind === 'pronoun' && before.phrase?.kind === 'name') {
    const speaker = resolvePhrase(before.phrase, site.memory, site.position);
    if (speaker !== null) return { ...after, speaker, confidence: 'high', grouped: false };
  }
  // "Senator Jane Roe said the plan fails what he called “…”" / "Roe attacked what she called “…”": a
  // pronoun inside the sentence refers to the person the sentence opened with, not to an earlier speaker.
  if (chosen === before && before.phrase?.kind === 'pronoun' && lexicon.personPronouns.has(before.phrase.text.toLowerCase())) {
    const speaker = openingPerson(site, before.phrase.from);
    if (speaker !== null) return { ...before, speaker, confidence: 'high', grouped: false };
  }
  return fromCue(chosen, site);
}

/**
 * "After Roe said that trains were “…,” Doe said: “…”": a quotation inside a subordinate clause opening the
 * sentence (lexicon.subordinators, no comma yet) whose own cue has a named subject is that subject's; the
 * cue after the quotation belongs to the main clause.
 */
function inOpeningClause(site: QuoteSite, before: Attribution): boolean {
  const { tokens, sentenceStart, q } = site;
  const opener = tokens[sentenceStart];
  if (site.floor !== sentenceStart || opener?.type !== 'word' || !site.memory.lexicon.subordinators.has(opener.lower)) return false;
  if (before.pattern === 'none' || before.phrase === null
    || (before.phrase.kind !== 'name' && before.phrase.kind !== 'organisation')) return false;
  for (let k = sentenceStart + 1; k < q; k += 1) if ((tokens[k] as Token).text === ',') return false;
  return true;
}

/** "In der Erklärung heißt es: „…“" / "„…“, heißt es in einem Schreiben.": the document speaks (an empty "es" names nobody). */
function document(site: QuoteSite): Claim | null {
  if (site.raw.isBlock) return null;
  const before = impersonalSource(site.tokens, site.floor, site.q, site.memory.lexicon);
  if (before !== null) return claim('before', before.text, 'low', before);
  const end = (site.endRanges[sentenceOf(site.endRanges, site.endQ)] ?? [0, site.endTokens.length])[1];
  // Right after the closing mark and its comma ("„…“, heißt es in …"), not in a later sentence.
  let from = site.endQ + 1;
  while (from < end && (site.endTokens[from] as Token).type === 'punct') from += 1;
  // ", so heißt es in …": one word may stand between the comma and the cue.
  const after = impersonalSource(site.endTokens, from, end, site.memory.lexicon, from > site.endQ + 1 ? 1 : 0);
  return after === null ? null : claim('after', after.text, 'low', after);
}

/** "Lund dismissed Whitfield's suggestion that … “…”": the owner of a noun of saying before the quotation said its words. */
function speechOwner(site: QuoteSite): Claim | null {
  if (site.raw.isBlock) return null;
  const phrase = speechNounOwner(site.tokens, site.q, site.floor, site.memory.lexicon);
  const speaker = phrase === null ? null : resolvePhrase(phrase, site.memory, site.position);
  return speaker === null ? null : { ...claim('before', speaker, 'high', phrase), owned: true };
}

/**
 * Which attribution wins when both sides have one: after a comma-ended quotation the cue follows
 * (“…,” he said); a cue right before the marks (X said: “…”) wins over a name in the next sentence.
 */
export function choose(after: Attribution, before: Attribution, content: string): Attribution {
  const endsWithComma = /[,\u2014\u2013-]\s*$/u.test(content);
  // A full stop inside the marks closes the sentence: a cue in it governs the quotation, not the
  // subject of the next sentence (…called it “arbitrary.” Jane Roe, an analyst, warned …).
  if (/\.\s*$/u.test(content) && before.pattern !== 'none') return before;
  // "X powiedział, że … „…” – stwierdził": a cue after the quotation with its subject left out shares the clause's subject.
  if (after.phrase?.kind === 'elided' && before.pattern !== 'none' && before.phrase !== null && before.phrase.kind !== 'elided') return before;
  if (after.pattern === 'after' && (endsWithComma || !(before.pattern === 'before' && before.adjacent))) return after;
  if (before.pattern !== 'none') return before;
  return after;
}

/**
 * A13, headline grammar: a kicker before a colon names who speaks in the rest ("Khans: Roe stirs
 * ‘ugliness’", "Republicans' reaction: ‘Is that all?’"), and a headline's subject says its quotation
 * without a verb of saying ("Roe ‘glad to finish’ fight with Doe", "Roe delivers defense of ‘values’").
 */
function headlineSubject(site: QuoteSite): Claim | null {
  if (!site.inHeadline || site.raw.isBlock) return null;
  const { tokens, q, memory } = site;
  const colon = tokens.findIndex((token, at) => at < q && token.text === ':');
  const phrase = (colon > 0 ? labelBefore(tokens, colon + 1, site.sentenceStart, memory.lexicon) : null)
    ?? sentenceSubject(tokens, colon > 0 ? colon + 1 : site.sentenceStart, q, memory.lexicon, () => true)
    ?? nameRightBefore(tokens, q, colon > 0 ? colon + 1 : site.sentenceStart, memory.lexicon);
  if (phrase === null) return null;
  const name = titleCaseRun(tokens, phrase, memory.lexicon) ? firstWordNamed(tokens, phrase, site) : phrase;
  return name === null ? null : claim('kicker', resolvePhrase(name, memory, site.position), 'low', name);
}

/**
 * "Neighbour Speaks Up With Stunning Story: …": in a headline in Title Case a run of capitalised words
 * holding a capitalised function word ("With", "To") is the headline's words, not a name.
 */
const titleCaseRun = (tokens: readonly Token[], phrase: SpeakerPhrase, lexicon: Lexicon): boolean =>
  tokens.slice(phrase.from + 1, phrase.to).some((token) => token.type === 'word' && token.cap && lexicon.stopwords.has(token.lower));

/** Such a run's first word, when it is the surname of a person the article gives in full ("Lind Treats Talk Of …"). */
function firstWordNamed(tokens: readonly Token[], phrase: SpeakerPhrase, site: QuoteSite): SpeakerPhrase | null {
  const first = tokens[phrase.from] as Token;
  const name: SpeakerPhrase = { text: first.text, kind: 'name', role: null, from: phrase.from, to: phrase.from + 1 };
  return first.type === 'word' && knownSpeaker(name, site.memory, site.position) ? name : null;
}

/** Only a name stands between `from` and the quotation ("Roe ‘glad to finish’ …"). */
function nameRightBefore(tokens: readonly Token[], q: number, from: number, lexicon: Lexicon): SpeakerPhrase | null {
  const phrase = q - 1 >= from ? phraseEndingAt(tokens, q - 1, lexicon) : null;
  return phrase !== null && phrase.from === from && (phrase.kind === 'name' || phrase.kind === 'organisation') ? phrase : null;
}

/** A reporting clause ending the sentence after the quotation ("“…” would be appropriate, Roe said"). */
function laterClause(site: QuoteSite): Claim | null {
  if (site.raw.isBlock || site.memory.lexicon.caseless || site.raw.endBlock !== site.raw.startBlock) return null;
  return fromCue(attributionLater(site.tokens, site.q, site.sentenceEnd, site.memory.lexicon), site);
}

/** “…”. Así ha resumido el consejero, X, …: the next sentence points back at a quotation standing alone. */
function anaphor(site: QuoteSite): Claim | null {
  if (site.raw.isBlock || !site.startsSentence || site.raw.endBlock !== site.raw.startBlock) return null;
  return fromCue(attributionNext(site.tokens, site.q, site.sentenceEnd, site.memory.lexicon), site);
}

/** A5: "“…”, según asegura Roe." / "Para Gil, su decisión “…”" / "Wie Roe erklärte, sieht die Stadt „…“". */
function according(site: QuoteSite): Claim | null {
  if (site.raw.isBlock || site.memory.lexicon.caseless || site.raw.endBlock !== site.raw.startBlock) return null;
  return fromCue(accordingAround(site.tokens, site.q, site.floor, site.sentenceEnd, site.memory.lexicon), site)
    ?? fromCue(asClause(site.tokens, site.sentenceStart, site.sentenceEnd, site.memory.lexicon), site);
}

/** "Kasich: “…”": a name and a colon before the quotation, as in a transcript or a list of reactions. */
function label(site: QuoteSite): Claim | null {
  if (site.raw.isBlock || site.memory.lexicon.caseless) return null;
  const phrase = labelBefore(site.tokens, site.q, site.sentenceStart, site.memory.lexicon)
    ?? nameBeforeQuoteInBrackets(site.tokens, site.q, site.sentenceStart, site.memory.lexicon);
  // Where every noun is capitalised, "Seine Meinung zu Lindqvist:" must first pass as a name.
  if (phrase !== null && site.memory.lexicon.capitalizesNouns && !knownSpeaker(phrase, site.memory, site.position)) return null;
  return phrase === null ? null : claim('label', resolvePhrase(phrase, site.memory, site.position), 'high', phrase);
}

/**
 * A8/A9: “…” opening a sentence, with no cue of its own, right after a sentence of the same paragraph
 * that named a person with a cue verb or as its subject ("Iowa State's Dianne Roe agreed. “…”",
 * "Clinton touted her record. “…”"): journalists introduce a quotation with a sentence about its speaker.
 */
function leadIn(site: QuoteSite): Claim | null {
  const { memory } = site;
  if (!site.startsSentence || site.cueAfter || site.sentenceStart === 0) return null;
  const previous = memory.sentences - 1;
  const bySubject = memory.lastSubjectAt === previous && memory.lastSubjectAt > memory.lastPersonAt
    && readsAsPerson(memory.lastSubject ?? '', memory.lexicon);
  const speaker = bySubject ? memory.lastSubject
    : memory.lastPersonAt === previous ? memory.lastPerson : null;
  return speaker === null ? null : claim('lead-in', speaker, 'low');
}

/** Where every noun is capitalised, a run of capitals is a person only from a given name on ("VW-Standort Brüssel" is none). */
const readsAsPerson = (name: string, lexicon: Lexicon): boolean => !lexicon.capitalizesNouns || opensWithGivenName(name, lexicon);

/**
 * A9: a quotation opening a sentence in a paragraph whose earlier quotation has a speaker, unless (where
 * lexicon.introductionEndsFloating) the sentence right before it names another person, as its subject or with a cue ("„…“, sagte der Papst.
 * Sein Bruder, Georg Roe, war eingeweiht. „…“"): that sentence introduces the next speaker (lead-in).
 */
function floating(site: QuoteSite): Claim | null {
  const speaker = site.previous?.speaker ?? null;
  if (speaker === null || !site.startsSentence || site.cueAfter) return null;
  const { memory } = site;
  if (!memory.lexicon.introductionEndsFloating) return claim('floating', speaker, 'high');
  const before = memory.sentences - 1;
  const named = memory.lastPersonAt === before && memory.lastPerson !== speaker;
  const about = memory.lastSubjectAt === before && memory.lastSubject !== null && memory.lastSubject !== speaker
    && readsAsPerson(memory.lastSubject, memory.lexicon);
  return named || about ? null : claim('floating', speaker, 'high');
}

/** S9: a later quotation in a sentence whose earlier one has a speaker, with no cue of its own. */
function inherit(site: QuoteSite): Claim | null {
  const speaker = site.previous?.after.owned === true ? null : sameSentenceSpeaker(site);
  return speaker !== null && !site.cueAfter && !namedBeforeColon(site) ? claim('inherit', speaker, 'high') : null;
}

/** "…, und der Ministerpräsident Jens Roe: „…“": a person's full name and a colon introduce a speaker of their own. */
function namedBeforeColon(site: QuoteSite): boolean {
  if (site.tokens[site.q - 1]?.text !== ':' || site.q - 2 < site.floor) return false;
  const phrase = phraseEndingAt(site.tokens, site.q - 2, site.memory.lexicon);
  return phrase !== null && phrase.kind === 'name' && phrase.surnameOnly !== true && phrase.text.includes(' ');
}

/** The sentence holding the quotation is reported speech: one of its verbs is a form of the Konjunktiv ("sei", "müsse"). */
const inReportedSpeech = (site: QuoteSite): boolean => site.subjunctives.length > 0;

/** How many sentences back reported speech may reach for the person who said it. */
const REPORTED_REACH = 2;

/**
 * A9 for reported speech: a quotation with no cue of its own in a sentence of the Konjunktiv ("Künast
 * sagte, es müsse … Schluss sein. Es drohe „…“.") goes on with the person last named with a cue, at most
 * two sentences back: the mood says the words are still someone's, and the subject of the sentence is not who.
 */
function reported(site: QuoteSite): Claim | null {
  const { memory } = site;
  if (site.cueAfter || site.raw.isBlock || !inReportedSpeech(site)) return null;
  const speaker = sameSentenceSpeaker(site) ?? colonIntroducer(site) ?? lastReporter(memory) ?? (ownSubject(site) ? null : lastSource(memory));
  return speaker === null ? null : claim('reported', speaker, 'low');
}

/** "Roe stellte die Eignung des Bewerbers in Frage: Er habe „…“": a colon before reported speech introduces the words of the person the clause before it is about. */
function colonIntroducer(site: QuoteSite): string | null {
  let colon = site.q - 1;
  while (colon > site.sentenceStart && site.tokens[colon]?.text !== ':') colon -= 1;
  if (colon <= site.sentenceStart) return null;
  // "X sei zu Dank verpflichtet: „…“": a clause itself of reported speech passes on someone else's words.
  const reportedBefore = (site.subjunctives[0] ?? colon) < colon;
  return reportedBefore ? null : openingPerson(site, colon);
}

/** "Der Wahlsieger erklärte, es sei …, und verglich …": the sentence opens with a described subject and its verb. */
const ownSubject = (site: QuoteSite): boolean => sentenceSubject(site.tokens, site.sentenceStart, site.q, site.memory.lexicon, () => false) !== null;

/**
 * The speaker of any kind last named with a cue ("Der Bürgermeister forderte …", "erklärte die Fraktion,
 * …"), at most two sentences back and later than the last person, unless a later sentence is about someone else.
 */
function lastSource(memory: SpeakerMemory): string | null {
  if (memory.lastSource === null || memory.sentences - memory.lastSourceAt > REPORTED_REACH || memory.lastSourceAt <= memory.lastPersonAt) return null;
  const later = memory.lastSubjectAt > memory.lastSourceAt && memory.lastSubject !== null && memory.lastSubject !== memory.lastSource;
  return later ? null : memory.lastSource;
}

/**
 * The person last named with a cue at most two sentences back, unless a later sentence is about someone
 * else ("Roe sagte … Im Landtag nahm auch Jonas Vogel Stellung. Jeder Lehrer könne „…“"): whose words
 * these are is then not known.
 */
function lastReporter(memory: SpeakerMemory): string | null {
  if (memory.sentences - memory.lastPersonAt > REPORTED_REACH) return null;
  const later = memory.lastSubjectAt > memory.lastPersonAt && memory.lastSubject !== null && memory.lastSubject !== memory.lastPerson;
  return later ? null : memory.lastPerson;
}

/** S10: the named subject of a sentence holding a quotation with no cue ("Roe sniped that … “…”"). */
function subject(site: QuoteSite): Claim | null {
  // "Roe sei „…“": the subject of reported speech is not who reports it.
  if (site.startsSentence || site.cueAfter || inReportedSpeech(site)) return null;
  const { memory, tokens, q } = site;
  const known = (phrase: SpeakerPhrase): boolean => knownSpeaker(phrase, memory, site.position);
  const phrase = sentenceSubject(tokens, site.sentenceStart, q, memory.lexicon, known) ?? colonSubject(tokens, site.floor, q, memory.lexicon, known)
    ?? apposedSubject(site, known);
  // "Auf dem Schild waren die Worte zu lesen: „…“": the words themselves are no one who speaks.
  if (phrase === null || (phrase.kind === 'described' && memory.lexicon.textNouns.has(lastWord(phrase.text)))) return null;
  // "Gil se apoya en el informe de la policía … que habla de “…”": the document's words, not the subject's.
  if (documentSays(tokens, phrase.to, q, memory.lexicon)) return claim('subject', null, 'low', phrase);
  return claim('subject', placeAsSubject(phrase, memory.lexicon) ? null : resolvePhrase(phrase, memory, site.position), 'low', phrase);
}

/** A document noun in tokens [from, q) with a relative clause about it before the quotation ("el informe … que habla de"). */
function documentSays(tokens: readonly Token[], from: number, q: number, lexicon: Lexicon): boolean {
  let document = false;
  for (let k = from; k < q; k += 1) {
    const token = tokens[k] as Token;
    if (token.type !== 'word') continue;
    if (lexicon.documentNouns.has(token.lower)) document = true;
    else if (document && lexicon.relativePronouns.has(token.lower)) return true;
  }
  return false;
}

const lastWord = (text: string): string => (text.slice(text.lastIndexOf(' ') + 1)).toLowerCase();

/** "El ministro portugués, Paulo Rangel, describió … una crisis “muy grave”": the name in apposition to a described subject. */
function apposedSubject(site: QuoteSite, known: (phrase: SpeakerPhrase) => boolean): SpeakerPhrase | null {
  if (!site.memory.lexicon.subjectIsTopic) return null;
  const topic = sentenceTopic(site.tokens, site.sentenceStart, site.q, site.memory.lexicon, known);
  return topic !== null && topic.kind === 'name' && topic.to < site.q ? topic : null;
}

/** A9: a paragraph that is only a quotation continues the last paragraph's speaker (low confidence). */
function paragraph(site: QuoteSite): Claim | null {
  return site.onlyQuotation && site.previousBlockSpeaker !== null ? claim('paragraph', site.previousBlockSpeaker, 'low') : null;
}

/** A6: only the channel is named ("…,” as quoted by AP): flagged with low confidence. */
function channel(site: QuoteSite): Claim | null {
  const end = (site.endRanges[sentenceOf(site.endRanges, site.endQ)] ?? [0, site.endTokens.length])[1];
  const phrase = channelAfter(site.endTokens, site.endQ, end, site.memory.lexicon);
  return phrase === null ? null : claim('channel', resolvePhrase(phrase, site.memory, site.position), 'low', phrase);
}

/** The rules in the order they are tried. */
export const SPEAKER_RULES: readonly SpeakerRule[] = [
  { name: 'block', spec: 'S16', find: blockSource },
  { name: 'group', spec: 'S9', find: interrupted },
  { name: 'cue', spec: 'A1-A4 (caseless scripts)', find: caseless },
  { name: 'cue', spec: 'A5 (a document speaks: "heißt es")', find: document },
  { name: 'cue', spec: 'A5 (a possessive noun of saying: "Roe\'s claim that “…”")', find: speechOwner },
  { name: 'cue', spec: 'A1-A6, A10, A11, S13', find: nearestCue },
  { name: 'label', spec: 'A3 (transcripts)', find: label },
  { name: 'kicker', spec: 'A13 (headline grammar)', find: headlineSubject },
  { name: 'clause', spec: 'A1, A2 (at the sentence end)', find: laterClause },
  { name: 'according', spec: 'A5 (after the quotation; an opinion holder before it)', find: according },
  { name: 'anaphor', spec: 'A2 (in the next sentence, pointing back)', find: anaphor },
  { name: 'floating', spec: 'A9', find: floating },
  { name: 'inherit', spec: 'S9', find: inherit },
  { name: 'reported', spec: 'A9 (reported speech)', find: reported },
  { name: 'lead-in', spec: 'A8, A9', find: leadIn },
  { name: 'subject', spec: 'S10', find: subject },
  { name: 'paragraph', spec: 'A9', find: paragraph },
  { name: 'channel', spec: 'A6', find: channel },
];

/** A headline read on its own (not repeated in the body): only what its own words say. */
export const HEADLINE_RULES: readonly SpeakerRule[] = SPEAKER_RULES.filter((rule) => rule.name === 'cue' || rule.name === 'label' || rule.name === 'kicker');

const UNCLAIMED: Claim = { ...NONE, speaker: null, confidence: null, grouped: false };

/** The first rule's claim on the quotation, or no speaker. */
export function attributeQuote(site: QuoteSite, rules: readonly SpeakerRule[] = SPEAKER_RULES): Claim {
  for (const rule of rules) {
    const found = rule.find(site);
    if (found !== null) return found;
  }
  return UNCLAIMED;
}

/** Whether a cue verb follows the quotation within a few words, before the sentence ends. */
export function cueFollows(tokens: readonly Token[], q: number, lexicon: Lexicon): boolean {
  for (let k = q + 1; k < Math.min(tokens.length, q + 7); k += 1) {
    const token = tokens[k] as Token;
    if (endsClauseAfter(tokens, k)) return false;
    // "“…” y pidió que …": where the subject is the topic, a coordinated verb shares the sentence's subject.
    if (token.type === 'word' && lexicon.cueVerbs.has(token.lower)) return !(lexicon.subjectIsTopic && coordinated(tokens, k, lexicon));
    // Where the verb comes second, a cue after the marks follows them at once („…“, sagte Roe); "„…“ Er forderte …" opens a new clause.
    if (token.type === 'word' && lexicon.verbSecond) return false;
  }
  return false;
}

/** The word before `at` (past auxiliaries) is "and" ("y pidió", "et a ajouté"). */
function coordinated(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  let k = at - 1;
  while (k > 0 && tokens[k]?.type === 'word' && lexicon.auxiliaries.has((tokens[k] as Token).lower)) k -= 1;
  const before = tokens[k];
  return before !== undefined && before.type === 'word' && lexicon.coordinators.has(before.lower);
}
