import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuoteKind } from '../../src/core/article.js';
import type { QuoteFeatures } from '../../src/core/quotes/classify-quote.js';
import { LEXICONS } from '../../src/core/quotes/lexicons.js';
import { featureVector, probabilityOf, quoteProbability, type QuoteModel } from '../../src/core/quotes/quote-model.js';

const PATTERNS = ['after', 'before', 'according', 'sentence', 'subject', 'inherit', 'channel', 'none', 'group', 'floating', 'paragraph', 'headline', 'block'] as const;
const KINDS: readonly QuoteKind[] = ['speech', 'partial', 'title', 'scare', 'other'];

const features: fc.Arbitrary<QuoteFeatures> = fc.record({
  words: fc.integer({ min: 0, max: 80 }),
  titleCaseShare: fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true })),
  contentWords: fc.integer({ min: 0, max: 60 }),
  sentenceInside: fc.boolean(),
  endsWithComma: fc.boolean(),
  startsUpper: fc.boolean(),
  titleTrigger: fc.boolean(),
  authored: fc.boolean(),
  categoryNoun: fc.boolean(),
  categoryApposed: fc.boolean(),
  acronymOwner: fc.boolean(),
  innerSentence: fc.boolean(),
  scareTrigger: fc.boolean(),
  mentionTrigger: fc.boolean(),
  hypothetical: fc.boolean(),
  motto: fc.boolean(),
  attachment: fc.constantFrom('start', 'intro', 'embedded'),
  afterCueWord: fc.boolean(),
  afterColon: fc.boolean(),
  inHeadline: fc.boolean(),
  pattern: fc.constantFrom(...PATTERNS),
  adjacent: fc.boolean(),
  cueInSentence: fc.boolean(),
  determinerBefore: fc.boolean(),
  personInside: fc.boolean(),
  siblings: fc.integer({ min: 0, max: 9 }),
  reportedSpeech: fc.boolean(),
  predicative: fc.boolean(),
  namedBy: fc.boolean(),
  reportedClause: fc.boolean(),
});

const models = (['en', 'de'] as const).map((lang) => LEXICONS[lang]?.quoteModel as QuoteModel);

/** Two trees of depth 2 over invented splits; one names a feature no vector has, which reads 0. */
const trees: QuoteModel = {
  bias: 0.5,
  features: ['wordsLog', 'pattern:after', 'cueInSentence', 'noSuchFeature'],
  depth: 2,
  splits: [[0, 1.5, 1, 0.5, 2, 0.5], [3, 0.5, 2, 0.5, 0, 3]],
  leaves: [[-2, 1, -0.5, 0.25], [0.1, 0.2, 0.3, 0.4]],
  threshold: 0.5,
  trainedOn: 'test',
};

describe('the quote model', () => {
  it('scores a quotation with boosted trees as the bias plus the leaf each tree sends it to', () => {
    const vector = (words: number, after: number, cue: number): Record<string, number> => ({ wordsLog: Math.log1p(words), 'pattern:after': after, cueInSentence: cue });
    const logistic = (z: number): number => 1 / (1 + Math.exp(-z));
    // Three words (log 1.39 <= 1.5) go left at the root, then right on pattern:after; the second tree's
    // unknown feature reads 0 (left), then cueInSentence 1 goes right.
    expect(quoteProbability(trees, vector(3, 1, 1))).toBeCloseTo(logistic(0.5 + 1 + 0.2), 12);
    // Nine words go right at the root, then left without a cue in the sentence; the second tree as before, left.
    expect(quoteProbability(trees, vector(9, 0, 0))).toBeCloseTo(logistic(0.5 - 0.5 + 0.1), 12);
  });


  it('scores a quotation exactly as the weighted sum over its named feature vector does, for every language\'s model in turn', () => {
    // The model that scored the previous quotation must not lend its weights to the next one.
    const other: QuoteModel = { bias: -1, weights: { wordsLog: 2, 'pattern:after': 3, 'rule:scare': -4, personInside: 1.5 }, threshold: 0.5, trainedOn: 'test' };
    fc.assert(fc.property(features, fc.constantFrom(...KINDS), (f, ruleKind) => {
      for (const model of [...models, other, trees, ...models]) {
        expect(probabilityOf(model, f, ruleKind)).toBe(quoteProbability(model, featureVector(f, ruleKind)));
      }
    }), { numRuns: 500 });
  });
});
