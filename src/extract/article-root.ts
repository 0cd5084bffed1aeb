import { elementsByTag } from '../core/select-tags.js';
import { sentenceEndOffsets } from '../core/text-measure.js';
import type { PageIndex } from './page-index.js';
import { firstInDocument, selectByTagOrAttribute } from './select-fast.js';

const MAIN_ROLE = new Set(['main']);
/** Shorter paragraphs are captions, bylines and teasers: they say nothing about where the story is. */
const MIN_PARAGRAPH = 80;

/** Elements whose text no reader sees. */
const CODE_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Their local names, as the selector `script, style, template, noscript` matches them (in any namespace). */
const CODE_NAMES = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Whether an element inside `element` is code (`element.querySelector('script, style, template, noscript')`),
 * by a walk of its elements: a paragraph holds a few, and under jsdom a selector list costs a walk per
 * selector through its selector engine.
 */
function holdsCode(element: Element): boolean {
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (CODE_NAMES.has(child.localName) || holdsCode(child)) return true;
  }
  return false;
}

/** The element's text without what sits inside scripts, styles, templates and noscript elements. */
function readableText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) text += (child as Text).data;
    else if (child.nodeType === 1 && !CODE_TAGS.has((child as Element).tagName)) text += readableText(child as Element);
  }
  return text;
}

/** A long paragraph of prose ends a sentence at least once in this many characters. */
const SENTENCE_SPAN = 1000;

/**
 * Prose is written in sentences: a long `<p>` with hardly a sentence end is a list in paragraph form (the
 * names of readers who liked a story, a keyword cloud, a chapter index), not the story.
 */
const readsInSentences = (text: string): boolean =>
  text.length < SENTENCE_SPAN || sentenceEndOffsets(text).length >= Math.floor(text.length / SENTENCE_SPAN);

/** The page's paragraphs of prose: their lengths inside every element, and their texts. */
export interface PageProse {
  lengths: Map<Element, number>;
  /** Each paragraph of 80+ characters, trimmed, in page order. */
  paragraphs: string[];
}

/**
 * Paragraph text inside every element (its descendant `<p>`s of 80+ characters), for the whole page in
 * one pass: each paragraph adds its length to its ancestors. Asking each candidate element for its own
 * paragraphs instead costs a subtree walk per candidate, quadratic on deep pages.
 */
export function measureProse(doc: Document, index: PageIndex | null = null): PageProse {
  const lengths = new Map<Element, number>();
  const paragraphs: string[] = [];
  // By tag name: jsdom answers it from a cached list, several times faster than a selector.
  const found = index === null ? elementsByTag(doc, 'p') : index.tag('P').filter((p) => doc.contains(p));
  for (const p of found) {
    let text = (p.textContent ?? '').trim();
    if (text.length < MIN_PARAGRAPH) continue;
    // A script inside a paragraph (a video player's settings) is code, not prose: its text is no reader's.
    // A paragraph of plain text (no element in it, as most are) holds none: not queried (under jsdom a
    // selector walks the paragraph; this page's paragraphs are measured twice, for the guard and the lead figure).
    if (p.firstElementChild !== null && holdsCode(p)) text = readableText(p).trim();
    if (text.length < MIN_PARAGRAPH || !readsInSentences(text)) continue;
    paragraphs.push(text);
    for (let ancestor = p.parentElement; ancestor !== null; ancestor = ancestor.parentElement) {
      lengths.set(ancestor, (lengths.get(ancestor) ?? 0) + text.length);
    }
  }
  return { lengths, paragraphs };
}

export const proseLengths = (doc: Document): Map<Element, number> => measureProse(doc).lengths;

/**
 * The element the page itself says is the article, if it says so: `articleBody`, then the `<article>`
 * with the most prose, then the main landmark. Null when the page names none.
 */
export function findArticleRoot(doc: Document, prose: ReadonlyMap<Element, number> = proseLengths(doc), index: PageIndex | null = null): Element | null {
  const length = (element: Element): number => prose.get(element) ?? 0;
  const inPage = (element: Element): boolean => index === null || doc.contains(element);
  const marked = index === null ? Array.from(doc.querySelectorAll('[itemprop]')) : index.withAttribute('itemprop');
  const body = marked.find((element) =>
    (element.getAttribute('itemprop') ?? '').split(/\s+/).includes('articleBody') && inPage(element)) ?? null;
  if (body !== null && length(body) > 0) return body;
  let best: Element | null = null;
  for (const article of index === null ? elementsByTag(doc, 'article') : index.tag('ARTICLE')) {
    if (length(article) > (best === null ? 0 : length(best)) && inPage(article)) best = article;
  }
  if (best !== null) return best;
  if (index === null) return firstInDocument(selectByTagOrAttribute(doc, ['main'], 'role', MAIN_ROLE));
  const mains = [...index.tag('MAIN'), ...index.withAttribute('role').filter((element) => MAIN_ROLE.has(element.getAttribute('role') ?? ''))];
  return firstInDocument(mains.filter(inPage));
}

/** What no removal before Readability may take: the article's root and what holds most of the page's prose. */
export interface ArticleGuard {
  root: Element | null;
  keep: (element: Element) => boolean;
  /** The page's paragraphs of prose, as served (before any removal). */
  paragraphs: readonly string[];
}

/**
 * Guards every removal before Readability: an element that holds the article, or most of the page's
 * prose, stays, whatever its markup says (a page whose whole content sits in `role=main` or a `<header>`).
 * Prose is measured once, on the page as served.
 */
export function makeArticleGuard(doc: Document, index: PageIndex | null = null): ArticleGuard {
  const { lengths: prose, paragraphs } = measureProse(doc, index);
  const root = findArticleRoot(doc, prose, index);
  const pageProse = doc.body ? prose.get(doc.body) ?? 0 : 0;
  const keep = (element: Element): boolean => {
    if (root !== null && (element === root || element.contains(root))) return true;
    return pageProse > 0 && (prose.get(element) ?? 0) > pageProse * 0.3;
  };
  return { root, keep, paragraphs };
}
