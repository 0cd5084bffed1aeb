/**
 * What kind of quotation a span is: speech, partial, title, scare or other (quotes-spec.md S10-S13),
 * from a few named features read off the tokens around it. Titles and scare quotes are told apart
 * first, by their trigger words; then the attribution decides between speech and a partial quote.
 */
import type { QuoteKind } from '../article.js';
import type { AttributionPattern } from './attribute-speaker.js';
import type { Lexicon } from './lexicon.js';
import { matchesAt, type Token } from './tokens.js';

export interface QuoteFeatures {
  /** Words between the marks. */
  words: number;
  /** Share of the content words (not stop words) that start with a capital or a digit. */
  titleCaseShare: number;
  contentWords: number;
  /** A sentence ends inside or at the end of the quotation ("…offended.”"). */
  sentenceInside: boolean;
  /** The quotation ends in a comma, the sign of an attribution to follow ("…,” he said). */
  endsWithComma: boolean;
  startsUpper: boolean;
  /** titled / called / named / dubbed just before. */
  titleTrigger: boolean;
  /** An author or a link right after the closing mark (“…,” by Jane Roe / “…” http://…): a work's title. */
  authored: boolean;
  /** A category noun right before or after: "the … forum", "das Raumschiff „…“". */
  categoryNoun: boolean;
  /** A category noun and a comma right before: the work in apposition ("in his memoir, “…”"). */
  categoryApposed: boolean;
  /** Right after a possessive of initials ("ABC's “…”", "CNN’s “…”"): a body's work, a programme or a column. */
  acronymOwner: boolean;
  /** A sentence ends before the last word (not only the full stop or comma printed inside the closing mark). */
  innerSentence: boolean;
  /** so-called / the term / the word / known as just before. */
  scareTrigger: boolean;
  /** Of those, one that names words as words (the term / the phrase / known as): often someone's words. */
  mentionTrigger: boolean;
  /** thought / wondered / might say just before: hypothetical speech. */
  hypothetical: boolean;
  /** "… is my new motto" just after. */
  motto: boolean;
  /** What stands before the opening mark: sentence start, a colon or comma, or a word of the sentence. */
  attachment: 'start' | 'intro' | 'embedded';
  /** The word right before is a cue verb ("said “We will…”"). */
  afterCueWord: boolean;
  /** A colon right before the opening mark ("Il caso: «…»", "lo striscione: "…""). */
  afterColon: boolean;
  inHeadline: boolean;
  pattern: AttributionPattern;
  adjacent: boolean;
  /** A cue verb stands somewhere in the sentence outside the quotation (reported speech around it). */
  cueInSentence: boolean;
  /** An article right before the opening mark ("the “Gang of Eight”", "den „Papiertiger“"): a name or a term. */
  determinerBefore: boolean;
  /** The words speak in the first or second person ("we", "I", "ich"): someone is talking. */
  personInside: boolean;
  /** Other quotations in the same sentence. */
  siblings: number;
  /** The sentence around the marks is reported speech: one of its verbs is a Konjunktiv form ("sei", "habe"). */
  reportedSpeech: boolean;
  /** A word of predication stands before the marks, past an article ("bezeichnete es als „…“"): how someone called it. */
  predicative: boolean;
  /**
   * A verb of naming or of speaking about governs the marks in their clause ("nannte den Plan einen „…“",
   * "sprach von einer „…“", "von „…“ war die Rede"): the words are how someone called the thing.
   */
  namedBy: boolean;
  /**
   * The marks stand in the clause a verb of saying reports: a cue verb earlier in the sentence with a comma
   * or a subordinator ("dass") between it and the marks ("Roe sagte, der Plan sei ein „…“"), or an inverted
   * cue right after the comma that closes the clause holding them ("… einen „…“ gegeben, sagte Roe").
   */
  reportedClause: boolean;
}

