import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ExtractedArticle, ExtractionResult, ExtractionTimings } from '../core/article.js';
import { judgeArticleHtml } from './judge-article.js';
import { findLeadFigure, withLeadFigure } from './lead-figure.js';
import { flattenShadowRoots } from './flatten-shadow-roots.js';
import { frameDocuments } from './frame-documents.js';
import { prepareDocument } from './prepare-document.js';
import { pageMainText } from './page-main-text.js';

/**
 * The one seam around Readability: a live or parsed Document in, plain JSON-safe data out.
 * Readability mutates what it is given, so it always runs on a clone; the page itself is never touched.
 */

export interface ExtractOptions {
  /** The page's address, when the document does not know it (a saved page). */
  url?: string | null;
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
 * Readability on a clone of the page. With `flattenShadow`, the clone first gets what the page's open
 * shadow roots show; null when it has none (nothing would change).
 */
function readClone(doc: Document, now: () => number, flattenShadow: false): Pass;
function readClone(doc: Document, now: () => number, flattenShadow: true): Pass | null;
function readClone(doc: Document, now: () => number, flattenShadow: boolean): Pass | null {
  const t0 = now();
  const clone = doc.cloneNode(true) as Document;
  if (flattenShadow && flattenShadowRoots(doc, clone) === 0) return null;
  const t1 = now();
  prepareDocument(clone);
  const leadFigure = findLeadFigure(clone);
  const readerable = isProbablyReaderable(clone);
  const t2 = now();
  const parsed = new Readability(clone).parse();
  return { parsed, leadFigure, readerable, timings: { clone: t1 - t0, prepare: t2 - t1, readability: now() - t2 } };
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractionResult {
  const result = extractFrom(doc, options);
  if (result.status !== 'not-article') return result;
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
  if (doc.readyState === 'loading' && (doc.body?.childElementCount ?? 0) === 0) return { status: 'loading' };

  const plain = readClone(doc, now, false);
  const first = resultOf(doc, plain, options);
  if (first.status === 'article') return first;
  // No article in the page's own tree: it may be drawn inside web components. Looking costs a walk over
  // the page, so only a page that gave no article pays it.
  const flattened = readClone(doc, now, true);
  if (flattened === null) return first;
  const second = resultOf(doc, flattened, options);
  if (second.status !== 'article') return first;
  // The reader waited for both passes: the timings say so.
  for (const stage of ['clone', 'prepare', 'readability'] as const) second.article.timings[stage] += plain.timings[stage];
  return second;
}

function resultOf(doc: Document, pass: Pass, options: ExtractOptions): ExtractionResult {
  const { parsed, leadFigure, readerable, timings } = pass;
  const url = documentUrl(doc, options.url);
  const lang = text(parsed?.lang) ?? text(doc.documentElement?.getAttribute('lang'));
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
