/**
 * The quote engine: finds every quotation in the article's blocks, tells its kind and names its
 * speaker. Pure: blocks and context in, data out; linear in the article's length.
 */
import type { QuoteKind } from '../article.js';
import { BLOCK_SEPARATOR, type TextBlock } from '../text-blocks.js';
import {
  attributionAfter, attributionBefore, channelAfter, colonSubject, continuesAfter, sentenceSubject, subjectBefore, type Attribution, type AttributionPattern,
} from './attribute-speaker.js';
import { classifyQuote, quoteFeatures, type QuoteFeatures } from './classify-quote.js';
import { modelKind } from './quote-model.js';
import { collectSpans, type ChildSpan, type RawQuote } from './collect-spans.js';
import { findTwin } from './headline-quote.js';
import { japaneseAttribution } from './japanese-attribution.js';
import { guessLanguage, isRole, lexiconFor, primaryLanguage, type Lexicon, type LexiconSet } from './lexicon.js';
import { LEXICONS } from './lexicons.js';
import type { SpeakerPhrase } from './noun-phrase.js';
import { guessMarkLocale, pairTable } from './pair-table.js';
import { cleanName, NameRegistry } from './resolve-names.js';
import { append, scanMarks } from './scan-marks.js';
import { sentenceOf, sentences, tokenize, type QuoteRange, type Token } from './tokens.js';

/** A quotation found in the article's blocks. */
export interface FoundQuote {
  /** Offsets in the article text (see text-blocks.ts), marks included; -1 for the headline. */
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  /** Parts of one quotation interrupted by its attribution share a group. */
  group: number;
  /** Quotations nested inside this one (depth 1, 2…): kept, not highlighted on their own. */
  children: ChildSpan[];
  /** How the speaker was found; 'none' when it was not. */
  pattern: AttributionPattern;
  /**
   * 'low' for a speaker carried over from an earlier paragraph, only a channel, or the sentence's
   * subject with no cue verb; null without speaker.
   */
  confidence: 'high' | 'low' | null;
  /** The speaker's title or role as written ("Kremlin foreign policy aide"), when given. */
  role: string | null;
  /** What the kind was decided from, for training and inspecting the model (scripts/train-quote-model.mjs). */
  evidence: { features: QuoteFeatures; ruleKind: QuoteKind } | null;
}

export interface QuoteContext {
  title: string | null;
  lang: string | null;
  /** Lexicons beyond the bundled ones (the extension loads the article's language on demand). */
  lexicons?: LexiconSet | undefined;
}

interface BlockTokens {
  tokens: Token[];
  ranges: Array<[number, number]>;
  /** Token index of each quotation that starts (or ends) in this block. */
  tokenOf: Map<RawQuote, number>;
}

interface State {
  registry: NameRegistry;
  lexicon: Lexicon;
  /** The last person named as a speaker (of a quotation or a cue verb), and when (a sentence count). */
  lastPerson: string | null;
  lastPersonAt: number;
  /** The first person named in the last sentence without a cue: "the subject of the previous sentence". */
  lastSubject: string | null;
  lastSubjectAt: number;
  sentences: number;
  group: number;
}

const HIGHLIGHTED = new Set<QuoteKind>(['speech', 'partial']);
const SAMPLE = 4000;