const SENTENCE_INSIDE = /[.!?\u2026\u3002\uff01\uff1f](?:\s|$)/u;
const WORDS = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'\u2019-]*/gu;
/** Built once: the bundler turns a pattern with \p{…} outside a class into `new RegExp(…)` where it stands. */
const UPPER_AFTER_MARKS = /^[^\p{L}\p{N}]*\p{Lu}/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
/** Initials with a possessive ending: "ABC's", "CNN’s". */
const ACRONYM_POSSESSIVE = /^\p{Lu}{2,}['\u2019]s$/u;
/** The full stop or comma American style prints inside the closing mark, whatever the span is. */
const FINAL_PUNCTUATION = /[.,]$/u;
const INTRO = new Set([',', ':', '\u2014', '\u2013', '(', '-', ';']);

/** Reads the features of the quotation at token `q`, whose words are `content` (marks stripped). */
export function quoteFeatures(
  tokens: readonly Token[],
  q: number,
  sentenceStart: number,
  content: string,
  lexicon: Lexicon,
  context: { inHeadline: boolean; pattern: AttributionPattern; adjacent: boolean; sentenceEnd: number; subjunctives: readonly number[] },
): QuoteFeatures {
  const words = content.match(WORDS) ?? [];
  // One pass over the words, each lower-cased once: content words (not stop words), how many of them
  // are capitalised, and whether one is a first- or second-person word.
  let contentWords = 0;
  let capitalised = 0;
  let personInside = false;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (!personInside && lexicon.speechPronouns.has(lower)) personInside = true;
    if (lexicon.stopwords.has(lower)) continue;
    contentWords += 1;
    if (CAPITALISED.test(word)) capitalised += 1;
  }
  const before = tokens[q - 1];
  const sentence = sentenceFeatures(tokens, q, sentenceStart, context.sentenceEnd, lexicon);
  const reach = Math.max(sentenceStart, q - SENTENCE_WINDOW);
  // Japanese quotations always sit inside the sentence ("…は「…」と述べた"): no sign of a fragment.
  const attachment = q === sentenceStart || before === undefined || before.type === 'quote' || lexicon.caseless
    ? 'start'
    : before.type === 'punct' && INTRO.has(before.text) ? 'intro' : 'embedded';
  const trimmed = content.trim();
  return {
    words: words.length,
    titleCaseShare: contentWords === 0 ? 0 : capitalised / contentWords,
    contentWords,
    sentenceInside: SENTENCE_INSIDE.test(trimmed),
    innerSentence: SENTENCE_INSIDE.test(trimmed.replace(FINAL_PUNCTUATION, '')),
    endsWithComma: /[,;:]$/u.test(trimmed),
    startsUpper: /^[\p{Lu}\p{N}]/u.test(trimmed) || UPPER_AFTER_MARKS.test(trimmed),
    titleTrigger: phraseBefore(tokens, q, lexicon.titleTriggers, 2),
    authored: authorAfter(tokens, q, lexicon, attachment !== 'embedded'),
    categoryNoun: wordNear(tokens, q - 1, -1, 2, lexicon.categoryNouns) || wordNear(tokens, q + 1, 1, 1, lexicon.categoryNouns),
    categoryApposed: tokens[q - 1]?.text === ',' && wordNear(tokens, q - 2, -1, 1, lexicon.categoryNouns),
    acronymOwner: before !== undefined && before.type === 'word' && ACRONYM_POSSESSIVE.test(before.text),
    scareTrigger: phraseBefore(tokens, q, lexicon.scareTriggers, 3),
    mentionTrigger: phraseBefore(tokens, q, lexicon.mentionTriggers, 3),
    hypothetical: phraseBefore(tokens, q, lexicon.hypothetical, 4)
      || (phraseBefore(tokens, q, lexicon.thoughtVerbs, 4) && context.pattern !== 'after' && !reportingVerbBefore(tokens, sentenceStart, q, lexicon)),
    motto: wordNear(tokens, q + 1, 1, 4, lexicon.mottoWords),
    attachment,
    afterCueWord: before !== undefined && before.type === 'word' && lexicon.cueVerbs.has(before.lower),
    afterColon: before !== undefined && before.type === 'punct' && before.text === ':',
    inHeadline: context.inHeadline,
    pattern: context.pattern,
    adjacent: context.adjacent,
    cueInSentence: sentence.cueInSentence,
    siblings: sentence.siblings,
    reportedSpeech: context.subjunctives.some((k) => k >= reach && k < q + SENTENCE_WINDOW),
    determinerBefore: before !== undefined && before.type === 'word' && lexicon.determiners.has(before.lower),
    personInside,
    predicative: predicativeBefore(tokens, q, lexicon),
    namedBy: namingVerbGoverns(tokens, q, sentenceStart, context.sentenceEnd, lexicon),
    reportedClause: reportedClauseHolds(tokens, q, sentenceStart, context.sentenceEnd, lexicon),
  };
}

/** How many words a sentence may hold and still be read whole for its cue: keeps a run-on "sentence" linear. */
const SENTENCE_WINDOW = 40;

function sentenceFeatures(
  tokens: readonly Token[], q: number, from: number, to: number, lexicon: Lexicon,
): { cueInSentence: boolean; siblings: number } {
  let cueInSentence = false;
  let siblings = 0;
  for (let k = Math.max(from, q - SENTENCE_WINDOW); k < Math.min(to, q + SENTENCE_WINDOW); k += 1) {
    const token = tokens[k] as Token;
    if (k === q) continue;
    if (token.type === 'quote') siblings += 1;
    else if (token.type === 'word' && lexicon.cueVerbs.has(token.lower)) cueInSentence = true;
  }
  return { cueInSentence, siblings };
}

