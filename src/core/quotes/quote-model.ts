/**
 * Is a span in marks a quotation of someone, or a title, a term, a nickname? The rules of
 * classify-quote.ts tell the clear cases; on real news they drop many short quotations governed by a
 * reporting verb (a senator felt “blindsided”) as scare quotes. A model over the same named features,
 * trained offline on each language's development split (scripts/train-quote-model.mjs) and shipped as
 * data in the language's lexicon file, makes that call where a language has one: a few logistic weights
 * (German, and the model English lends), or a hundred small boosted trees (English: they weigh a signal
 * differently by what goes with it, such as Title Case inside a headline or inside a sentence).
 */
import type { QuoteKind } from '../article.js';
import type { QuoteFeatures } from './classify-quote.js';

/** A logistic model: one weight per feature name. */
export interface LogisticQuoteModel {
  bias: number;
  weights: Record<string, number>;
  /** The probability from which a span is highlighted: chosen for precision on the development data. */
  threshold: number;
  /** How it was trained, in words (data set, split, date): the model's provenance travels with it. */
  trainedOn: string;
}

/**
 * Gradient-boosted shallow regression trees (scripts/lib/boosted-trees.mjs trains them). Each tree is
 * complete to `depth` and stored in heap order: `splits[t]` holds [feature index, threshold] for each
 * of its 2^depth - 1 inner nodes (a quotation goes right when its value is above the threshold),
 * `leaves[t]` the 2^depth values added to the score; the probability is the logistic of bias plus the
 * leaves reached. Indices refer to `features`, names from featureVector.
 */
export interface TreeQuoteModel {
  bias: number;
  features: string[];
  depth: number;
  splits: number[][];
  leaves: number[][];
  threshold: number;
  trainedOn: string;
}

/** One language's model, as stored in lexicon/<lang>.json under `quoteModel`: logistic weights or trees. */
export type QuoteModel = LogisticQuoteModel | TreeQuoteModel;

const isTrees = (model: QuoteModel): model is TreeQuoteModel => 'splits' in model;

/** The yes-or-no features, each a weight of its own under its own name. */
const FLAGS = [
  'sentenceInside', 'endsWithComma', 'startsUpper', 'titleTrigger', 'categoryNoun', 'scareTrigger', 'hypothetical', 'motto',
  'afterCueWord', 'inHeadline', 'adjacent', 'cueInSentence', 'determinerBefore', 'personInside',
  'reportedSpeech', 'predicative', 'namedBy', 'reportedClause',
] as const satisfies ReadonlyArray<keyof QuoteFeatures>;
const PATTERNS = ['after', 'before', 'according', 'sentence', 'subject', 'inherit', 'channel', 'none'] as const;
const RULE_KINDS: readonly QuoteKind[] = ['speech', 'partial', 'title', 'scare', 'other'];

/** Every feature's name, in the order featureValues writes them. */
export const FEATURE_NAMES: readonly string[] = [
  'wordsLog', 'oneWord', 'upToThreeWords', 'titleCaseShare', 'allTitleCase', 'atStart', 'afterIntro', 'siblings',
  ...FLAGS, ...PATTERNS.map((pattern) => `pattern:${pattern}`), ...RULE_KINDS.map((kind) => `rule:${kind}`),
];

/** The features as numbers, in FEATURE_NAMES' order, written into `out`. `ruleKind` is what the hand-written rules said. */
function featureValues(f: QuoteFeatures, ruleKind: QuoteKind, out: Float64Array): Float64Array {
  out[0] = Math.log1p(f.words);
  out[1] = f.words === 1 ? 1 : 0;
  out[2] = f.words <= 3 ? 1 : 0;
  out[3] = f.titleCaseShare;
  out[4] = f.contentWords >= 2 && f.titleCaseShare === 1 ? 1 : 0;
  out[5] = f.attachment === 'start' ? 1 : 0;
  out[6] = f.attachment === 'intro' ? 1 : 0;
  out[7] = Math.min(f.siblings, 4) / 4;
  let at = 8;
  for (const flag of FLAGS) out[at++] = f[flag] ? 1 : 0;
  for (const pattern of PATTERNS) out[at++] = f.pattern === pattern ? 1 : 0;
  for (const kind of RULE_KINDS) out[at++] = ruleKind === kind ? 1 : 0;
  return out;
}