export function findQuotes(blocks: readonly TextBlock[], context: QuoteContext): FoundQuote[] {
  const sample = blocks.map((block) => block.text).join(' ').slice(0, SAMPLE);
  const declared = primaryLanguage(context.lang);
  const lexicons = context.lexicons ? { ...LEXICONS, ...context.lexicons } : LEXICONS;
  const lang = declared ?? guessLanguage(sample, lexicons);
  const lexicon = lexiconFor(lang, lexicons);
  const table = pairTable(declared ?? guessMarkLocale(sample) ?? lang);
  const perBlock = collectSpans(blocks, table, lexicon.elisions);
  const articleText = blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  const tokenized = tokenizeBlocks(blocks, perBlock, lexicon);
  const registry = new NameRegistry();
  registerNames(blocks, tokenized, registry, lexicon);

  const titleKey = normalTitle(context.title);
  const headlineBlock = titleKey === '' ? -1 : blocks.findIndex((block) => normalTitle(block.text) === titleKey);
  const state: State = { registry, lexicon, lastPerson: null, lastPersonAt: -1, lastSubject: null, lastSubjectAt: -1, sentences: 0, group: 0 };
  const found: FoundQuote[] = [];
  const headline: FoundQuote[] = [];
  let previousBlockSpeaker: string | null = null;

  blocks.forEach((block, index) => {
    const own = perBlock[index] as RawQuote[];
    const data = tokenized[index] as BlockTokens;
    if (own.length === 0) {
      const cueSpeaker = updateFromSentences(data, block, state);
      if (data.tokens.length > 0 && !covered(data)) previousBlockSpeaker = cueSpeaker;
      return;
    }
    const isHeadline = index === headlineBlock;
    const results = attributeBlock(block, own, data, tokenized, blocks, articleText, state, isHeadline, previousBlockSpeaker);
    append(isHeadline ? headline : found, results);
    const last = results.filter((quote) => quote.speaker !== null).pop();
    if (!isHeadline) previousBlockSpeaker = last?.speaker ?? null;
  });

  if (headlineBlock < 0 && context.title !== null) append(headline, titleQuotes(context.title, table, lexicon, state));
  resolveHeadline(headline, found);
  return headlineBlock < 0 ? [...headline, ...found] : [...found, ...headline].sort((a, b) => a.start - b.start);
}

const normalTitle = (text: string | null): string => (text ?? '').toLowerCase().replace(/\s+/gu, ' ').trim();

/** Whether a block is one quotation running on from an earlier paragraph. */
const covered = (data: BlockTokens): boolean => data.tokens.length === 1 && (data.tokens[0] as Token).type === 'quote';

function tokenizeBlocks(blocks: readonly TextBlock[], perBlock: readonly RawQuote[][], lexicon: Lexicon): BlockTokens[] {
  const ranges: Array<Array<{ range: QuoteRange; quote: RawQuote }>> = blocks.map(() => []);
  perBlock.forEach((quotes) => {
    for (const quote of quotes) {
      for (let b = quote.startBlock; b <= quote.endBlock; b += 1) {
        const block = blocks[b] as TextBlock;
        const start = b === quote.startBlock ? quote.localStart : 0;
        const end = b === quote.endBlock ? quote.localEnd : block.text.length;
        (ranges[b] as Array<{ range: QuoteRange; quote: RawQuote }>).push({ range: { start, end }, quote });
      }
    }
  });
  return blocks.map((block, index) => {
    const list = (ranges[index] as Array<{ range: QuoteRange; quote: RawQuote }>).sort((a, b) => a.range.start - b.range.start);
    const tokens = tokenize(block.text, list.map((entry) => entry.range), lexicon.abbreviations);
    unlistNameParts(tokens, lexicon);
    const tokenOf = new Map<RawQuote, number>();
    tokens.forEach((token, at) => {
      if (token.type === 'quote') tokenOf.set((list[token.quote] as { quote: RawQuote }).quote, at);
    });
    return { tokens, ranges: [], tokenOf };
  });
}

/**
 * A capitalised word right after another is part of a name, not a lexicon word: "States" in "the
 * United States" is no reporting verb, "Will" in "George Will" no auxiliary. Its `lower` keeps its
 * capitals, so no lower-case word list matches it.
 */
function unlistNameParts(tokens: Token[], lexicon: Lexicon): void {
  if (lexicon.caseless || lexicon.capitalizesNouns) return;
  for (let k = 1; k < tokens.length; k += 1) {
    const token = tokens[k] as Token;
    const before = tokens[k - 1] as Token;
    if (token.type === 'word' && token.cap && before.type === 'word' && before.cap && !/\.$/u.test(before.text)
      && (lexicon.cueVerbs.has(token.lower) || lexicon.auxiliaries.has(token.lower))) {
      token.lower = token.text;
      token.full = token.text;
    }
  }
}

