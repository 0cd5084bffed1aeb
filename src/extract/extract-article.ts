import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ExtractedArticle, ExtractionResult, ExtractionTimings } from '../core/article.js';
import { normalizeLanguage } from '../core/language-tag.js';
import { capTreeDepth } from './cap-tree-depth.js';
import { judgeArticleHtml } from './judge-article.js';
import { findLeadFigure, withLeadFigure } from './lead-figure.js';
import { flattenShadowRoots } from './flatten-shadow-roots.js';
import { frameDocuments } from './frame-documents.js';
import { prepareDocument } from './prepare-document.js';
import { unwrapNoscript } from './unwrap-noscript.js';
import { pageMainText } from './page-main-text.js';
import { keepProseRoot } from './prose-root.js';

/**
 * The one seam around Readability: a live or parsed Document in, plain JSON-safe data out.
 * Readability mutates what it is given, so it always runs on a clone; the page itself is never touched.
 */

export interface ExtractOptions {
  /** The page's address, when the document does not know it (a saved page). */
  url?: string | null;
  /**
   * The document is the caller's own parse, never shown to anyone (the command line's): the first pass
   * reads it in place instead of cloning it, which costs a third of Readability's own time under jsdom.
   * Passes after the first need the page as it was, so a consumed document gives its first answer only:
   * a caller that gets "not-article" parses the page again and asks without this.
   */
  consume?: boolean;
  /**
   * The document is a whole file parsed at once (the command line's saved page): it is never "still
   * loading", whatever its `readyState` says (jsdom says "loading" until its load event fires).
   */
  complete?: boolean;
  /** Elements above which the page is refused (MAX_ELEMENTS by default). */
  maxElements?: number;
  /** A clock for the timings; `performance.now` by default. */
  now?: () => number;
}

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
};

const direction = (value: string | null | undefined): 'ltr' | 'rtl' | null =>
  value === 'rtl' || value === 'ltr' ? value : null;

function documentUrl(doc: Document, url: string | null | undefined): string | null {
  if (url) return url;
  const href = doc.location?.href ?? doc.URL;
  return href && href !== 'about:blank' ? href : null;
}

interface Pass {
  parsed: ReturnType<Readability['parse']>;
  leadFigure: ReturnType<typeof findLeadFigure>;
  readerable: boolean;
  timings: ExtractionTimings;
}

/**
 * How a later pass changes its clone before preparing it; false when nothing would change (the pass is
 * skipped).
 */
type Variant = (page: Document, clone: Document) => boolean;

/** Passes tried, in order, when the page's own tree gave no article; each costs a clone and a parse. */
const FALLBACK_VARIANTS: readonly Variant[] = [
  // The article may be drawn inside web components: the clone gets what open shadow roots show.
  (page, clone) => flattenShadowRoots(page, clone) > 0,
  // Or shown only to readers without JavaScript, inside noscript elements (a saved page, parsed with scripting off).
  (_page, clone) => unwrapNoscript(clone) > 0,
  // Or Readability chose the page's header, or the whole page around a short post: the element that
  // holds the page's paragraphs, alone.
  (_page, clone) => keepProseRoot(clone),
];

/**
 * Elements above which Readability refuses the page (it throws before parsing): a bound on the time the
 * page's tab is held. The 5 MB odd page of the browser tests has about 42,000 (12,000 menu items with
 * their links, 6,000 comments of three elements).
 */
export const MAX_ELEMENTS = 250_000;
const TOO_MANY_ELEMENTS = /^Aborting parsing document; (\d+) elements found/;

