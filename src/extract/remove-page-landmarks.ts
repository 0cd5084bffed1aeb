import type { ArticleGuard } from './article-root.js';
import { wordCount } from '../core/text-measure.js';
import { selectByTagOrAttribute } from './select-fast.js';

/** Landmarks that are never the article, wherever they sit. */
const NEVER_ARTICLE_TAGS = ['nav', 'dialog'];
const NEVER_ARTICLE_ROLES = new Set(['navigation', 'dialog', 'alertdialog', 'alert', 'search']);
/** Landmarks that frame the page: removed outside the article, kept inside it (a story's own header or fact box). */
const PAGE_FRAME_TAGS = ['header', 'footer', 'aside'];
const PAGE_FRAME_ROLES = new Set(['banner', 'contentinfo', 'complementary']);
/** Marks of a story's own header: a byline or a real headline, which Readability reads metadata from. */
const STORY_HEADER = '[rel="author"], [itemprop~="author"], [class*="byline"], [itemprop~="headline"]';

function isStoryHeader(element: Element): boolean {
  if (element.querySelector(STORY_HEADER) !== null) return true;
  return Array.from(element.querySelectorAll('h1')).some((h1) => wordCount(h1.textContent ?? '') >= 4);
}

/**
 * Removes the page's navigation, banners, footers, sidebars and dialogs (cookie banners) before
 * Readability scores the page, so none of their text can be taken for the article's.
 */
export function removePageLandmarks(doc: Document, { root, keep }: ArticleGuard): void {
  const body = doc.body;
  if (body === null) return;
  const outsideArticle = (element: Element): boolean => root === null || !root.contains(element);
  for (const element of selectByTagOrAttribute(body, NEVER_ARTICLE_TAGS, 'role', NEVER_ARTICLE_ROLES)) {
    if (body.contains(element) && !keep(element)) element.remove();
  }
  for (const element of selectByTagOrAttribute(body, PAGE_FRAME_TAGS, 'role', PAGE_FRAME_ROLES)) {
    if (!body.contains(element) || keep(element) || !outsideArticle(element) || isStoryHeader(element)) continue;
    element.remove();
  }
}
