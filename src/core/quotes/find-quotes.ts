/**
 * The quote engine: finds every quotation in the article's blocks, tells its kind and names its
 * speaker. Pure: blocks and context in, data out; linear in the article's length.
 */
import type { QuoteKind } from '../article.js';
import { BLOCK_SEPARATOR, type TextBlock } from '../text-blocks.js';
import { attributionAfter, attributionBefore, reportedClauseFollows, type Attribution, type AttributionPattern } from './attribute-speaker.js';
import { classifyQuote, quoteFeatures, subjunctivesIn, type QuoteFeatures } from './classify-quote.js';
import { modelKind } from './quote-model.js';
import { collectSpans, type ChildSpan, type RawQuote } from './collect-spans.js';
import { findTwin } from './headline-quote.js';
import { guessLanguage, isRole, lexiconFor, primaryLanguage, type Lexicon, type LexiconSet } from './lexicon.js';
import { LEXICONS } from './lexicons.js';
import { guessMarkLocale, pairTable } from './pair-table.js';
import { cleanName, isGivenName, NameRegistry, officeOfBody } from './resolve-names.js';
import { newMemory, readCue, readSentences, rememberQuoteSubject, rememberSource, rememberSpeaker, type SpeakerMemory } from './speaker-memory.js';
import { attributeQuote, choose, cueFollows, HEADLINE_RULES, type QuoteSite } from './speaker-rules.js';
import { append, isWhiteSpace, scanMarks } from './scan-marks.js';
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
  /** The blocks' text joined as the article text (blocksToText), when the caller has it: not joined again. */
  text?: string | undefined;
}

interface BlockTokens {
  tokens: Token[];
  ranges: Array<[number, number]>;
  /** Token index of each quotation that starts (or ends) in this block. */
  tokenOf: Map<RawQuote, number>;
}

/** The article being read: its blocks, their tokens, and what it has said so far about speakers. */
interface Reading {
  blocks: readonly TextBlock[];
  tokenized: readonly BlockTokens[];
  articleText: string;
  /** articleText in lower case, made when a crosshead is checked. */
  lowerText?: string;
  memory: SpeakerMemory;
  /** The last group id given (parts of one interrupted quotation share one). */
  group: number;
}

const HIGHLIGHTED = new Set<QuoteKind>(['speech', 'partial']);
const SAMPLE = 4000;

export function findQuotes(blocks: readonly TextBlock[], context: QuoteContext): FoundQuote[] {
  const declared = primaryLanguage(context.lang);
  // Only an article that does not declare its language is sampled to guess it.
  const sample = declared === null ? blocks.map((block) => block.text).join(' ').slice(0, SAMPLE) : '';
  const lexicons = context.lexicons ? { ...LEXICONS, ...context.lexicons } : LEXICONS;
  const lang = declared ?? guessLanguage(sample, lexicons);
  const lexicon = lexiconFor(lang, lexicons);
  const table = pairTable(declared ?? guessMarkLocale(sample) ?? lang);
  const perBlock = collectSpans(blocks, table, lexicon.elisions);
  // The rest reads the whole article to classify and attribute quotations: an article with none, in its
  // blocks or in its headline, has nothing for it to do (a third of the German development documents).
  const titleMarks = titleHasMarks(context.title, table, lexicon);
  if (perBlock.every((quotes) => quotes.length === 0) && !titleMarks) return [];
  const articleText = context.text ?? blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  const tokenized = tokenizeBlocks(blocks, perBlock, lexicon);
  unlistSurnames(tokenized, lexicon);
  const registry = new NameRegistry(lowerCaseWords(tokenized, lexicon));
  registerNames(blocks, tokenized, registry, lexicon);

  const titleKey = normalTitle(context.title);
  const titleVisible = visibleCount(titleKey, Infinity);
  const headlineBlock = titleKey === '' ? -1 : blocks.findIndex((block) => mayBeTitle(block.text, titleKey, titleVisible) && normalTitle(block.text) === titleKey);
  const reading: Reading = { blocks, tokenized, articleText, memory: newMemory(registry, lexicon), group: 0 };
  const found: FoundQuote[] = [];
  const headline: FoundQuote[] = [];
  let previousBlockSpeaker: string | null = null;
  // What the speaker memory learns from the blocks after the last quotation serves only the headline's
  // quotations, found after them when the headline is not one of the blocks: otherwise they are not read.
  const readTo = headlineBlock < 0 && titleMarks ? blocks.length - 1 : lastWith(perBlock);

  blocks.forEach((block, index) => {
    if (index > readTo) return;
    const own = perBlock[index] as RawQuote[];
    const data = tokenized[index] as BlockTokens;
    if (own.length === 0) {
      const cueSpeaker = readSentences(data, block.start, reading.memory);
      if (data.tokens.length > 0 && !covered(data)) previousBlockSpeaker = cueSpeaker;
      return;
    }
    const isHeadline = index === headlineBlock;
    const results = attributeBlock(reading, index, own, isHeadline, previousBlockSpeaker);
    append(isHeadline ? headline : found, results);
    const last = results.filter((quote) => quote.speaker !== null).pop();
    if (!isHeadline) previousBlockSpeaker = last?.speaker ?? null;
  });

  if (headlineBlock < 0 && context.title !== null) append(headline, titleQuotes(context.title, table, reading));
  resolveHeadline(headline, found);
  return headlineBlock < 0 ? [...headline, ...found] : [...found, ...headline].sort((a, b) => a.start - b.start);
}

