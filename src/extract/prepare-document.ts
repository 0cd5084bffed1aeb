import { makeArticleGuard } from './article-root.js';
import { capTreeDepth, MAX_TREE_DEPTH } from './cap-tree-depth.js';
import { carryLabels } from './carry-labels.js';
import { markTextParagraphs } from './mark-text-paragraphs.js';
import { indexPage, type PageIndex } from './page-index.js';
import { removeHiddenElements } from './remove-hidden-elements.js';
import { removePageLandmarks } from './remove-page-landmarks.js';
import { removeStoryImpostors } from './remove-story-impostors.js';
import { restoreLazyImages } from './restore-lazy-images.js';

/**
 * Fixes, on the clone, what Readability misses or drops: lazy images, hidden elements, the page's own
 * navigation and dialogs, boxes that are never a story (cookie notices, sign-up forms, author boxes),
 * paragraphs written as `div`s. First, a tree deeper than any parser builds is flattened (cap-tree-depth.ts).
 * Never called on the live page. Takes the clone's index when the caller has taken it (page-index.ts).
 * Returns the page's paragraphs of prose as served, measured before anything was removed, and the index of
 * its elements (for the lead figure, which is looked for on the prepared page).
 */
export function prepareDocument(clone: Document, taken: PageIndex = indexPage(clone)): { paragraphs: readonly string[]; index: PageIndex } {
  // One walk for the elements every step looks at (page-index.ts), instead of a score of queries; it also
  // says whether the tree is too deep, and only then is the tree flattened and walked again.
  const index = taken.depth > MAX_TREE_DEPTH && capTreeDepth(clone) > 0 ? indexPage(clone) : taken;
  restoreLazyImages(clone, index);
  const guard = makeArticleGuard(clone, index);
  removeHiddenElements(clone, guard.keep, index);
  removePageLandmarks(clone, guard, index);
  removeStoryImpostors(clone, guard, index);
  markTextParagraphs(clone, index);
  carryLabels(clone, index);
  return { paragraphs: guard.paragraphs, index };
}