/** Every full name written outside quotations, by position, so a surname can be completed. */
function registerNames(blocks: readonly TextBlock[], tokenized: BlockTokens[], registry: NameRegistry, lexicon: Lexicon): void {
  blocks.forEach((block, index) => {
    const data = tokenized[index] as BlockTokens;
    data.ranges = sentences(data.tokens, block.text, lexicon);
    const tokens = data.tokens;
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i] as Token;
      if (token.type !== 'word' || !token.cap) {
        i += 1;
        continue;
      }
      let end = i + 1;
      while (end < tokens.length) {
        const next = tokens[end] as Token;
        if (next.type === 'word' && next.cap) end += 1;
        else if (next.type === 'word' && lexicon.connectors.has(next.lower) && tokens[end + 1]?.cap === true) end += 1;
        else break;
      }
      // "il sindaco di Milano Giuseppe Sala": after a role and "di", the first word is the place.
      const link = tokens[i - 1];
      const from = end - i >= 3 && link !== undefined && lexicon.connectors.has(link.lower) && isHeadWord(tokens[i - 2], lexicon) ? i + 1 : i;
      // A single capitalised word never makes a full name: most runs end here without being cleaned.
      const name = end - from >= 2 ? cleanName(tokens.slice(from, end), lexicon) : null;
      if (name !== null && !name.organisation && name.name.includes(' ')) {
        const position = block.start + token.start;
        registry.add(name.name, position);
        for (const role of [...rolesBefore(tokens, i, lexicon), ...rolesAfter(tokens, end, lexicon)]) registry.addRole(role, name.name, position);
        for (const role of (name.role ?? '').toLowerCase().split(' ')) if (isRole(role, lexicon)) registry.addRole(role, name.name, position);
      }
      i = end;
    }
  });
}

const isHeadWord = (token: Token | undefined, lexicon: Lexicon): boolean =>
  token !== undefined && token.type === 'word' && !token.cap && (lexicon.speakerNouns.has(token.lower) || isRole(token.lower, lexicon));

/** Role words in an appositive right after a name ("Yahya Roe, portavoz del grupo", "Jan Roe, le ministre"). */
function rolesAfter(tokens: readonly Token[], end: number, lexicon: Lexicon): string[] {
  const roles: string[] = [];
  if ((tokens[end] as Token | undefined)?.text !== ',') return roles;
  for (let k = end + 1; k < Math.min(tokens.length, end + 5); k += 1) {
    const token = tokens[k] as Token;
    if (token.type !== 'word' || token.cap) break;
    if (isHeadWord(token, lexicon)) roles.push(token.lower);
    else if (!lexicon.determiners.has(token.lower) && roles.length > 0) break;
  }
  return roles;
}

/** Lower-case role words just before a name ("the finance minister", "il sindaco di Milano"). */
function rolesBefore(tokens: readonly Token[], at: number, lexicon: Lexicon): string[] {
  const roles: string[] = [];
  // "le ministre fédéral de la Santé, Jan Roe": a description set off by a comma may be longer and
  // hold an adjective or two; it ends at its determiner.
  const apposed = (tokens[at - 1] as Token | undefined)?.text === ',';
  let others = apposed ? 3 : 0;
  for (let k = apposed ? at - 2 : at - 1; k >= Math.max(0, at - (apposed ? 10 : 4)); k -= 1) {
    const token = tokens[k] as Token;
    if (token.type !== 'word') break;
    if (isHeadWord(token, lexicon)) roles.push(token.lower);
    else if (apposed && roles.length > 0 && lexicon.determiners.has(token.lower)) break;
    else if (!token.cap && !lexicon.connectors.has(token.lower) && (others -= 1) < 0) break;
  }
  return roles;
}

const DEFINITE = new Set(['the', 'der', 'die', 'das', 'le', 'la', 'l', 'el', 'il', 'lo', 'o', 'a', 'de', 'het']);

