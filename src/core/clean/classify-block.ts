import { hasQuoteMarks, linkDensity, readsAsProse, textOf, wordCount } from './block-measure.js';
import { labelKey, phraseKey, type Phrases } from './phrases.js';

/** Why a block is clutter, or null when it is article text. */
export type ClutterKind = 'label' | 'metadata' | 'tags' | 'teaser' | 'share' | 'call' | 'rights';

export interface BlockContext {
  /** The block is among the last few blocks of the article, where calls to action sit. */
  nearEnd: boolean;
}

// "Listen to This Article 5 min", "Comments (2)": a label followed by a count or a duration is still a label.
// One count, anchored, with no nested quantifiers: the old `(…)+$` form backtracked exponentially on a
// long text full of numbers (corpus page toc-missing hung the pipeline).
const TRAILING_COUNT = /[\s(·|•-]*\d+(?:[:.,]\d+)*\s*(?:min|mins|minutes?|sec|s|минуты?|мин|分)?\)?\s*$/u;
/** Labels are a few words; longer text is never one, and is not worth a regular expression. */
const MAX_LABEL_WORDS = 12;

/** A block's text, measured once for all the rules: its words and its phrase key. */
interface Measured {
  text: string;
  words: number;
  /** phraseKey(text): what the phrase lists are matched against. */
  key: string;
}

function isLabel({ words, key }: Measured, phrases: Phrases): boolean {
  if (words > MAX_LABEL_WORDS) return false;
  const label = labelKey(key);
  if (label === '') return false;
  return phrases.labels.has(label) || phrases.labels.has(labelKey(label.replace(TRAILING_COUNT, '')));
}

/** "First Published: Jul 04 2025 | 1:29 PM IST": a short dated line that repeats the metadata. */
function isMetadataLine({ text, words, key }: Measured, phrases: Phrases): boolean {
  return words <= 16 && /\p{N}/u.test(text) && phrases.metadata.test(key);
}

/** "Topics : Vladimir Putin Donald Trump …": a tag or share label followed by links. */
function isTagList(element: Element, { text, words, key }: Measured, phrases: Phrases): boolean {
  return phrases.tags.test(key) && linkDensity(element, text.length) >= 0.4 && words <= 80;
}

/** "ALSO READ: <a>…</a>" as a whole block: a teaser label followed by a linked headline. */
function isTeaser(element: Element, { text, words, key }: Measured, phrases: Phrases): boolean {
  if (!phrases.teaser.test(key) || words > 40) return false;
  return linkDensity(element, text.length) >= 0.4;
}

/** "Facebook X WhatsApp Email": only the words of a share bar. */
function isShareBar(element: Element, { key }: Measured, phrases: Phrases): boolean {
  const words = key.split(/[\s|•·,/]+/u).filter((word) => word !== '');
  if (words.length < 2 || words.length > 15) return false;
  return words.every((word) => phrases.share.has(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))
    && (element.querySelector('a') !== null || words.length >= 3);
}

/**
 * A call to action: a short block matching one of the phrases, with a link or at the end of the article.
 * A sentence that only mentions Telegram does not match; a quoted sentence is someone speaking, not the site.
 */
function isCallToAction(element: Element, { text, words, key }: Measured, phrases: Phrases, context: BlockContext): boolean {
  if (words > 50 || hasQuoteMarks(text)) return false;
  if (!phrases.isCall(key)) return false;
  return element.querySelector('a') !== null || context.nearEnd || words <= 20 || !readsAsProse(element);
}

/** No rights statement runs longer than this; a longer block is the story's own text. */
const MAX_RIGHTS_WORDS = 60;

/**
 * "© 2025 Harbour Gazette. All rights reserved.", "Dieser Artikel wurde unter einer Lizenz … veröffentlicht": the
 * page's rights or syndication line. The statement leads or ends the block; a quoted one is someone speaking.
 */
function isRightsLine({ text, words, key }: Measured, phrases: Phrases): boolean {
  return words <= MAX_RIGHTS_WORDS && !hasQuoteMarks(text) && phrases.isRights(key);
}

export function classifyBlock(element: Element, phrases: Phrases, context: BlockContext): ClutterKind | null {
  const text = textOf(element);
  if (text === '') return null;
  const measured: Measured = { text, words: wordCount(text), key: phraseKey(text) };
  if (isLabel(measured, phrases)) return 'label';
  if (isMetadataLine(measured, phrases)) return 'metadata';
  if (isTagList(element, measured, phrases)) return 'tags';
  if (isTeaser(element, measured, phrases)) return 'teaser';
  if (isShareBar(element, measured, phrases)) return 'share';
  if (isCallToAction(element, measured, phrases, context)) return 'call';
  if (isRightsLine(measured, phrases)) return 'rights';
  return null;
}
