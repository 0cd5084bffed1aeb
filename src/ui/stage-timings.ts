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
}

/** The stage times of what is on screen; `shownMs` is the whole of processing and rendering it. */
export function stageTimings({ article, processed }: RenderedArticle, shownMs: number): StageTimings {
  const { clone, prepare, readability } = article.timings;
  const { sanitize, clean, quotes } = processed.timings;
  return { clone, prepare, readability, sanitize, clean, quotes, render: Math.max(0, shownMs - sanitize - clean - quotes) };
}
