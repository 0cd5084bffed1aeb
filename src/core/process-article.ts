import type { ExtractedArticle, Quote, QuoteKind } from './article.js';
import { cleanArticle, cleanLabelled } from './clean/clean-article.js';
import { phrasesFor, type PhraseSet } from './clean/phrases.js';
import { findQuotes } from './quotes/find-quotes.js';
import { markQuotes } from './quotes/mark-quotes.js';
import type { LexiconSet } from './quotes/lexicon.js';
import { readingLength } from './reading-time.js';
import type { Sanitizer } from './sanitize.js';
import { blocksToText, textBlocks } from './text-blocks.js';

export interface ProcessOptions {
  images: boolean;
  /** Quotation kinds shown highlighted. */
  highlight: readonly QuoteKind[];
  /** Quote lexicons beyond the bundled ones: the article's language, when the extension loaded it. */
  lexicons?: LexiconSet | undefined;
  /** Clean-up phrases beyond the bundled ones: the article's language, when the extension loaded it. */
  phrases?: PhraseSet | undefined;
}

/** More highlights than any article holds; the rest of a flood of marks stays plain text. */
export const MAX_HIGHLIGHTS = 1000;

export const DEFAULT_PROCESS_OPTIONS: ProcessOptions = { images: true, highlight: ['speech', 'partial'] };

export interface ProcessedArticle {
  /** Sanitized, cleaned, with quotations marked up: ready to be adopted into a page. */
  body: DocumentFragment;
  text: string;
  wordCount: number;
  readingMinutes: number;
  quotes: Quote[];
  timings: { sanitize: number; clean: number; quotes: number };
}

/**
 * The quote stage, as `timings.quotes` measures it: the cleaned article's text blocks, its quotations
 * found, and the highlighted ones marked in `body`. Returns the article's text and every quotation.
 */
export function quoteStage(body: DocumentFragment, article: Pick<ExtractedArticle, 'title' | 'lang'>, options: ProcessOptions): { text: string; quotes: Quote[] } {
  const blocks = textBlocks(body);
  const text = blocksToText(blocks);
  const found = findQuotes(blocks, { title: article.title, lang: article.lang, lexicons: options.lexicons, text });
  const quotes: Quote[] = found.map((quote) => ({
    text: quote.text,
    start: quote.start,
    end: quote.end,
    kind: quote.kind,
    highlighted: options.highlight.includes(quote.kind),
    speaker: quote.speaker,
    pattern: quote.pattern,
  }));
  // A page of tens of thousands of quotation marks (test/e2e odd pages) would spend seconds laying out
  // marks no reader follows: highlight the first ones, report them all.
  markQuotes(blocks, found.filter((quote) => options.highlight.includes(quote.kind)).slice(0, MAX_HIGHLIGHTS));
  return { text, quotes };
}

/**
 * The pure pipeline after extraction: clean by the page's own labels, sanitize, clean by phrases and
 * measures, find quotations, mark them. The same code runs
 * in the popup, the reader tab and the command line.
 */
export function processArticle(
  article: ExtractedArticle,
  sanitize: Sanitizer,
  options: ProcessOptions = DEFAULT_PROCESS_OPTIONS,
  now: () => number = () => performance.now(),
  /** The body as a tree, when the caller has it (`ExtractionResult`'s `tree`): copied instead of parsed from `contentHtml`. */
  tree: Element | null = null,
): ProcessedArticle {
  const t0 = now();
  let cleanMs = 0;
  const beforeSanitize = (inert: HTMLElement): void => {
    const started = now();
    cleanLabelled(inert);
    cleanMs += now() - started;
  };
  const body = sanitize(article.contentHtml, { images: options.images, beforeSanitize, tree });
  const t1 = now();
  cleanArticle(body, { title: article.title, byline: article.byline, excerpt: article.excerpt }, phrasesFor(article.lang, options.phrases),
    { keepRelated: article.shownAnyway === true });
  const t2 = now();
  const { text, quotes } = quoteStage(body, article, options);
  const t3 = now();
  const length = readingLength(text);
  return {
    body,
    text,
    wordCount: length.words,
    readingMinutes: length.minutes,
    quotes,
    timings: { sanitize: t1 - t0 - cleanMs, clean: t2 - t1 + cleanMs, quotes: t3 - t2 },
  };
}
