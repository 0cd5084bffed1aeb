import type { ExtractionTimings } from '../core/article.js';
import type { RenderedArticle } from './reader-view.js';

/** Milliseconds per stage of one article, in the page (clone, prepare, Readability) and here. */
export interface StageTimings {
  clone: number;
  prepare: number;
  readability: number;
  sanitize: number;
  clean: number;
  quotes: number;
  render: number;
  /** The pipeline's warm-up while the popup waited for the page (ui/warm-up.ts), off the critical path; null if none ran. */
  warmUp: number | null;
}

const ms = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * The stage times of what is on screen; `shownMs` is the whole of processing and rendering it. Never
 * throws: an article without timings (an older content script's, a saved one) reads as 0 ms.
 */
export function stageTimings({ article, processed }: RenderedArticle, shownMs: number, warmUp: number | null = null): StageTimings {
  const page: Partial<ExtractionTimings> = article.timings ?? {};
  const here: Partial<typeof processed.timings> = processed.timings ?? {};
  const [sanitize, clean, quotes] = [ms(here.sanitize), ms(here.clean), ms(here.quotes)];
  return {
    clone: ms(page.clone), prepare: ms(page.prepare), readability: ms(page.readability),
    sanitize, clean, quotes, render: Math.max(0, ms(shownMs) - sanitize - clean - quotes), warmUp,
  };
}