/** The last block where a quotation starts; -1 when none does. */
function lastWith(perBlock: readonly RawQuote[][]): number {
  let last = perBlock.length - 1;
  while (last >= 0 && (perBlock[last] as RawQuote[]).length === 0) last -= 1;
  return last;
}

/** Whether the headline holds a span in marks: titleQuotes finds its quotations among those only. */
const titleHasMarks = (title: string | null, table: ReturnType<typeof pairTable>, lexicon: Lexicon): boolean =>
  title !== null && scanMarks(title, table, { elisions: lexicon.elisions }).spans.length > 0;

const normalTitle = (text: string | null): string => (text ?? '').toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * False when normalTitle(text) cannot be `key` (whose visibleCount is `keyVisible`): text that starts with
 * a letter starts its normal form with that letter in lower case (the first letter's case mapping never
 * depends on what follows), so most blocks are ruled out without lower-casing the whole of them.
 */
function mayBeTitle(text: string, key: string, keyVisible: number): boolean {
  const first = text.codePointAt(0);
  if (first === undefined || /^\s/u.test(text)) return true;
  if (!key.startsWith(String.fromCodePoint(first).toLowerCase())) return false;
  // Lower case never gives a character fewer characters, and collapsing white space keeps every other
  // one: text with more characters outside white space than the key is not the title (read no further).
  return visibleCount(text, keyVisible) <= keyVisible;
}

/** How many characters (code points) outside white space `text` holds, counted until past `limit`. */
function visibleCount(text: string, limit: number): number {
  let count = 0;
  for (let k = 0; k < text.length && count <= limit; k += 1) {
    const code = text.charCodeAt(k);
    // The second half of a surrogate pair is the same character.
    if (!isWhiteSpace(code) && !(code >= 0xdc00 && code <= 0xdfff)) count += 1;
  }
  return count;
}

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
    if (token.type === 'word' && token.cap && before.type === 'word' && before.cap && before.text.charCodeAt(before.text.length - 1) !== 46
      && (lexicon.cueVerbs.has(token.lower) || lexicon.auxiliaries.has(token.lower))) {
      token.lower = token.text;
      token.full = token.text;
    }
  }
}