/**
 * Sentences without quotations still say who spoke last ("Ushakov said the topic did not come up"),
 * or who the sentence is about ("Marta Vieira scored twice"). Returns the last person named with a cue.
 */
function updateFromSentences(data: BlockTokens, block: TextBlock, state: State): string | null {
  let cueSpeaker: string | null = null;
  for (const [from, to] of data.ranges) {
    state.sentences += 1;
    let found = false;
    for (let c = from; c < to; c += 1) {
      const token = data.tokens[c] as Token;
      if (token.type !== 'word' || !state.lexicon.cueVerbs.has(token.lower)) continue;
      const subject = subjectBefore(data.tokens, c, from, state.lexicon);
      if (subject !== null && subject.kind === 'name') {
        state.lastPerson = state.registry.resolve(subject.text, block.start + token.start);
        state.lastPersonAt = state.sentences;
        cueSpeaker = state.lastPerson;
        found = true;
      }
      break;
    }
    if (!found) {
      const subject = firstPerson(data.tokens, from, to, state, block.start);
      if (subject !== null) {
        state.lastSubject = subject;
        state.lastSubjectAt = state.sentences;
      }
    }
  }
  return cueSpeaker;
}

/** The first person named in tokens [from, to): a full name, or a surname the article has completed. */
function firstPerson(tokens: readonly Token[], from: number, to: number, state: State, offset: number): string | null {
  let i = from;
  while (i < to) {
    const token = tokens[i] as Token;
    if (token.type !== 'word' || !token.cap) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < to && (tokens[end] as Token).type === 'word' && (tokens[end] as Token).cap) end += 1;
    const name = cleanName(tokens.slice(i, end), state.lexicon);
    if (name !== null && !name.organisation) {
      const full = state.registry.resolve(name.name, offset + token.start);
      if (full.includes(' ')) return full;
    }
    i = end;
  }
  return null;
}

/** He, she, a left-out subject: the most recent speaker, or the subject of a later sentence. */
function resolvePronoun(state: State): string | null {
  if (state.lastSubject !== null && state.lastSubjectAt > state.lastPersonAt) return state.lastSubject;
  return state.lastPerson;
}

function resolvePhrase(phrase: SpeakerPhrase | null, state: State, position: number): string | null {
  if (phrase === null) return null;
  switch (phrase.kind) {
    case 'pronoun':
    case 'elided':
      return resolvePronoun(state);
    case 'group-pronoun':
    case 'self':
      return null;
    case 'name':
      return state.registry.resolve(phrase.text, position);
    case 'described':
      return resolveDescribed(phrase.text, state, position) ?? phrase.text;
    default:
      return phrase.text;
  }
}

/**
 * "the commissioner said" after "European Trade Commissioner Maroš Šefčovič", « le ministre de la
 * Défense » after "Andreï Belooussov, le ministre de la Défense": the person the article introduced with
 * that role. The head is the last role word before the complement ("el portavoz de la Asociación").
 */
function resolveDescribed(text: string, state: State, position: number): string | null {
  const words = text.toLowerCase().split(' ');
  if (!DEFINITE.has(words[0] as string)) return null;
  let end = 1;
  while (end < words.length && !state.lexicon.connectors.has(words[end] as string)) end += 1;
  for (let k = end - 1; k >= 1; k -= 1) {
    const word = words[k] as string;
    if (!isRole(word, state.lexicon) && !state.lexicon.speakerNouns.has(word)) continue;
    const person = state.registry.resolveRole(word, position);
    if (person !== null) return person;
  }
  return null;
}

