import { endsOnStop } from '../text-measure.js';
import { blocksIn, isLeafBlock, textOf, wordCount } from './block-measure.js';
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
// One number and its unit: no nested repetition, which would backtrack without end on a long digit run.
const DURATION = /^\d+(?:\s*(?:min|mins|minutes?|minuten|sec))?(?:\s*(?:read|lesezeit|de lecture))?$/u;

type Echo = 'title' | 'byline' | 'date' | 'excerpt' | null;

function echoOf(text: string, meta: ArticleMetadata): Echo {
  const key = labelKey(text);
  const words = wordCount(text);
  const title = meta.title ? labelKey(meta.title) : '';
  if (title !== '' && key.includes(title) && words <= wordCount(meta.title ?? '') + 4) return 'title';
  const byline = meta.byline ? labelKey(meta.byline) : '';
  if (byline !== '' && key.includes(byline) && words <= wordCount(meta.byline ?? '') + 20 && !endsOnStop(text)) return 'byline';
  if (words <= 14 && !endsOnStop(text) && (DATE.test(text) || DURATION.test(key))) return 'date';
  if (meta.excerpt && key === labelKey(meta.excerpt)) return 'excerpt';
  return null;
}

/**
 * Removes the page's own header when Readability keeps it: the headline, the standfirst, the byline and
 * the date lines at the top of the article, which the reader shows from the metadata. Only a leading
 * run of such blocks goes, and only when it holds more than the standfirst: Readability's excerpt
 * falls back to the first paragraph, which must stay.
 */
export function removeMetadataEcho(root: DocumentFragment | Element, meta: ArticleMetadata): void {
  // Twice: once the headline and standfirst are gone, a header's loose date becomes a block of its own.
  if (removeLeadingEchoes(root, meta, false)) removeLeadingEchoes(root, meta, true);
}

function removeLeadingEchoes(root: DocumentFragment | Element, meta: ArticleMetadata, headerFound: boolean): boolean {
  // The first leaves that hold text, and one more to tell a header from a page that is only a header:
  // the rest of the article is never read.
  const leaves: Array<{ leaf: Element; text: string }> = [];
  for (const block of blocksIn(root)) {
    if (leaves.length > HEADER_BLOCKS) break;
    if (!isLeafBlock(block)) continue;
    const text = textOf(block);
    if (text !== '') leaves.push({ leaf: block, text });
  }
  const header: Element[] = [];
  const kinds = new Set<Echo>();
  for (const { leaf, text } of leaves.slice(0, HEADER_BLOCKS)) {
    const echo = echoOf(text, meta);
    if (echo === null) break;
    header.push(leaf);
    kinds.add(echo);
  }
  // A date or a standfirst alone may be the article's own first lines; with the headline or byline they are its header.
  const isHeader = (headerFound && header.length > 0) || kinds.has('title') || kinds.has('byline') || (kinds.has('excerpt') && kinds.has('date'));
  // A page whose text is only its headline (or byline) has no header to drop: that text is the article.
  if (!isHeader || header.length === leaves.length) return false;
  for (const block of header) block.remove();
  removeEmptyWrappers(root);
  return true;
}