/** A quotation token that closes its sentence inside the marks ("…,”" does not, "….”" does). */
const CLOSES_SENTENCE = /[.!?]['\u2019"\u201d\u00bb]*\s*$/u;

/**
 * "Columnist Ada Will …. “…,” Will wrote": a surname that is also a lexicon word ("Will") is unlisted after
 * a given name (unlistNameParts) and then, in the whole article, wherever it stands capitalised inside a
 * sentence. At a sentence start it stays the word ("Will the council listen?").
 */
function unlistSurnames(tokenized: readonly BlockTokens[], lexicon: Lexicon): void {
  if (lexicon.caseless || lexicon.capitalizesNouns) return;
  // A time word stays one ("Ada Monday": a given name, then the day she spoke).
  const listed = (lower: string): boolean => !lexicon.timeWords.has(lower) && (lexicon.stopwords.has(lower) || lexicon.auxiliaries.has(lower) || lexicon.cueVerbs.has(lower));
  const surnames = new Set<string>();
  for (const { tokens } of tokenized) {
    for (let k = 1; k < tokens.length; k += 1) {
      const token = tokens[k] as Token;
      const before = tokens[k - 1] as Token;
      if (token.type === 'word' && token.cap && before.type === 'word' && before.cap && isGivenName(before.text, lexicon) && listed(token.text.toLowerCase())) surnames.add(token.text);
    }
  }
  if (surnames.size === 0) return;
  for (const { tokens } of tokenized) {
    for (let k = 1; k < tokens.length; k += 1) {
      const token = tokens[k] as Token;
      const before = tokens[k - 1] as Token;
      const opensSentence = (before.type === 'punct' && /^[.!?]$/u.test(before.text)) || (before.type === 'quote' && CLOSES_SENTENCE.test(before.text));
      if (token.type === 'word' && surnames.has(token.text) && !opensSentence) {
        token.lower = token.text;
        token.full = token.text;
      }
    }
  }
}

/**
 * The words the article writes in lower case, outside quotations (given names left out): where only
 * names and sentence starts are capitalised, these are the article's common words (NameRegistry).
 */
function lowerCaseWords(tokenized: readonly BlockTokens[], lexicon: Lexicon): ReadonlySet<string> {
  const words = new Set<string>();
  if (lexicon.caseless || lexicon.capitalizesNouns) return words;
  for (const { tokens } of tokenized) {
    for (const token of tokens) if (token.type === 'word' && !token.cap && !lexicon.givenNames.has(token.lower)) words.add(token.lower);
  }
  return words;
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
        // "Karla Roe und Mette Doe": "und" before a given name joins two people, each a name of their own.
        else if (next.type === 'word' && lexicon.coordinators.has(next.lower) && isGivenName((tokens[end + 1] as Token | undefined)?.bare ?? '', lexicon)) break;
        else if (next.type === 'word' && lexicon.connectors.has(next.lower) && tokens[end + 1]?.cap === true
          && !(lexicon.capitalizesNouns && lexicon.genitiveDeterminers.has(next.lower))) end += 1;
        // "Ursula von der Leyen": two particles in a row, where capitals run through places too.
        else if (lexicon.personNeedsGivenName && next.type === 'word' && lexicon.connectors.has(next.lower)
          && lexicon.connectors.has(tokens[end + 1]?.lower ?? '') && tokens[end + 2]?.cap === true) end += 1;
        else break;
      }
      // "il sindaco di Milano Giuseppe Sala": after a role and "di", the first word is the place.
      const link = tokens[i - 1];
      const from = end - i >= 3 && link !== undefined && lexicon.connectors.has(link.lower) && isHeadWord(tokens[i - 2], lexicon) ? i + 1 : i;
      // A single capitalised word never makes a full name: most runs end here without being cleaned.
      const name = end - from >= 2 ? cleanName(tokens.slice(from, end), lexicon) : null;
      if (name !== null && !name.organisation && name.name.includes(' ') && !(lexicon.descriptionNeedsName && name.role === null && officeOfBody(name.name, lexicon))) {
        const position = block.start + token.start;
        registry.add(name.name, position);
        // "Luis Ortega Gil" is "Ortega" later, where people carry two surnames.
        const words = name.name.split(' ');
        if (lexicon.doubleSurnames && words.length === 3 && isGivenName(words[0] as string, lexicon) && !isGivenName(words[1] as string, lexicon)) {
          registry.add(name.name, position, words[1]);
        }
        // "Además de Gil Ortega, el instructor escucha …": a name in a fronted adverbial phrase has no apposition after it.
        const fronted = lexicon.personNeedsGivenName && lexicon.auxiliaries.has(token.lower) && lexicon.connectors.has(tokens[i + 1]?.lower ?? '');
        for (const { role, complement } of [...rolesBefore(tokens, i, lexicon), ...(fronted ? [] : rolesAfter(tokens, end, lexicon))]) {
          registry.addRole(role, name.name, position, complement);
        }
        for (const role of (name.role ?? '').toLowerCase().split(' ')) if (isRole(role, lexicon)) registry.addRole(role, name.name, position);
      }
      i = end;
    }
  });
}