/**
 * The tokens of the sentence [from, to) that are Konjunktiv forms (lexicon.subjunctives): read once a
 * sentence, for the reportedSpeech feature (near the marks) and the rules of reported speech (speaker-rules.ts).
 */
export function subjunctivesIn(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): number[] {
  const found: number[] = [];
  if (lexicon.subjunctives.size === 0) return found;
  for (let k = from; k < Math.min(to, tokens.length); k += 1) {
    const token = tokens[k] as Token;
    if (token.type === 'word' && lexicon.subjunctives.has(token.lower)) found.push(k);
  }
  return found;
}

/** A cue verb at `k`; where every noun is capitalised, a capitalised word is the noun it spells ("Fragen"), no verb. */
const cueWordAt = (token: Token | undefined, lexicon: Lexicon): boolean =>
  token !== undefined && token.type === 'word' && lexicon.cueVerbs.has(token.lower) && !(lexicon.capitalizesNouns && token.cap);

/** quoteFeatures' reportedClause, within the sentence [from, to). */
function reportedClauseHolds(tokens: readonly Token[], q: number, from: number, to: number, lexicon: Lexicon): boolean {
  let boundary = false;
  for (let k = q - 1; k >= Math.max(from, q - SENTENCE_WINDOW); k -= 1) {
    const token = tokens[k] as Token;
    if (boundary && cueWordAt(token, lexicon)) return true;
    if (token.text === ',' || (token.type === 'word' && lexicon.complementizers.has(token.lower))) boundary = true;
  }
  for (let k = q + 1; k < Math.min(to, q + SENTENCE_WINDOW); k += 1) {
    if ((tokens[k] as Token).text !== ',') continue;
    return k > q + 1 && cueWordAt(tokens[k + 1], lexicon);
  }
  return false;
}

/** A reporting verb (a cue, or a verb that tells an audience: "telling reporters") between `from` and token `q`. */
function reportingVerbBefore(tokens: readonly Token[], from: number, q: number, lexicon: Lexicon): boolean {
  for (let k = from; k < q; k += 1) {
    const token = tokens[k] as Token;
    if (token.type === 'word' && (lexicon.cueVerbs.has(token.lower) || lexicon.audienceVerbs.has(token.lower))) return true;
  }
  return false;
}

/** "als „…“", "als einen „…“": a word of `predicatives` right before the marks, or before an article there. */
function predicativeBefore(tokens: readonly Token[], q: number, lexicon: Lexicon): boolean {
  if (lexicon.predicatives.size === 0) return false;
  let at = q - 1;
  if (tokens[at]?.type === 'word' && lexicon.determiners.has((tokens[at] as Token).lower)) at -= 1;
  const token = tokens[at];
  return token !== undefined && token.type === 'word' && lexicon.predicatives.has(token.lower);
}

/** Words between a naming verb or its preposition and the marks it governs ("sprach von der großen „…“"). */
const NAMING_REACH = 4;
const CLAUSE_END = /^[.!?;:,\u2014\u2013()]$/u;

/**
 * "nannte den Entwurf einen „…“" (a verb of `namingVerbs` before the marks in their clause), "sprach von
 * einer „…“", "von „…“ gesprochen" (a preposition of `speakingOf` just before the marks, its verb anywhere
 * in the clause): the quoted words are what someone called the thing.
 */
function namingVerbGoverns(tokens: readonly Token[], q: number, from: number, to: number, lexicon: Lexicon): boolean {
  if (lexicon.namingVerbs.size === 0 && lexicon.speakingOf.size === 0) return false;
  let clauseStart = q;
  while (clauseStart > from && !isClauseEnd(tokens[clauseStart - 1] as Token)) clauseStart -= 1;
  let clauseEnd = q + 1;
  while (clauseEnd < to && !isClauseEnd(tokens[clauseEnd] as Token)) clauseEnd += 1;
  for (let k = q - 1; k >= clauseStart; k -= 1) {
    const token = tokens[k] as Token;
    if (token.type === 'word' && lexicon.namingVerbs.has(token.lower)) return true;
  }
  for (let k = q - 1; k >= Math.max(clauseStart, q - NAMING_REACH); k -= 1) {
    const preposition = tokens[k] as Token;
    if (preposition.type !== 'word') continue;
    for (let v = clauseStart; v < clauseEnd; v += 1) {
      const verb = tokens[v] as Token;
      if (v !== k && verb.type === 'word' && lexicon.speakingOf.get(verb.lower)?.has(preposition.lower) === true) return true;
    }
  }
  return false;
}

const isClauseEnd = (token: Token): boolean => token.type === 'punct' && CLAUSE_END.test(token.text);

