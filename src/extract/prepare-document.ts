import { makeArticleGuard } from './article-root.js';
import { promoteFigures } from './promote-figures.js';
import { removeHiddenElements } from './remove-hidden-elements.js';
import { removePageLandmarks } from './remove-page-landmarks.js';
import { restoreLazyImages } from './restore-lazy-images.js';

/**
 * Fixes, on the clone, what Readability misses or drops: lazy images, hidden elements, the page's own
 * navigation and dialogs, captions outside `<figure>`. Never called on the live page.
 */
export function prepareDocument(clone: Document): void {
  restoreLazyImages(clone);
  const keep = makeArticleGuard(clone);
  removeHiddenElements(clone, keep);
  removePageLandmarks(clone, keep);
  promoteFigures(clone);
}