const isHeadWord = (token: Token | undefined, lexicon: Lexicon): boolean =>
  token !== undefined && token.type === 'word' && !token.cap && (lexicon.speakerNouns.has(token.lower) || isRole(token.lower, lexicon));

/** A role word and the capitalised words of its complement ("alcalde" of "el alcalde de Lubrín": Lubrín). */
interface RoleMention {
  role: string;
  complement: string[];
}

/** The capitalised words of tokens [from, to), outside a name's own words. */
const capitalsIn = (tokens: readonly Token[], from: number, to: number): string[] =>
  tokens.slice(from, to).filter((token) => token.type === 'word' && token.cap).map((token) => token.bare);

/** Role words in an appositive right after a name ("Yahya Roe, portavoz del grupo", "Jan Roe, le ministre"). */
function rolesAfter(tokens: readonly Token[], end: number, lexicon: Lexicon): RoleMention[] {
  const roles: number[] = [];
  if ((tokens[end] as Token | undefined)?.text !== ',') return [];
  let k = end + 1;
  for (; k < Math.min(tokens.length, end + 5); k += 1) {
    const token = tokens[k] as Token;
    if (token.type !== 'word' || token.cap) break;
    if (isHeadWord(token, lexicon)) roles.push(k);
    else if (!lexicon.determiners.has(token.lower) && roles.length > 0) break;
  }
  // "Ángel Roe, alcalde de Bédar,": the complement runs to the next punctuation.
  let to = k;
  while (to < tokens.length && (tokens[to] as Token).type === 'word') to += 1;
  return roles.map((at) => ({ role: (tokens[at] as Token).lower, complement: capitalsIn(tokens, at + 1, to) }));
}

/** Lower-case role words just before a name ("the finance minister", "il sindaco di Milano"). */
function rolesBefore(tokens: readonly Token[], at: number, lexicon: Lexicon): RoleMention[] {
  const roles: RoleMention[] = [];
  // "le ministre fédéral de la Santé, Jan Roe": a description set off by a comma may be longer and
  // hold an adjective or two; it ends at its determiner.
  const apposed = (tokens[at - 1] as Token | undefined)?.text === ',';
  // "la premier italiana Giorgia Meloni": where adjectives follow the noun, one may stand before the name.
  let others = apposed ? 3 : lexicon.adjectivesFollowNoun ? 1 : 0;
  for (let k = apposed ? at - 2 : at - 1; k >= Math.max(0, at - (apposed ? 10 : 4)); k -= 1) {
    const token = tokens[k] as Token;
    if (token.type !== 'word') break;
    // "ein Sprecher der Downing Street": after a genitive article the name is the role's complement, not its holder.
    if (k === at - 1 && lexicon.capitalizesNouns && lexicon.genitiveDeterminers.has(token.lower)) break;
    if (isHeadWord(token, lexicon)) roles.push({ role: token.lower, complement: capitalsIn(tokens, k + 1, apposed ? at - 1 : at) });
    else if (apposed && roles.length > 0 && lexicon.determiners.has(token.lower)) break;
    else if (!token.cap && !lexicon.connectors.has(token.lower) && (others -= 1) < 0) break;
  }
  return roles;
}

/**
 * Attributes and classifies each quotation opening in one block, in order, and keeps the memory of
 * speakers up to date with the block's sentences. The speaker comes from the table in speaker-rules.ts.
 */