function attributeBlock(
  block: TextBlock,
  own: readonly RawQuote[],
  data: BlockTokens,
  tokenized: readonly BlockTokens[],
  blocks: readonly TextBlock[],
  articleText: string,
  state: State,
  isHeadline: boolean,
  previousBlockSpeaker: string | null,
): FoundQuote[] {
  const { tokens, ranges } = data;
  const results: FoundQuote[] = [];
  const lexicon = state.lexicon;
  let previous: { quote: FoundQuote; token: number; sentence: number; after: Attribution } | null = null;
  let lastSentenceUpdated = -1;
  for (const raw of own) {
    const q = data.tokenOf.get(raw);
    if (q === undefined) continue;
    const sentence = sentenceOf(ranges, q);
    const [sentenceStart] = ranges[sentence] as [number, number];
    // Cue sentences before this one in the block still update the last speaker.
    if (sentence > lastSentenceUpdated + 1) {
      updateFromSentences({ ...data, ranges: ranges.slice(lastSentenceUpdated + 1, sentence) }, block, state);
    }
    if (sentence > lastSentenceUpdated) state.sentences += 1;
    lastSentenceUpdated = sentence;
    const endData = tokenized[raw.endBlock] as BlockTokens;
    const endQ = endData.tokenOf.get(raw) ?? q;
    const start = block.start + raw.localStart;
    const end = (blocks[raw.endBlock] as TextBlock).start + raw.localEnd;
    const content = articleText.slice(start + raw.open.length, end - raw.close.length);
    const floor = previous !== null && previous.sentence === sentence ? previous.token + 1 : sentenceStart;

    let attribution: Attribution;
    let grouped = false;
    if (raw.isBlock) {
      attribution = { phrase: null, pattern: raw.blockSource ? 'block' : 'none', adjacent: false, end: -1 };
    } else if (previous !== null && previous.sentence === sentence && previous.after.pattern === 'after'
      && continuesAfter(tokens, previous.after.end, q)) {
      attribution = { ...previous.after, pattern: 'group' };
      grouped = true;
    } else if (lexicon.caseless) {
      const floorOffset = previous !== null ? Math.max(0, previous.quote.end - block.start) : 0;
      attribution = japaneseAttribution(block.text, raw.localStart, raw.localEnd, floorOffset, lexicon);
    } else {
      attribution = choose(
        attributionAfter(endData.tokens, endQ, lexicon),
        attributionBefore(tokens, q, floor, lexicon),
        content,
      );
    }
    // "Kowalczyk said <q>…</q>, and promised <q>…</q>": a left-out subject is the sentence's speaker so far.
    const sameSentenceSpeaker = previous !== null && previous.sentence === sentence ? previous.quote.speaker : null;
    let speaker = raw.isBlock && raw.blockSource ? resolveBlockSource(raw.blockSource, state, start) : grouped && previous
      ? previous.quote.speaker
      : attribution.phrase?.kind === 'elided' && sameSentenceSpeaker !== null
        ? sameSentenceSpeaker
        : resolvePhrase(attribution.phrase, state, start);
    let pattern = attribution.pattern;
    let confidence: 'high' | 'low' | null = speaker === null ? null : 'high';

    const startsSentence = q === sentenceStart || (tokens[q - 1]?.type === 'punct' && q - 1 === sentenceStart);
    // A cue right after the quotation names someone else, so no fallback below may guess a speaker.
    const cueAfter = cueFollows(endData.tokens, endQ, lexicon);
    // A9 floating quote: only when nothing after it names another speaker ("…,” one engineer said).
    if (speaker === null && pattern === 'none' && previous !== null && previous.quote.speaker !== null && startsSentence
      && !cueAfter) {
      speaker = previous.quote.speaker; // A9: a floating quote in the same paragraph
      pattern = 'floating';
      confidence = 'high';
    }
    // S9: a later quotation in a sentence whose earlier one was attributed, with no cue of its own.
    if (speaker === null && pattern === 'none' && sameSentenceSpeaker !== null && !cueAfter) {
      speaker = sameSentenceSpeaker;
      pattern = 'inherit';
      confidence = 'high';
    }
    if (speaker === null && pattern === 'none' && !startsSentence && !cueAfter) {
      const known = (phrase: SpeakerPhrase): boolean => knownSpeaker(phrase, state, start);
      const subject = sentenceSubject(tokens, sentenceStart, q, lexicon, known) ?? colonSubject(tokens, floor, q, lexicon, known);
      if (subject !== null) {
        speaker = resolvePhrase(subject, state, start);
        pattern = 'subject';
        confidence = speaker === null ? null : 'low';
        attribution = { ...attribution, phrase: subject };
      }
    }
    if (speaker === null && pattern === 'none' && own.length === 1 && onlyQuote(tokens, q) && previousBlockSpeaker !== null) {
      speaker = previousBlockSpeaker; // A9: a paragraph that is only a quotation continues the last speaker
      pattern = 'paragraph';
      confidence = 'low';
    }
    if (speaker === null && (pattern === 'none' || pattern === 'channel')) {
      const endSentence = endData.ranges[sentenceOf(endData.ranges, endQ)] ?? [0, endData.tokens.length];
      const channel = pattern === 'channel' ? attribution.phrase : channelAfter(endData.tokens, endQ, endSentence[1], lexicon);
      if (channel !== null) {
        speaker = resolvePhrase(channel, state, start);
        pattern = 'channel';
        confidence = speaker === null ? null : 'low';
      }
    }

    const features = quoteFeatures(tokens, q, sentenceStart, content, lexicon, {
      inHeadline: isHeadline, pattern, adjacent: attribution.adjacent, sentenceEnd: (ranges[sentence] as [number, number])[1],
    });
    const ruleKind = classifyQuote(features, lexicon);
    let kind = grouped && previous ? previous.quote.kind : decideKind(features, ruleKind, lexicon);
    if (raw.isBlock) kind = 'speech';
    if (!HIGHLIGHTED.has(kind)) {
      speaker = null;
      confidence = null;
      pattern = 'none';
    }
    const group = grouped && previous ? previous.quote.group : (state.group += 1);
    const quote: FoundQuote = {
      start, end, text: content.trim(), kind, speaker, group, children: raw.children, pattern, confidence,
      role: speaker !== null ? attribution.phrase?.role ?? null : null,
      evidence: { features, ruleKind },
    };
    results.push(quote);
    if (!isHeadline && speaker !== null && pattern !== 'channel' && attribution.phrase?.kind !== 'organisation'
      && attribution.phrase?.kind !== 'described') {
      state.lastPerson = speaker;
      state.lastPersonAt = state.sentences;
    }
    previous = { quote, token: q, sentence, after: attribution };
  }
  if (lastSentenceUpdated + 1 < ranges.length) {
    updateFromSentences({ ...data, ranges: ranges.slice(lastSentenceUpdated + 1) }, block, state);
  }
  return results;
}