/** Readability on a clone of the page, changed first by `variant`; null when the variant changes nothing. */
function readClone(doc: Document, now: () => number, variant: Variant | null, maxElements: number, inPlace = false): Pass | null {
  const t0 = now();
  const clone = inPlace ? doc : (doc.cloneNode(true) as Document);
  if (variant !== null && !variant(doc, clone)) return null;
  const t1 = now();
  capTreeDepth(clone);
  prepareDocument(clone);
  const leadFigure = findLeadFigure(clone);
  const readerable = isProbablyReaderable(clone);
  const t2 = now();
  // Classes kept: the cleaner reads the page's own labels (related, share, caption…) before sanitizing.
  const parsed = new Readability(clone, { keepClasses: true, maxElemsToParse: maxElements }).parse();
  return { parsed, leadFigure, readerable, timings: { clone: t1 - t0, prepare: t2 - t1, readability: now() - t2 } };
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractionResult {
  try {
    return extractWithFrames(doc, options);
  } catch (error) {
    const tooMany = error instanceof Error ? TOO_MANY_ELEMENTS.exec(error.message) : null;
    if (tooMany === null) throw error;
    return { status: 'error', message: `The page is too large to read (${tooMany[1]} elements; the reader reads up to ${options.maxElements ?? MAX_ELEMENTS}).` };
  }
}

function extractWithFrames(doc: Document, options: ExtractOptions): ExtractionResult {
  const result = extractFrom(doc, options);
  if (result.status !== 'not-article' || options.consume === true) return result;
  // A frameset, or a page that shows its story in a frame of its own site: the largest frame that holds
  // an article gives it (one level down; a cross-origin frame cannot be read).
  for (const inner of frameDocuments(doc)) {
    const framed = extractFrom(inner, { ...options, url: null });
    if (framed.status === 'article') return framed;
  }
  return result;
}

function extractFrom(doc: Document, options: ExtractOptions): ExtractionResult {
  const now = options.now ?? (() => performance.now());
  const contentType = doc.contentType ?? 'text/html';
  if (contentType !== 'text/html' && contentType !== 'application/xhtml+xml') return { status: 'not-html', contentType };
  // A browser still receiving the page: what has arrived so far is no article yet.
  if (options.complete !== true && doc.readyState === 'loading' && (doc.body?.childElementCount ?? 0) === 0) return { status: 'loading' };

  const maxElements = options.maxElements ?? MAX_ELEMENTS;
  const plain = readClone(doc, now, null, maxElements, options.consume === true) as Pass;
  const first = resultOf(doc, plain, options);
  if (first.status === 'article' || options.consume === true) return first;
  // Only a page that gave no article pays for the other passes (each a walk over the page and a parse).
  const spent: ExtractionTimings[] = [plain.timings];
  for (const variant of FALLBACK_VARIANTS) {
    const pass = readClone(doc, now, variant, maxElements);
    if (pass === null) continue;
    const result = resultOf(doc, pass, options);
    if (result.status === 'article') {
      // The reader waited for every pass: the timings say so.
      for (const earlier of spent) {
        for (const stage of ['clone', 'prepare', 'readability'] as const) result.article.timings[stage] += earlier[stage];
      }
      return result;
    }
    spent.push(pass.timings);
  }
  return first;
}

function resultOf(doc: Document, pass: Pass, options: ExtractOptions): ExtractionResult {
  const { parsed, leadFigure, readerable, timings } = pass;
  const url = documentUrl(doc, options.url);
  // Normalised here, so the command line reports what the popup shows (en_US -> en-US, x-default -> none).
  const lang = normalizeLanguage(text(parsed?.lang) ?? text(doc.documentElement?.getAttribute('lang')));
  const dir = direction(parsed?.dir ?? doc.documentElement?.getAttribute('dir'));
  if (parsed && text(parsed.textContent)) {
    const article: ExtractedArticle = {
      url,
      title: text(parsed.title) ?? text(doc.title),
      byline: text(parsed.byline),
      siteName: text(parsed.siteName),
      publishedTime: text(parsed.publishedTime),
      lang,
      dir,
      excerpt: text(parsed.excerpt),
      contentHtml: withLeadFigure(parsed.content ?? '', leadFigure),
      source: 'readability',
      timings,
    };
    // Readability's readerable check turns down short articles (and CJK ones, by counting characters):
    // when it says no, what Readability extracted gets a second look instead, parsed with the page's own
    // document's DOMParser (a clone has no window under jsdom).
    const isArticle = readerable || judgeArticleHtml(parsed.content ?? '', doc).accept;
    return isArticle ? { status: 'article', article } : { status: 'not-article', article };
  }
  const main = pageMainText(doc);
  const fallback: ExtractedArticle | null = main
    ? {
        url, title: text(doc.title), byline: null, siteName: null, publishedTime: null, lang, dir, excerpt: null,
        contentHtml: main, source: 'page', timings,
      }
    : null;
  return { status: 'not-article', article: fallback };
}
