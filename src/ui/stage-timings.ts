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

/** The stage times of what is on screen; `shownMs` is the whole of processing and rendering it. */
export function stageTimings({ article, processed }: RenderedArticle, shownMs: number, warmUp: number | null = null): StageTimings {
  const { clone, prepare, readability } = article.timings;
  const { sanitize, clean, quotes } = processed.timings;
  return { clone, prepare, readability, sanitize, clean, quotes, render: Math.max(0, shownMs - sanitize - clean - quotes), warmUp };
}
