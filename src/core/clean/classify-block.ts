import { hasQuoteMarks, linkDensity, readsAsProse, textOf, wordCount } from './block-measure.js';
import { labelKey, phraseKey, type Phrases } from './phrases.js';

/** Why a block is clutter, or null when it is article text. */
export type ClutterKind = 'label' | 'metadata' | 'tags' | 'teaser' | 'share' | 'call';

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

function isLabel(text: string, phrases: Phrases): boolean {
  if (wordCount(text) > MAX_LABEL_WORDS) return false;
  const key = labelKey(text);
  if (key === '') return false;
  return phrases.labels.has(key) || phrases.labels.has(labelKey(key.replace(TRAILING_COUNT, '')));
}

/** "First Published: Jul 04 2025 | 1:29 PM IST": a short dated line that repeats the metadata. */
function isMetadataLine(text: string, phrases: Phrases): boolean {
  return wordCount(text) <= 16 && /\p{N}/u.test(text) && phrases.metadata.test(phraseKey(text));
}

/** "Topics : Vladimir Putin Donald Trump …": a tag or share label followed by links. */
function isTagList(element: Element, text: string, phrases: Phrases): boolean {
  return phrases.tags.test(phraseKey(text)) && linkDensity(element) >= 0.4 && wordCount(text) <= 80;
}

/** "ALSO READ: <a>…</a>" as a whole block: a teaser label followed by a linked headline. */
function isTeaser(element: Element, text: string, phrases: Phrases): boolean {
  if (!phrases.teaser.test(phraseKey(text)) || wordCount(text) > 40) return false;
  return linkDensity(element) >= 0.4;
}

/** "Facebook X WhatsApp Email": only the words of a share bar. */
function isShareBar(element: Element, text: string, phrases: Phrases): boolean {
  const words = phraseKey(text).split(/[\s|•·,/]+/u).filter((word) => word !== '');
  if (words.length < 2 || words.length > 15) return false;
  return words.every((word) => phrases.share.has(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))
    && (element.querySelector('a') !== null || words.length >= 3);
}

/**
 * A call to action: a short block matching one of the phrases, with a link or at the end of the article.
 * A sentence that only mentions Telegram does not match; a quoted sentence is someone speaking, not the site.
 */
function isCallToAction(element: Element, text: string, phrases: Phrases, context: BlockContext): boolean {
  const words = wordCount(text);
  if (words > 50 || hasQuoteMarks(text)) return false;
  const key = phraseKey(text);
  if (!phrases.isCall(key)) return false;
  return element.querySelector('a') !== null || context.nearEnd || words <= 20 || !readsAsProse(element);
}

export function classifyBlock(element: Element, phrases: Phrases, context: BlockContext): ClutterKind | null {
  const text = textOf(element);
  if (text === '') return null;
  if (isLabel(text, phrases)) return 'label';
  if (isMetadataLine(text, phrases)) return 'metadata';
  if (isTagList(element, text, phrases)) return 'tags';
  if (isTeaser(element, text, phrases)) return 'teaser';
  if (isShareBar(element, text, phrases)) return 'share';
  if (isCallToAction(element, text, phrases, context)) return 'call';
  return null;
}
