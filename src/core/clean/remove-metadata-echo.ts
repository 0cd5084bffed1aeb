import { endsOnStop } from '../text-measure.js';
import { elementsWithTags } from '../select-tags.js';
import { BLOCK_TAGS, isBlock, isLeafBlock, textOf, wordCount } from './block-measure.js';
import { labelKey } from './phrases.js';
import { removeEmptyWrappers } from './remove-empty-wrappers.js';

/** What the reader already shows above the article, from the page's metadata. */
export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
}

/** How far into the article the page's own header may reach. */
const HEADER_BLOCKS = 8;
const DATE = /\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[./:h-]\d{1,2}\b/u;
/** A whole calendar date: 23.10.2018, 2021-10-16, 2. Februar 2022, Feb 6, 2014; a year alone is not one. */
const FULL_DATE = /\b\d{1,2}[./]\s?\d{1,2}[./]\s?(?:19|20)?\d{2}\b|\b(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+(?:19|20)\d{2}\b|\b\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b/u;
/** Words of a date line that hold no digit ("Updated", "Uhr", "Veröffentlicht am"): a few at most, or it says more than a date. */
const MAX_DATE_LINE_WORDS = 6;
const wordsWithoutDigits = (text: string): number => text.split(/\s+/u).filter((word) => /\p{L}/u.test(word) && !/\p{N}/u.test(word)).length;
// One number and its unit: no nested repetition, which would backtrack without end on a long digit run.
const DURATION = /^\d+(?:\s*(?:min|mins|minutes?|minuten|sec))?(?:\s*(?:read|lesezeit|de lecture))?$/u;

/** Blocks, and `time` elements: a header's date may sit loose beside its blocks (`<header><p>…</p><time>…</time></header>`). */
const HEADER_TAGS = new Set([...BLOCK_TAGS, 'TIME']);

/** A `time` element whose nearest block holds other blocks too: a line of its own, not words of a paragraph. */
function looseInBlocks(time: Element): boolean {
  let block = time.parentElement;
  while (block !== null && !isBlock(block)) block = block.parentElement;
  return block !== null && !isLeafBlock(block);
}

type Echo = 'title' | 'byline' | 'date' | 'full-date' | 'excerpt' | null;

function echoOf(text: string, meta: ArticleMetadata): Echo {
  const key = labelKey(text);
  const words = wordCount(text);
  const title = meta.title ? labelKey(meta.title) : '';
  if (title !== '' && key.includes(title) && words <= wordCount(meta.title ?? '') + 4) return 'title';
  const byline = meta.byline ? labelKey(meta.byline) : '';
  if (byline !== '' && key.includes(byline) && words <= wordCount(meta.byline ?? '') + 20 && !endsOnStop(text)) return 'byline';
  if (words <= 14 && !endsOnStop(text) && wordsWithoutDigits(text) <= MAX_DATE_LINE_WORDS) {
    if (FULL_DATE.test(text)) return 'full-date';
    if (DATE.test(text) || DURATION.test(key)) return 'date';
  }
  if (meta.excerpt && key === labelKey(meta.excerpt)) return 'excerpt';
  return null;
}

/**
 * Removes the page's own header when Readability keeps it: the headline, the byline and the date lines at
 * the top of the article, which the reader shows from the metadata. Only a leading run of such blocks goes
 * (the standfirst may sit inside it and stays), and only when it holds the headline, the byline or a whole
 * calendar date: a year or a time alone may be the article's own first line.
 */
export function removeMetadataEcho(root: DocumentFragment | Element, meta: ArticleMetadata): void {
  // Twice: once the headline and standfirst are gone, a header's loose date becomes a block of its own.
  if (removeLeadingEchoes(root, meta, false)) removeLeadingEchoes(root, meta, true);
}

function removeLeadingEchoes(root: DocumentFragment | Element, meta: ArticleMetadata, headerFound: boolean): boolean {
  // The first leaves that hold text, and one more to tell a header from a page that is only a header:
  // the rest of the article is never read.
  const leaves: Array<{ leaf: Element; text: string }> = [];
  for (const block of elementsWithTags(root, HEADER_TAGS)) {
    if (leaves.length > HEADER_BLOCKS) break;
    if (block.tagName === 'TIME' ? !looseInBlocks(block) : !isLeafBlock(block)) continue;
    const text = textOf(block);
    if (text !== '') leaves.push({ leaf: block, text });
  }
  const header: Element[] = [];
  const kinds = new Set<Echo>();
  const echoes = new Map<Element, Echo>();
  for (const { leaf, text } of leaves.slice(0, HEADER_BLOCKS)) {
    const echo = echoOf(text, meta);
    if (echo === null) break;
    header.push(leaf);
    kinds.add(echo);
    echoes.set(leaf, echo);
  }
  // A year or a time alone may be the article's own first line ("2026 in Zahlen"); with the headline, the byline
  // or a whole calendar date they are its header.
  const isHeader = (headerFound && header.length > 0) || kinds.has('title') || kinds.has('byline') || kinds.has('full-date');
  // A page whose text is only its headline (or byline) has no header to drop: that text is the article.
  if (!isHeader || header.length === leaves.length) return false;
  // The standfirst stays: the reader shows headline, byline and date from the metadata, never the summary,
  // and a wire story's description is its lede.
  const removed = header.filter((block) => echoes.get(block) !== 'excerpt');
  if (removed.length === 0) return false;
  for (const block of removed) block.remove();
  removeEmptyWrappers(root);
  return true;
}