/**
 * Which attribution wins when both sides have one: after a comma-ended quotation the cue follows
 * (“…,” he said); a cue right before the marks (X said: “…”) wins over a name in the next sentence.
 */
function choose(after: Attribution, before: Attribution, content: string): Attribution {
  const endsWithComma = /[,\u2014\u2013-]\s*$/u.test(content);
  // A full stop inside the marks closes the sentence: a cue in it governs the quotation, not the
  // subject of the next sentence (…called it “arbitrary.” Jane Roe, an analyst, warned …).
  if (/\.\s*$/u.test(content) && before.pattern !== 'none') return before;
  if (after.pattern === 'after' && (endsWithComma || !(before.pattern === 'before' && before.adjacent))) return after;
  if (before.pattern !== 'none') return before;
  return after;
}

/**
 * A subject found without a cue verb must be someone: a one-word name at a clause start ("Surveying",
 * "Alabama", "Audiences") only when the article gave that surname in full, or an organisation.
 */
function knownSpeaker(phrase: SpeakerPhrase, state: State, position: number): boolean {
  // Where every noun is capitalised, "der Airbus" or "die Studie" opening a sentence is no speaker.
  const lexicon = state.lexicon;
  if (phrase.kind === 'organisation') return !lexicon.capitalizesNouns;
  // There, a run of capitalised words joined by "zu", "der", "von" is mostly nouns ("Meinung zu
  // Kirchhoff", "Pflichten der Union"), and a sentence may open with "Nachdem" or "Laut".
  const words = phrase.text.split(' ');
  if (lexicon.capitalizesNouns && words.some((word) => !/^\p{Lu}/u.test(word) || lexicon.stopwords.has(word.toLowerCase())
    || lexicon.prepositions.has(word.toLowerCase()))) return false;
  if (words.length > 1) return true;
  return state.registry.resolve(phrase.text, position).includes(' ');
}

