import type { ExtractionResult } from '../core/article.js';
import { CONTENT_ENTRY, parseExtractionResult, type ContentEntry } from '../core/extraction-result.js';

/**
 * The content script's entry, installed once per version in the page's (isolated) world. A second click or
 * Try again while a run is still going gets that run's answer instead of starting a second full
 * extraction on a busy page; an entry left by another version (an extension update, a reload during
 * development) is replaced, never called. Whatever the extraction does, the answer is checked
 * (core/extraction-result.ts) and never a thrown exception.
 */
export function installEntry(scope: object, version: string, extract: () => Promise<unknown> | unknown): ContentEntry {
  const slot = scope as Record<string, unknown>;
  const existing = slot[CONTENT_ENTRY] as Partial<ContentEntry> | undefined;
  if (existing?.version === version && typeof existing.run === 'function') return existing as ContentEntry;
  let inFlight: Promise<ExtractionResult> | null = null;
  const entry: ContentEntry = {
    version,
    run(): Promise<ExtractionResult> {
      if (inFlight !== null) return inFlight;
      const answer = (async (): Promise<ExtractionResult> => {
        try {
          return parseExtractionResult(await extract());
        } catch (error) {
          return { status: 'error', message: error instanceof Error ? error.message : String(error) };
        }
      })();
      inFlight = answer;
      // Settled: the next click reads the page afresh (it may have changed).
      void answer.finally(() => {
        if (inFlight === answer) inFlight = null;
      });
      return inFlight;
    },
  };
  slot[CONTENT_ENTRY] = entry;
  return entry;
}
