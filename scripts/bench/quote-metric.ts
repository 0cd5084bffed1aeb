/**
 * The held-out evaluation's quotation metric, as ../shared/docs/dev-data.md states it, so that a
 * development number and a held-out number mean the same thing: texts normalised, exact pairs first,
 * then lenient pairs (the longest common substring covers 80% of the gold quote), each quote used once;
 * highlight precision read generously; speakers compared as the same person or not, on gold speakers
 * that are names.
 */

export interface GoldQuote {
  /** The quoted words, marks included or not (normalising drops them). */
  text: string;
  /** The annotated sources as written (several annotations may share one quote); empty when none is named. */
  speakers: string[];
}

export interface PredictedQuote {
  text: string;
  speaker: string | null;
  /** How the speaker was found (the engine's attribution pattern), for per-rule counts. */
  pattern?: string | undefined;
}

export interface QuoteCounts {
  gold: number;
  predicted: number;
  exact: number;
  lenient: number;
  highlightedRight: number;
  right: number;
  wrong: number;
  abstained: number;
}

export const emptyQuoteCounts = (): QuoteCounts => ({ gold: 0, predicted: 0, exact: 0, lenient: 0, highlightedRight: 0, right: 0, wrong: 0, abstained: 0 });

export function addQuoteCounts(into: QuoteCounts, from: QuoteCounts): QuoteCounts {
  for (const key of Object.keys(into) as Array<keyof QuoteCounts>) into[key] += from[key];
  return into;
}

