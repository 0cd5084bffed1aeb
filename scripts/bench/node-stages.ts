import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { PageParser } from '../../src/cli/parse-page.js';
import type { ExtractedArticle } from '../../src/core/article.js';
import { processArticle } from '../../src/core/process-article.js';
import { createSanitizer } from '../../src/core/sanitize.js';
import { findLeadFigure } from '../../src/extract/lead-figure.js';
import { prepareDocument } from '../../src/extract/prepare-document.js';
import { renderArticle } from '../../src/ui/render-article.js';
import type { StageTimings } from '../../src/ui/stage-timings.js';
import { englishMessages } from '../../src/ui/english-messages.js';

/** Milliseconds per stage for one page, as the popup reports them, with jsdom's parse. */
export interface StageTimes extends StageTimings {
  parse: number;
}

const reader = new JSDOM('<!doctype html><html><body><main></main></body></html>');
const sanitize = createSanitizer(reader.window as unknown as Window);
/**
 * Pages parsed as the command line parses them, in one window: a new JSDOM per page parsed every
 * `<style>`, and css-tree's exception on one rule (test/fixtures/theme-style-variables) ended the bench.
 */
const parser = new PageParser();

/**
 * Runs the extension's stages one by one on a saved page, timing each. Readability runs on the prepared
 * clone exactly as in the content script; its time is the floor everything else is compared with.
 */
export function timeStages(html: string, url: string): StageTimes | null {
  const now = (): number => performance.now();
  const t0 = now();
  const page = parser.parse(html, url);
  const t1 = now();
  // Readability's documented use mutates its input, so it needs a clone: the clone is part of its floor.
  const clone = page.cloneNode(true) as Document;
  const tClone = now();
  prepareDocument(clone);
  findLeadFigure(clone);
  isProbablyReaderable(clone);
  const t2 = now();
  const parsed = new Readability(clone).parse();
  const t3 = now();
  if (!parsed?.content) return null;
  const article: ExtractedArticle = {
    url, title: parsed.title ?? null, byline: parsed.byline ?? null, siteName: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null, lang: parsed.lang ?? null, dir: null, excerpt: parsed.excerpt ?? null,
    contentHtml: parsed.content, source: 'readability', timings: { clone: tClone - t1, prepare: t2 - tClone, readability: t3 - t2 },
  };
  const processed = processArticle(article, sanitize);
  const t4 = now();
  const main = reader.window.document.querySelector('main') as HTMLElement;
  main.replaceChildren(renderArticle(reader.window.document, article, processed, englishMessages));
  const t5 = now();
  // One process for every page: warm after the first, so no warm-up of its own.
  return { parse: t1 - t0, ...article.timings, ...processed.timings, render: t5 - t4, warmUp: null };
}