/** Whether one of `phrases` ends within `window` words before token `q` (not across a sentence end). */
function phraseBefore(tokens: readonly Token[], q: number, phrases: readonly string[][], window: number): boolean {
  for (let end = q - 1; end >= Math.max(0, q - window); end -= 1) {
    const token = tokens[end] as Token;
    if (token.type === 'quote' || (token.type === 'punct' && /[.!?]/u.test(token.text))) return false;
    for (const phrase of phrases) if (matchesAt(tokens, end - phrase.length + 1, phrase)) return true;
  }
  return false;
}

/**
 * “…,” by Jane Roe: / „…“ von Max Frisch / “…” http://…: the span names a work, with its author or its
 * link. Inside a sentence "by" is mostly a passive's agent ("“arbitrarily detained” by Britain"): there
 * only a link counts.
 */
function authorAfter(tokens: readonly Token[], q: number, lexicon: Lexicon, opensClause: boolean): boolean {
  let at = q + 1;
  while (tokens[at]?.type === 'punct' && /^[,:\u2014\u2013-]$/u.test((tokens[at] as Token).text)) at += 1;
  const next = tokens[at];
  if (next === undefined || next.type !== 'word') return false;
  if (next.lower === 'http' || next.lower === 'https') return true;
  if (!opensClause || !lexicon.authorWords.has(next.lower)) return false;
  // "by the Gazette's Jane Roe": an article may stand before the name.
  const name = tokens[at + 1]?.type === 'word' && lexicon.determiners.has((tokens[at + 1] as Token).lower) ? tokens[at + 2] : tokens[at + 1];
  return name !== undefined && name.type === 'word' && name.cap;
}

function wordNear(tokens: readonly Token[], from: number, step: 1 | -1, window: number, set: ReadonlySet<string>): boolean {
  for (let k = 0, at = from; k < window; k += 1, at += step) {
    const token = tokens[at];
    if (token === undefined || token.type !== 'word') return false;
    if (set.has(token.lower)) return true;
    // Scripts without spaces glue the noun to what precedes it ("新作映画「…」").
    if (step < 0 && !/[a-z\u00c0-\u024f\u0400-\u04ff]/u.test(token.lower)) for (const noun of set) if (token.lower.endsWith(noun)) return true;
  }
  return false;
}

/** The kind, from the features, in the order the spec's cases are told apart. */
export function classifyQuote(f: QuoteFeatures, lexicon: Lexicon): QuoteKind {
  if (f.hypothetical) return 'other';
  if (f.scareTrigger || f.motto) return 'scare';
  if (f.authored && f.words <= 30) return 'title';
  const nameLike = !f.sentenceInside && !f.endsWithComma && f.words <= 12 && f.contentWords > 0;
  // Titles in many languages capitalise only their first word ("La sociedad de la nieve"); where every
  // noun is capitalised, half the words in capitals says nothing, and a title still opens with one.
  const titleCased = lexicon.caseless || f.startsUpper || (!lexicon.capitalizesNouns && f.titleCaseShare >= 0.5);
  if (nameLike && (f.titleTrigger || f.categoryNoun) && titleCased) return 'title';
  // "his book “The Price of Steel.”", "her memoir, “A Daughter of Erie.”", "on ABC's “This Week,”": where titles are written in
  // Title Case, a full stop or comma inside the marks is the sentence's, not the title's.
  const titleShaped = !lexicon.capitalizesNouns && !lexicon.caseless && f.titleCaseShare >= 0.5 && !f.innerSentence
    && f.words <= 12 && f.contentWords > 0;
  if (titleShaped && (f.categoryNoun || f.categoryApposed || f.acronymOwner)) return 'title';
  if (nameLike && !lexicon.capitalizesNouns && f.titleCaseShare === 1 && f.contentWords >= 2 && f.attachment === 'embedded'
    && !f.afterCueWord && f.pattern !== 'after') {
    return 'title';
  }
  switch (f.pattern) {
    case 'after':
    case 'before':
    case 'according':
    case 'sentence':
    case 'subject':
    case 'inherit':
    case 'reported':
    case 'channel':
      if (f.attachment === 'embedded' && !(f.afterCueWord && f.startsUpper)) return 'partial';
      if (f.pattern === 'sentence' && !f.startsUpper && !f.sentenceInside) return 'partial';
      return 'speech';
    case 'group':
    case 'floating':
    case 'paragraph':
    case 'headline':
    case 'block':
      return 'speech';
    case 'none':
      break;
  }
  if (f.inHeadline) return f.startsUpper && f.words >= 2 ? 'speech' : f.words <= 3 ? 'scare' : 'partial';
  if (f.attachment !== 'embedded' && (f.words >= 4 || f.sentenceInside)) return 'speech';
  if (f.words <= 3) return 'scare';
  return 'other';
}
