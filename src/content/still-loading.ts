import type { ExtractionResult } from '../core/article.js';

/**
 * A page that gave no article while it is still running its scripts (its body waits on a slow script,
 * or a lookup it started has not answered, so its load event has not fired) may be building the story
 * yet: the reader is told it is still loading and may try again, not that it is no article.
 */
export function unlessStillLoading(doc: Document, result: ExtractionResult): ExtractionResult {
  return result.status === 'not-article' && doc.readyState !== 'complete' ? { status: 'loading' } : result;
}