/** A cue verb right after the quotation, whether or not its subject could be read. */
function cueFollows(tokens: readonly Token[], q: number, lexicon: Lexicon): boolean {
  for (let k = q + 1; k < Math.min(tokens.length, q + 7); k += 1) {
    const token = tokens[k] as Token;
    if (token.type === 'quote' || (token.type === 'punct' && /[.!?]/u.test(token.text))) return false;
    if (token.type === 'word' && lexicon.cueVerbs.has(token.lower)) return true;
  }
  return false;
}

/** The block holds nothing but the quotation (and punctuation). */
function onlyQuote(tokens: readonly Token[], q: number): boolean {
  return tokens.every((token, at) => at === q || token.type === 'punct');
}

function resolveBlockSource(source: string, state: State, position: number): string {
  const words = source.split(/\s+/u);
  return words.length === 1 ? state.registry.resolve(source, position) : source;
}

/** Quotations in the headline (when the body does not repeat it), as offsets -1. */
function titleQuotes(title: string, table: ReturnType<typeof pairTable>, lexicon: Lexicon, state: State): FoundQuote[] {
  const scan = scanMarks(title, table, { elisions: lexicon.elisions });
  const tokens = tokenize(title, scan.spans, lexicon.abbreviations);
  const ranges = sentences(tokens, title, lexicon);
  const results: FoundQuote[] = [];
  tokens.forEach((token, q) => {
    if (token.type !== 'quote') return;
    const span = scan.spans[token.quote];
    if (span === undefined) return;
    const [sentenceStart] = ranges[sentenceOf(ranges, q)] as [number, number];
    const content = title.slice(span.start + span.open.length, span.end - span.close.length);
    const attribution = choose(attributionAfter(tokens, q, lexicon), attributionBefore(tokens, q, sentenceStart, lexicon), content);
    const [, sentenceEnd] = ranges[sentenceOf(ranges, q)] as [number, number];
    const features = quoteFeatures(tokens, q, sentenceStart, content, lexicon, {
      inHeadline: true, pattern: attribution.pattern, adjacent: attribution.adjacent, sentenceEnd,
    });
    const ruleKind = classifyQuote(features, lexicon);
    const kind = decideKind(features, ruleKind, lexicon);
    const speaker = HIGHLIGHTED.has(kind) && attribution.phrase?.kind !== 'pronoun' ? resolvePhrase(attribution.phrase, state, -1) : null;
    results.push({
      start: -1, end: -1, text: content.trim(), kind, speaker, group: (state.group += 1),
      children: [], pattern: speaker === null ? 'none' : attribution.pattern, confidence: speaker === null ? null : 'high',
      role: speaker === null ? null : attribution.phrase?.role ?? null,
      evidence: { features, ruleKind },
    });
  });
  return results;
}

/** The rules' kind, or the language's trained model's where it has one (quote-model.ts). */
const decideKind = (features: QuoteFeatures, ruleKind: QuoteKind, lexicon: Lexicon): QuoteKind =>
  lexicon.quoteModel === null ? ruleKind : modelKind(lexicon.quoteModel, features, ruleKind);

/** A13: a headline quotation takes the speaker (and kind) of its twin in the body. */
function resolveHeadline(headline: FoundQuote[], body: readonly FoundQuote[]): void {
  const candidates = body.filter((quote) => HIGHLIGHTED.has(quote.kind));
  for (const quote of headline) {
    if (quote.kind === 'title' || quote.kind === 'scare' || quote.speaker !== null) continue;
    const twin = findTwin(quote.text, candidates.map((candidate) => candidate.text));
    const match = candidates[twin];
    if (match === undefined) continue;
    quote.kind = 'speech';
    quote.speaker = match.speaker;
    quote.pattern = 'headline';
    quote.confidence = match.speaker === null ? null : 'high';
  }
}
