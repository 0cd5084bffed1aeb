/**
 * Runs the whole command-line pipeline (reportPage: jsdom, Readability, cleaning, DOMPurify, the quote
 * engine) on each development document as a saved page, and scores its highlighted quotations with the
 * held-out metric. Also counts, per attribution rule, the speakers it got right and wrong, so a rule's
 * worth is measured, and times the quote stage per 10,000 characters. Real saved pages (labelled by
 * hand, scripts/bench/labelled-pages.ts) go through the same loop with their own HTML.
 */
import { reportPage } from '../../src/cli/page-report.js';
import { PageParser } from '../../src/cli/parse-page.js';
import type { Sanitizer } from '../../src/core/sanitize.js';
import { documentPage, type DevDocument } from './dev-quote-sets.js';
import {
  addQuoteCounts, emptyQuoteCounts, quoteMetrics, scoreDocument, type DocumentScore, type GoldQuote, type QuoteCounts, type QuoteMetrics,
} from './quote-metric.js';

export interface DevSetResult {
  documents: number;
  refused: number;
  counts: QuoteCounts;
  metrics: QuoteMetrics;
  /** Per attribution rule: speakers right, wrong and (for 'none') abstained on scored quotes. */
  rules: Map<string, { right: number; wrong: number; abstained: number }>;
  msPer10kMedian: number;
  /** Each document's misses, extras and speaker verdicts, for reading the failures. */
  details: Array<{ id: string; score: DocumentScore; quotes: Array<{ text: string; kind: string; speaker: string | null }> }>;
}

const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** One saved page to score: its HTML as the command line would read it, its language and gold quotes. */
export interface ScoredPage {
  id: string;
  lang: string;
  html: string;
  gold: GoldQuote[];
}

export function runDevSet(documents: readonly DevDocument[], sanitize: Sanitizer, onProgress?: (done: number) => void): DevSetResult {
  const pages = documents.map((doc) => ({ id: doc.id, lang: doc.lang, gold: doc.gold, get html() { return documentPage(doc); } }));
  return runPages(pages, sanitize, onProgress);
}

export function runPages(pages: readonly ScoredPage[], sanitize: Sanitizer, onProgress?: (done: number) => void): DevSetResult {
  const counts = emptyQuoteCounts();
  const rules = new Map<string, { right: number; wrong: number; abstained: number }>();
  const speeds: number[] = [];
  const details: DevSetResult['details'] = [];
  let refused = 0;
  // One window for the whole set, as the command line's batch parses its pages (a worker's PageParser):
  // a new jsdom window per page, never closed, left the stages timed amid garbage the tool never makes.
  const parser = new PageParser();
  try {
    pages.forEach((doc, index) => {
      const report = reportPage(`${doc.id}.html`, doc.html, null, { sanitize, parser });
      if (!report.ok) refused += 1;
      const predicted = report.quotes.filter((quote) => quote.highlighted)
        .map((quote) => ({ text: quote.text, speaker: quote.speaker, pattern: quote.pattern }));
      const score = scoreDocument(doc.gold, predicted, doc.lang);
      addQuoteCounts(counts, score.counts);
      for (const { predicted: quote, verdict } of score.speakers) {
        const rule = quote.pattern ?? 'none';
        const row = rules.get(rule) ?? { right: 0, wrong: 0, abstained: 0 };
        row[verdict] += 1;
        rules.set(rule, row);
      }
      // dev-data.md: timings.quotes per 10,000 characters of text, the median over pages: every page that
      // gave an article counts, short ones too (a refused page has no text and no quote stage).
      if (report.ok && report.text.length > 0) speeds.push((report.timings.quotes / report.text.length) * 10_000);
      details.push({ id: doc.id, score, quotes: report.quotes.map(({ text, kind, speaker }) => ({ text, kind, speaker })) });
      onProgress?.(index + 1);
    });
  } finally {
    parser.close();
  }
  return { documents: pages.length, refused, counts, metrics: quoteMetrics(counts), rules, msPer10kMedian: median(speeds), details };
}
