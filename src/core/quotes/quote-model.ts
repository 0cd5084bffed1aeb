/**
 * Is a span in marks a quotation of someone, or a title, a term, a nickname? The rules of
 * classify-quote.ts tell the clear cases; on real news they drop many short quotations governed by a
 * reporting verb (a senator felt “blindsided”) as scare quotes. A logistic model over the same named
 * features, trained offline on each language's development split (scripts/train-quote-model.mjs) and
 * shipped as a few weights in the language's lexicon file, makes that call where a language has one.
 */
import type { QuoteKind } from '../article.js';
import type { QuoteFeatures } from './classify-quote.js';

/** One language's weights, by feature name, as stored in lexicon/<lang>.json under `quoteModel`. */
export interface QuoteModel {
  bias: number;
  weights: Record<string, number>;
  /** The probability from which a span is highlighted: chosen for precision on the development data. */
  threshold: number;
  /** How it was trained, in words (data set, split, date): the model's provenance travels with it. */
  trainedOn: string;
}

/** The yes-or-no features, each a weight of its own under its own name. */
const FLAGS = [
  'sentenceInside', 'endsWithComma', 'startsUpper', 'titleTrigger', 'categoryNoun', 'scareTrigger', 'hypothetical', 'motto',
  'afterCueWord', 'inHeadline', 'adjacent', 'cueInSentence', 'determinerBefore', 'personInside',
  'reportedSpeech', 'predicative',
] as const satisfies ReadonlyArray<keyof QuoteFeatures>;
const PATTERNS = ['after', 'before', 'according', 'sentence', 'subject', 'inherit', 'channel', 'none'] as const;
const RULE_KINDS: readonly QuoteKind[] = ['speech', 'partial', 'title', 'scare', 'other'];

/** The features as numbers, by name. `ruleKind` is what the hand-written rules said. */
export function featureVector(f: QuoteFeatures, ruleKind: QuoteKind): Record<string, number> {
  const vector: Record<string, number> = {
    wordsLog: Math.log1p(f.words),
    oneWord: f.words === 1 ? 1 : 0,
    upToThreeWords: f.words <= 3 ? 1 : 0,
    titleCaseShare: f.titleCaseShare,
    allTitleCase: f.contentWords >= 2 && f.titleCaseShare === 1 ? 1 : 0,
    atStart: f.attachment === 'start' ? 1 : 0,
    afterIntro: f.attachment === 'intro' ? 1 : 0,
    siblings: Math.min(f.siblings, 4) / 4,
  };
  for (const flag of FLAGS) vector[flag] = f[flag] ? 1 : 0;
  for (const pattern of PATTERNS) vector[`pattern:${pattern}`] = f.pattern === pattern ? 1 : 0;
  for (const kind of RULE_KINDS) vector[`rule:${kind}`] = ruleKind === kind ? 1 : 0;
  return vector;
}

export function quoteProbability(model: QuoteModel, vector: Readonly<Record<string, number>>): number {
  let z = model.bias;
  for (const name in vector) z += (model.weights[name] ?? 0) * (vector[name] as number);
  return 1 / (1 + Math.exp(-z));
}

/** A model's weights in featureVector's order, read once per model instead of by name per quotation. */
interface Weights {
  wordsLog: number;
  oneWord: number;
  upToThreeWords: number;
  titleCaseShare: number;
  allTitleCase: number;
  atStart: number;
  afterIntro: number;
  siblings: number;
  flags: number[];
  patterns: Map<string, number>;
  rules: Map<QuoteKind, number>;
}

const weightsOf = new WeakMap<QuoteModel, Weights>();

function weights(model: QuoteModel): Weights {
  let found = weightsOf.get(model);
  if (found === undefined) {
    const w = (name: string): number => model.weights[name] ?? 0;
    found = {
      wordsLog: w('wordsLog'), oneWord: w('oneWord'), upToThreeWords: w('upToThreeWords'), titleCaseShare: w('titleCaseShare'),
      allTitleCase: w('allTitleCase'), atStart: w('atStart'), afterIntro: w('afterIntro'), siblings: w('siblings'),
      flags: FLAGS.map(w),
      patterns: new Map(PATTERNS.map((pattern) => [pattern, w(`pattern:${pattern}`)])),
      rules: new Map(RULE_KINDS.map((kind) => [kind, w(`rule:${kind}`)])),
    };
    weightsOf.set(model, found);
  }
  return found;
}

/**
 * quoteProbability(model, featureVector(f, ruleKind)), without building the vector: the same products
 * added in the same order. A feature that is 0 adds ±0, which leaves the sum as it is, so only the
 * features that are set are added.
 */
export function probabilityOf(model: QuoteModel, f: QuoteFeatures, ruleKind: QuoteKind): number {
  const w = weights(model);
  let z = model.bias;
  z += w.wordsLog * Math.log1p(f.words);
  if (f.words === 1) z += w.oneWord;
  if (f.words <= 3) z += w.upToThreeWords;
  z += w.titleCaseShare * f.titleCaseShare;
  if (f.contentWords >= 2 && f.titleCaseShare === 1) z += w.allTitleCase;
  if (f.attachment === 'start') z += w.atStart;
  if (f.attachment === 'intro') z += w.afterIntro;
  z += w.siblings * (Math.min(f.siblings, 4) / 4);
  for (let k = 0; k < FLAGS.length; k += 1) if (f[FLAGS[k] as (typeof FLAGS)[number]]) z += w.flags[k] as number;
  z += w.patterns.get(f.pattern) ?? 0;
  z += w.rules.get(ruleKind) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The kind, with the model's say on whether the span is a quotation: a span the model takes for one
 * becomes speech (or a partial quote, when it sits inside the sentence); one it does not stays or
 * becomes a term (or the rules' title).
 */
export function modelKind(model: QuoteModel, features: QuoteFeatures, ruleKind: QuoteKind): QuoteKind {
  // The clear cases stay the rules': a trigger word before the marks ("so-called", "titled", "might
  // say", "… is my motto") says what the writer meant, whatever the statistics of other spans.
  if (features.hypothetical || features.scareTrigger || features.motto) return ruleKind;
  if (ruleKind === 'title' && (features.titleTrigger || features.categoryNoun || features.categoryApposed || features.acronymOwner || features.authored)) return ruleKind;
  const quotation = probabilityOf(model, features, ruleKind) >= model.threshold;
  const ruleHighlights = ruleKind === 'speech' || ruleKind === 'partial';
  if (quotation) return ruleHighlights ? ruleKind : features.attachment === 'embedded' ? 'partial' : 'speech';
  return ruleHighlights ? 'scare' : ruleKind;
}