function attributeBlock(
  reading: Reading, index: number, own: readonly RawQuote[], isHeadline: boolean, previousBlockSpeaker: string | null,
): FoundQuote[] {
  const { blocks, tokenized, memory } = reading;
  const block = blocks[index] as TextBlock;
  const data = tokenized[index] as BlockTokens;
  const { tokens, ranges } = data;
  const results: FoundQuote[] = [];
  const lexicon = memory.lexicon;
  let previous: { quote: FoundQuote; token: number; sentence: number; after: Attribution } | null = null;
  let lastSentenceUpdated = -1;
  let cueRead = -1;
  let subjunctives: { sentence: number; at: number[] } = { sentence: -1, at: [] };
  for (const raw of own) {
    const q = data.tokenOf.get(raw);
    if (q === undefined) continue;
    const sentence = sentenceOf(ranges, q);
    const [sentenceStart, sentenceEnd] = ranges[sentence] as [number, number];
    if (subjunctives.sentence !== sentence) subjunctives = { sentence, at: subjunctivesIn(tokens, sentenceStart, sentenceEnd, lexicon) };
    // Cue sentences before this one in the block still update the last speaker.
    if (sentence > lastSentenceUpdated + 1) readSentences({ tokens, ranges: ranges.slice(lastSentenceUpdated + 1, sentence) }, block.start, memory);
    if (sentence > lastSentenceUpdated) memory.sentences += 1;
    lastSentenceUpdated = sentence;
    const endData = tokenized[raw.endBlock] as BlockTokens;
    const endQ = endData.tokenOf.get(raw) ?? q;
    const start = block.start + raw.localStart;
    const end = (blocks[raw.endBlock] as TextBlock).start + raw.localEnd;
    const content = reading.articleText.slice(start + raw.open.length, end - raw.close.length);
    const sameSentence = previous !== null && previous.sentence === sentence;
    const newSentenceAfter = reportedClauseFollows(endData.tokens, endQ, content, lexicon);
    const site: QuoteSite = {
      raw, text: block.text, offset: block.start, tokens, q, endTokens: endData.tokens, endRanges: endData.ranges, endQ,
      sentenceStart, sentenceEnd, floor: sameSentence && previous ? previous.token + 1 : sentenceStart, content, position: start,
      previous: previous && { speaker: previous.quote.speaker, end: previous.quote.end, sameSentence, after: previous.after, quotation: HIGHLIGHTED.has(previous.quote.kind) },
      previousBlockSpeaker,
      inHeadline: isHeadline,
      onlyQuotation: own.length === 1 && onlyQuote(tokens, q),
      startsSentence: q === sentenceStart || (tokens[q - 1]?.type === 'punct' && q - 1 === sentenceStart),
      cueAfter: cueFollows(endData.tokens, endQ, lexicon) && !newSentenceAfter,
      newSentenceAfter,
      subjunctives: subjunctives.at,
      memory,
    };
    const claim = attributeQuote(site);
    const grouped = claim.grouped && previous !== null;

    const features = quoteFeatures(tokens, q, sentenceStart, content, lexicon, {
      inHeadline: isHeadline, pattern: claim.pattern, adjacent: claim.adjacent, sentenceEnd, subjunctives: subjunctives.at,
    });
    const ruleKind = classifyQuote(features, lexicon);
    let kind = grouped && previous ? previous.quote.kind : decideKind(features, ruleKind, lexicon);
    if (raw.isBlock) kind = 'speech';
    else if (site.onlyQuotation && HIGHLIGHTED.has(kind) && echoesArticle(reading, content, start, end)) kind = 'other';
    const spoken = HIGHLIGHTED.has(kind) && claim.speaker !== null;
    const quote: FoundQuote = {
      start, end, text: content.trim(), kind,
      speaker: spoken ? claim.speaker : null,
      group: grouped && previous ? previous.quote.group : (reading.group += 1),
      children: raw.children,
      pattern: HIGHLIGHTED.has(kind) ? claim.pattern : 'none',
      confidence: spoken ? claim.confidence : null,
      role: spoken ? claim.phrase?.role ?? null : null,
      evidence: { features, ruleKind },
    };
    results.push(quote);
    if (!isHeadline && quote.speaker !== null && quote.pattern !== 'channel' && claim.phrase?.kind !== 'organisation'
      && claim.phrase?.kind !== 'described') rememberSpeaker(memory, quote.speaker);
    else if (!isHeadline && lexicon.subjectIsTopic) rememberQuoteSubject(memory, claim, quote.speaker, tokens, sentenceStart, q, block.start);
    else if (!isHeadline && quote.speaker !== null && quote.pattern !== 'channel') rememberSource(memory, quote.speaker);
    // "Doch sei es, so der Autor Jonas Roe in der „Zeitung“, …": a cue sentence whose only marks hold no speech still names who speaks next.
    if (!isHeadline && !spoken && lexicon.verbSecond && cueRead !== sentence) {
      readCue(tokens, sentenceStart, sentenceEnd, block.start, memory);
      cueRead = sentence;
    }
    previous = { quote, token: q, sentence, after: claim };
  }
  if (lastSentenceUpdated + 1 < ranges.length) readSentences({ tokens, ranges: ranges.slice(lastSentenceUpdated + 1) }, block.start, memory);
  return results;
}

