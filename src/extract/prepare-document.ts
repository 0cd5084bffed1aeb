import { makeArticleGuard } from './article-root.js';
import { carryLabels } from './carry-labels.js';
import { markTextParagraphs } from './mark-text-paragraphs.js';
import { removeHiddenElements } from './remove-hidden-elements.js';
import { removePageLandmarks } from './remove-page-landmarks.js';
import { restoreLazyImages } from './restore-lazy-images.js';

/**
 * Fixes, on the clone, what Readability misses or drops: lazy images, hidden elements, the page's own
 * navigation and dialogs, paragraphs written as `div`s. Never called on the live page. Returns the page's
 * paragraphs of prose as served, measured before anything was removed.
 */
export function prepareDocument(clone: Document): readonly string[] {
  restoreLazyImages(clone);
  const guard = makeArticleGuard(clone);
  removeHiddenElements(clone, guard.keep);
  removePageLandmarks(clone, guard);
  markTextParagraphs(clone);
  carryLabels(clone);
  return guard.paragraphs;
}