/** The features as numbers, by name. `ruleKind` is what the hand-written rules said. */
export function featureVector(f: QuoteFeatures, ruleKind: QuoteKind): Record<string, number> {
  const values = featureValues(f, ruleKind, new Float64Array(FEATURE_NAMES.length));
  return Object.fromEntries(FEATURE_NAMES.map((name, k) => [name, values[k] as number]));
}

/**
 * The value of the leaf one tree (its `splits` and `leaves`, complete to `depth`, in heap order) sends `input`
 * to. The training script (scripts/lib/boosted-trees.mjs) scores its held-out rows with this same function.
 */
export function treeLeaf(splits: readonly number[], leaves: readonly number[], depth: number, input: ArrayLike<number>): number {
  let node = 0;
  for (let d = 0; d < depth; d += 1) node = 2 * node + ((input[splits[2 * node] as number] as number) > (splits[2 * node + 1] as number) ? 2 : 1);
  return leaves[node - (2 ** depth - 1)] as number;
}

/** The score of a tree model: its bias plus the leaf each tree sends the quotation to. `input[k]` is feature `features[k]`. */
function treeScore(model: TreeQuoteModel, input: ArrayLike<number>): number {
  let z = model.bias;
  for (let t = 0; t < model.splits.length; t += 1) z += treeLeaf(model.splits[t] as number[], model.leaves[t] as number[], model.depth, input);
  return z;
}

export function quoteProbability(model: QuoteModel, vector: Readonly<Record<string, number>>): number {
  let z: number;
  if (isTrees(model)) z = treeScore(model, model.features.map((name) => vector[name] ?? 0));
  else {
    z = model.bias;
    for (const name in vector) z += (model.weights[name] ?? 0) * (vector[name] as number);
  }
  return 1 / (1 + Math.exp(-z));
}

/** A tree model's input, read once per model: where each of its features stands in FEATURE_NAMES (a name it does not know reads 0, past the end). */
const inputsOf = new WeakMap<TreeQuoteModel, { positions: Int32Array; input: Float64Array }>();
const allValues = new Float64Array(FEATURE_NAMES.length + 1);

function treeProbability(model: TreeQuoteModel, f: QuoteFeatures, ruleKind: QuoteKind): number {
  let found = inputsOf.get(model);
  if (found === undefined) {
    const positions = Int32Array.from(model.features, (name) => {
      const at = FEATURE_NAMES.indexOf(name);
      return at < 0 ? FEATURE_NAMES.length : at;
    });
    found = { positions, input: new Float64Array(positions.length) };
    inputsOf.set(model, found);
  }
  const { positions, input } = found;
  featureValues(f, ruleKind, allValues);
  for (let k = 0; k < positions.length; k += 1) input[k] = allValues[positions[k] as number] as number;
  return 1 / (1 + Math.exp(-treeScore(model, input)));
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

const weightsOf = new WeakMap<LogisticQuoteModel, Weights>();

function weights(model: LogisticQuoteModel): Weights {
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
 * (or the same leaves) added in the same order. A feature that is 0 adds ±0, which leaves the sum as it is, so only the
 * features that are set are added.
 */
export function probabilityOf(model: QuoteModel, f: QuoteFeatures, ruleKind: QuoteKind): number {
  if (isTrees(model)) return treeProbability(model, f, ruleKind);
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
  // say", "… is my motto") says what the writer meant, whatever the statistics of other spans. A noun
  // naming words as words ("the term", "the phrase") does not say whose they are: the model weighs it.
  if (features.hypothetical || (features.scareTrigger && !features.mentionTrigger) || features.motto) return ruleKind;
  if (ruleKind === 'title' && (features.titleTrigger || features.categoryNoun || features.categoryApposed || features.acronymOwner || features.authored)) return ruleKind;
  const quotation = probabilityOf(model, features, ruleKind) >= model.threshold;
  const ruleHighlights = ruleKind === 'speech' || ruleKind === 'partial';
  if (quotation) return ruleHighlights ? ruleKind : features.attachment === 'embedded' ? 'partial' : 'speech';
  return ruleHighlights ? 'scare' : ruleKind;
}
