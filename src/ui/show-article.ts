import type { ExtractedArticle } from '../core/article.js';
import { processArticle } from '../core/process-article.js';
import { createSanitizer, type Sanitizer } from '../core/sanitize.js';
import { renderArticle } from './render-article.js';

let sanitizer: Sanitizer | null = null;

/** Runs the pipeline on `article` and puts the result in `container`, replacing what was there. */
export function showArticle(container: HTMLElement, article: ExtractedArticle): void {
  sanitizer ??= createSanitizer(window);
  const processed = processArticle(article, sanitizer);
  container.replaceChildren(renderArticle(document, article, processed));
}
