import type { ExtractionResult, ExtractionTimings, Quote } from '../core/article.js';
import { displayByline } from '../core/byline.js';
import { displaySite } from '../core/site-label.js';
import { processArticle } from '../core/process-article.js';
import type { Sanitizer } from '../core/sanitize.js';
import { extractArticle } from '../extract/extract-article.js';
import { PageParser } from './parse-page.js';

const extractionMs = ({ clone, prepare, readability }: ExtractionTimings): number => clone + prepare + readability;

/** One page's JSON object, as cli-contract.md fixes it. */
export interface PageReport {
  file: string;
  url: string | null;
  ok: boolean;
  error: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  html: string;
  text: string;
  wordCount: number;
  readingMinutes: number;
  quotes: Quote[];
  timings: { parse: number; readability: number; clean: number; quotes: number; sanitize: number; total: number };
}

const NO_ARTICLE: Record<Exclude<ExtractionResult['status'], 'article'>, string> = {
  'not-article': 'No article was found on this page.',
  'not-html': 'This file is not a web page.',
  loading: 'The page had not finished loading.',
  error: 'The page could not be read.',
};

export function emptyReport(file: string, url: string | null, error: string): PageReport {
  return {
    file, url, ok: false, error, title: null, byline: null, siteName: null, publishedTime: null, lang: null, dir: null,
    excerpt: null, html: '', text: '', wordCount: 0, readingMinutes: 0, quotes: [],
    timings: { parse: 0, readability: 0, clean: 0, quotes: 0, sanitize: 0, total: 0 },
  };
}

export interface ReportDeps {
  sanitize: Sanitizer;
  /** The window pages are parsed in, kept for a batch (the worker's); without one, a window for this page. */
  parser?: PageParser;
  now?: () => number;
}

/** Runs the whole pipeline on one saved page. Never throws: a failure becomes `ok: false`. */
export function reportPage(file: string, html: string, url: string | null, deps: ReportDeps): PageReport {
  const now = deps.now ?? (() => performance.now());
  const started = now();
  const parser = deps.parser ?? new PageParser();
  try {
    const doc = parser.parse(html, url);
    const parsed = now();
    // The command line's parse is its own: read in place, and parsed again only for the later passes.
    const reparse = (): Document => parser.parse(html, url);
    const result = extractArticle(doc, { url, now, consume: true, reparse, complete: true, keepTree: true });
    if (result.status !== 'article') {
      const reason = result.status === 'error' ? `${NO_ARTICLE.error} (${result.message})` : NO_ARTICLE[result.status];
      return emptyReport(file, url, reason);
    }
    const { article } = result;
    const processed = processArticle(article, deps.sanitize, undefined, now, result.tree ?? null);
    // Moved, not copied, into an element of its own document, to be serialized.
    const container = processed.body.ownerDocument.createElement('div');
    container.append(processed.body);
    const total = now() - started;
    return {
      file, url, ok: true, error: null,
      title: article.title, byline: displayByline(article.byline, article.lang, displaySite(article.siteName, article.url)), siteName: article.siteName, publishedTime: article.publishedTime,
      lang: article.lang, dir: article.dir, excerpt: article.excerpt,
      html: container.innerHTML, text: processed.text, wordCount: processed.wordCount,
      readingMinutes: processed.readingMinutes, quotes: processed.quotes,
      timings: {
        // The contract has one extraction stage: the clone, our preparing of it, and Readability's parse.
        parse: parsed - started, readability: extractionMs(article.timings), clean: processed.timings.clean,
        quotes: processed.timings.quotes, sanitize: processed.timings.sanitize, total,
      },
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return emptyReport(file, url, `The page could not be processed (${detail}).`);
  } finally {
    if (deps.parser === undefined) parser.close();
    else parser.release();
  }
}