/** How many words a crosshead or pull quote may hold. */
const ECHO_WORDS = 8;
/** The first word, and the space or apostrophe after it ("the ", "l'"). */
const FIRST_WORD = /^(\p{L}+)(?:\s+|['\u2019])/u;

/**
 * A short quotation standing alone as a paragraph whose words the article prints again elsewhere
 * ("'A quiet fixer.'" above "… calls herself a “quiet fixer” …"): a crosshead or pull quote echoing
 * the story, not another quotation. A leading article of the language (its lexicon's determiners) and the
 * final punctuation are not compared.
 */
function echoesArticle(reading: Reading, content: string, start: number, end: number): boolean {
  const words = content.trim().replace(/[.!?,;:\u2026]+$/u, '').toLowerCase();
  if (words.split(/\s+/u).length > ECHO_WORDS) return false;
  const first = FIRST_WORD.exec(words);
  const core = first !== null && reading.memory.lexicon.determiners.has(first[1] as string) ? words.slice(first[0].length) : words;
  if (core.length < 4) return false;
  reading.lowerText ??= reading.articleText.toLowerCase();
  for (let at = reading.lowerText.indexOf(core); at >= 0; at = reading.lowerText.indexOf(core, at + 1)) {
    if (at < start || at >= end) return true;
  }
  return false;
}

/** The block holds nothing but the quotation (and punctuation). */
function onlyQuote(tokens: readonly Token[], q: number): boolean {
  return tokens.every((token, at) => at === q || token.type === 'punct');
}

/** Quotations in the headline (when the body does not repeat it), as offsets -1. */
function titleQuotes(title: string, table: ReturnType<typeof pairTable>, reading: Reading): FoundQuote[] {
  const lexicon = reading.memory.lexicon;
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
    const subjunctives = subjunctivesIn(tokens, sentenceStart, sentenceEnd, lexicon);
    const features = quoteFeatures(tokens, q, sentenceStart, content, lexicon, {
      inHeadline: true, pattern: attribution.pattern, adjacent: attribution.adjacent, sentenceEnd, subjunctives,
    });
    const ruleKind = classifyQuote(features, lexicon);
    const kind = decideKind(features, ruleKind, lexicon);
    // The headline's own rules (a cue, "X: …", a kicker or subject); names resolve to the first full
    // form in the article (position -1), and a pronoun in a headline refers to no one yet.
    const raw: RawQuote = {
      startBlock: 0, endBlock: 0, localStart: span.start, localEnd: span.end, open: span.open, close: span.close,
      virtual: false, children: [], blockSource: null, isBlock: false,
    };
    const claim = attributeQuote({
      raw, text: title, offset: 0, tokens, q, endTokens: tokens, endRanges: ranges, endQ: q, sentenceStart, sentenceEnd,
      floor: sentenceStart, content, position: -1, previous: null, previousBlockSpeaker: null, inHeadline: true,
      onlyQuotation: false, startsSentence: q === sentenceStart, cueAfter: cueFollows(tokens, q, lexicon), newSentenceAfter: false,
      subjunctives, memory: reading.memory,
    }, HEADLINE_RULES);
    const speaker = HIGHLIGHTED.has(kind) && claim.phrase?.kind !== 'pronoun' && claim.phrase?.kind !== 'elided' ? claim.speaker : null;
    results.push({
      start: -1, end: -1, text: content.trim(), kind, speaker, group: (reading.group += 1),
      children: [], pattern: speaker === null ? 'none' : claim.pattern, confidence: speaker === null ? null : claim.confidence,
      role: speaker === null ? null : claim.phrase?.role ?? null,
      evidence: { features, ruleKind },
    });
  });
  return results;
}

/** The rules' kind, or the language's trained model's where it has one (quote-model.ts). */
function decideKind(features: QuoteFeatures, ruleKind: QuoteKind, lexicon: Lexicon): QuoteKind {
  if (lexicon.colonIntroducesQuotation && features.afterColon && features.startsUpper && (ruleKind === 'speech' || ruleKind === 'scare')
    && !features.titleTrigger && !features.categoryNoun && !features.scareTrigger) return 'speech';
  return lexicon.quoteModel === null ? ruleKind : modelKind(lexicon.quoteModel, features, ruleKind);
}

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