const DOUBLE_MARKS = /["\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d\u300e\u300f\u301d\u301e\u301f\u2033\u2036\uff02]/gu;
const SINGLE_MARKS = /[\u2018\u2019\u201a\u201b\u2039\u203a`\u00b4]/gu;
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/gu;
const EDGES = /^[\s\p{P}\p{S}']+|[\s\p{P}\p{S}']+$/gu;

/** dev-data.md's normalising: NFKC, no invisible characters, no double marks, one single mark, one space. */
export function normaliseQuote(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(DOUBLE_MARKS, '').replace(SINGLE_MARKS, '\'')
    .replace(/\s+/gu, ' ').replace(EDGES, '');
}

/** Length of the longest common substring of a and b (dynamic programming over one row). */
export function longestCommonSubstring(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i += 1) {
    const ch = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const value = ch === b.charCodeAt(j - 1) ? (previous[j - 1] as number) + 1 : 0;
      current[j] = value;
      if (value > best) best = value;
    }
    [previous, current] = [current, previous];
  }
  return best;
}

const PRONOUNS = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'hers', 'their', 'its', 'our', 'who', 'which', 'that',
  'er', 'sie', 'es', 'ich', 'wir', 'ihr', 'man', 'du', 'ihm', 'ihn', 'ihnen', 'uns', 'dieser', 'diese', 'dieses', 'der', 'die', 'das', 'jener', 'jene', 'welcher', 'welche',
]);

/** "Flynn, a top adviser, who …" -> "Flynn": the gold source cut at an apposition or a relative clause. */
export function sourceHead(source: string): string {
  return source.split(/,|\s(?:who|which|that|whose|der|die|das|welcher|welche)\s|\s[-\u2013\u2014]\s/u)[0]?.trim() ?? source.trim();
}

/** Whether a gold speaker is a name the metric scores: not a pronoun, not an English nominal. */
export function isScoredSpeaker(source: string | null, lang: string): boolean {
  if (source === null) return false;
  const head = sourceHead(source);
  const words = head.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  if (words.length === 0) return false;
  if (words.length === 1 && PRONOUNS.has((words[0] as string).toLowerCase())) return false;
  if (lang === 'en') {
    const last = (words[words.length - 1] as string).replace(/['’]s?$/u, '');
    if (!/^[\p{Lu}\p{N}]/u.test(last)) return false;
  }
  return true;
}

/** Folded for comparing people: no diacritics, no case, no possessive, no "(CDU)". */
export function foldName(name: string): string[] {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\([^)]*\)/gu, ' ')
    .replace(/['’]s\b/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
}

const containsWords = (outer: string[], inner: string[]): boolean => {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i += 1) if (inner.every((word, k) => outer[i + k] === word)) return true;
  return false;
};

function samePersonOnce(gold: string, predicted: string): boolean {
  const a = foldName(gold);
  const b = foldName(predicted);
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(' ') === b.join(' ')) return true;
  if (a[a.length - 1] === b[b.length - 1]) return true;
  return containsWords(a, b) || containsWords(b, a);
}

/** dev-data.md: the same person when equal, ending in the same word, or one inside the other as whole words. */
export function samePerson(gold: string, predicted: string): boolean {
  return samePersonOnce(gold, predicted) || samePersonOnce(sourceHead(gold), predicted);
}

/** dev-data.md's lenient match: the longest common substring (`shared` characters) covers 80% of the gold quote. */
export const lenientMatch = (gold: string, shared: number): boolean => shared >= 0.8 * gold.length;

export interface DocumentScore {
  counts: QuoteCounts;
  /** Gold quotes no prediction matched, predictions no gold quote matched, and speaker disagreements. */
  missed: GoldQuote[];
  extra: PredictedQuote[];
  speakers: Array<{ gold: GoldQuote; predicted: PredictedQuote; verdict: 'right' | 'wrong' | 'abstained' }>;
}

/** Scores one document's highlighted predictions against its gold quotes. */
export function scoreDocument(gold: readonly GoldQuote[], predicted: readonly PredictedQuote[], lang: string): DocumentScore {
  const counts = emptyQuoteCounts();
  counts.gold = gold.length;
  counts.predicted = predicted.length;
  const goldText = gold.map((quote) => normaliseQuote(quote.text));
  const predText = predicted.map((quote) => normaliseQuote(quote.text));
  const goldUsed = new Array<number>(gold.length).fill(-1);
  const predUsed = new Array<boolean>(predicted.length).fill(false);
  // Exact pairs first, in reading order.
  gold.forEach((_, g) => {
    const p = predText.findIndex((text, at) => !predUsed[at] && text === goldText[g]);
    if (p < 0) return;
    goldUsed[g] = p;
    predUsed[p] = true;
    counts.exact += 1;
    counts.lenient += 1;
  });
  gold.forEach((_, g) => {
    if (goldUsed[g] !== -1) return;
    const want = goldText[g] as string;
    const needed = 0.8 * want.length;
    let best = -1;
    let bestLength = 0;
    predText.forEach((text, p) => {
      if (predUsed[p] || text.length < needed) return;
      const shared = longestCommonSubstring(want, text);
      if (lenientMatch(want, shared) && shared > bestLength) {
        best = p;
        bestLength = shared;
      }
    });
    if (best < 0) return;
    goldUsed[g] = best;
    predUsed[best] = true;
    counts.lenient += 1;
  });
  // Highlight precision, read generously: a piece of a gold quote, or a headline repeat, is right too.
  predText.forEach((text, p) => {
    if (predUsed[p] || (text.length > 0 && goldText.some((g) => g.includes(text)))) counts.highlightedRight += 1;
  });
  const speakers: DocumentScore['speakers'] = [];
  gold.forEach((quote, g) => {
    const p = goldUsed[g] as number;
    const names = quote.speakers.filter((speaker) => isScoredSpeaker(speaker, lang));
    if (p < 0 || names.length === 0) return;
    const prediction = predicted[p] as PredictedQuote;
    const said = prediction.speaker;
    const verdict = said === null ? 'abstained' : names.some((name) => samePerson(name, said)) ? 'right' : 'wrong';
    counts[verdict] += 1;
    speakers.push({ gold: quote, predicted: prediction, verdict });
  });
  return {
    counts,
    missed: gold.filter((_, g) => goldUsed[g] === -1),
    extra: predicted.filter((_, p) => !predUsed[p]),
    speakers,
  };
}

export interface QuoteMetrics {
  exact: { precision: number; recall: number; f1: number };
  lenient: { precision: number; recall: number; f1: number };
  highlightPrecision: number;
  speakers: { right: number; wrong: number; abstained: number; total: number };
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function quoteMetrics(c: QuoteCounts): QuoteMetrics {
  const prf = (matched: number) => {
    const precision = ratio(matched, c.predicted);
    const recall = ratio(matched, c.gold);
    return { precision, recall, f1: harmonic(precision, recall) };
  };
  return {
    exact: prf(c.exact),
    lenient: prf(c.lenient),
    highlightPrecision: ratio(c.highlightedRight, c.predicted),
    speakers: { right: c.right, wrong: c.wrong, abstained: c.abstained, total: c.right + c.wrong + c.abstained },
  };
}
