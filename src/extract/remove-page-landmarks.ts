import type { ArticleGuard } from './article-root.js';
import { wordCount } from '../core/text-measure.js';

/** Landmarks that are never the article, wherever they sit. */
const NEVER_ARTICLE_TAGS = ['nav', 'dialog'];
const NEVER_ARTICLE_ROLES = new Set(['navigation', 'dialog', 'alertdialog', 'alert', 'search']);
/** Landmarks that frame the page: removed outside the article, kept inside it (a story's own header or fact box). */
const PAGE_FRAME_TAGS = ['header', 'footer', 'aside'];
const PAGE_FRAME_ROLES = new Set(['banner', 'contentinfo', 'complementary']);
/**
 * Marks of a story's own header: a byline or a real headline, which Readability reads metadata from
 * (`[rel="author"]`, `[itemprop~="author"]`, `[class*="byline"]`, `[itemprop~="headline"]`, an h1 of 4+ words).
 * Found once for the whole page, each marking its ancestors: asking each landmark for them with a
 * selector costs jsdom a scan of the landmark per attribute test, a fifth of Readability's own time.
 */
function storyHeaderHolders(body: HTMLElement): Set<Element> {
  const marks: Element[] = [];
  for (const element of Array.from(body.querySelectorAll('[rel]'))) if (element.getAttribute('rel') === 'author') marks.push(element);
  for (const element of Array.from(body.querySelectorAll('[itemprop]'))) {
    const words = (element.getAttribute('itemprop') ?? '').split(/\s+/);
    if (words.includes('author') || words.includes('headline')) marks.push(element);
  }
  for (const element of Array.from(body.querySelectorAll('[class]'))) if ((element.getAttribute('class') ?? '').includes('byline')) marks.push(element);
  for (const h1 of Array.from(body.getElementsByTagName('h1'))) if (wordCount(h1.textContent ?? '') >= 4) marks.push(h1);
  const holders = new Set<Element>();
  for (const mark of marks) {
    for (let element: Element | null = mark; element !== null && !holders.has(element); element = element.parentElement) holders.add(element);
  }
  return holders;
}

/** The landmarks a page has, by what they are, from one query for roles and one list per tag. */
function landmarks(body: HTMLElement): { never: Element[]; frames: Element[] } {
  const never = new Set<Element>(NEVER_ARTICLE_TAGS.flatMap((tag) => Array.from(body.getElementsByTagName(tag))));
  const frames = new Set<Element>(PAGE_FRAME_TAGS.flatMap((tag) => Array.from(body.getElementsByTagName(tag))));
  for (const element of Array.from(body.querySelectorAll('[role]'))) {
    const role = element.getAttribute('role') ?? '';
    if (NEVER_ARTICLE_ROLES.has(role)) never.add(element);
    else if (PAGE_FRAME_ROLES.has(role)) frames.add(element);
  }
  return { never: [...never], frames: [...frames] };
}

/**
 * Removes the page's navigation, banners, footers, sidebars and dialogs (cookie banners) before
 * Readability scores the page, so none of their text can be taken for the article's.
 */
export function removePageLandmarks(doc: Document, { root, keep }: ArticleGuard): void {
  const body = doc.body;
  if (body === null) return;
  const outsideArticle = (element: Element): boolean => root === null || !root.contains(element);
  const { never, frames } = landmarks(body);
  for (const element of never) {
    if (body.contains(element) && !keep(element)) element.remove();
  }
  let holders: Set<Element> | null = null;
  for (const element of frames) {
    if (!body.contains(element) || keep(element) || !outsideArticle(element)) continue;
    holders ??= storyHeaderHolders(body);
    if (!holders.has(element)) element.remove();
  }
}
