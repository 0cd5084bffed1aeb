import type { ExtractionResult } from '../core/article.js';
import { extractArticle } from '../extract/extract-article.js';
import { unlessStillLoading } from './still-loading.js';
import { whenParsed } from './when-parsed.js';

/** Injected on each click; the entry point is defined once however often the file is injected. */
const scope = globalThis as unknown as { __quotelightExtract?: () => Promise<ExtractionResult> };

scope.__quotelightExtract ??= async (): Promise<ExtractionResult> => {
  try {
    await whenParsed(document, 2000);
    // A structured clone of plain data: the page's objects never cross to the extension.
    return unlessStillLoading(document, extractArticle(document));
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
};
