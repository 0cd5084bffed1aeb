/**
 * The cleaner's unit tests read a fragment as the pipeline leaves it after phrase-and-measure cleaning:
 * sanitized with the real DOMPurify, cleaned, and turned into the article's text.
 */
import { JSDOM } from 'jsdom';
import { cleanArticle } from '../../src/core/clean/clean-article.js';
import type { ArticleMetadata } from '../../src/core/clean/remove-metadata-echo.js';
import { createSanitizer } from '../../src/core/sanitize.js';
import { blocksToText, textBlocks } from '../../src/core/text-blocks.js';

const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);

export function cleanedText(html: string, meta?: ArticleMetadata): string {
  const fragment = sanitize(html, { images: true });
  cleanArticle(fragment, meta);
  return blocksToText(textBlocks(fragment));
}
