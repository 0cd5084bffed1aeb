import type { ArticleGuard } from './article-root.js';
import { wordCount } from '../core/text-measure.js';
import { indexPage, type IndexedTag, type PageIndex } from './page-index.js';

/** Landmarks that are never the article, wherever they sit. */
const NEVER_ARTICLE_TAGS: readonly IndexedTag[] = ['NAV', 'DIALOG'];
const NEVER_ARTICLE_ROLES = new Set(['navigation', 'dialog', 'alertdialog', 'alert', 'search']);
/** Landmarks that frame the page: removed outside the article, kept inside it (a story's own header or fact box). */
const PAGE_FRAME_TAGS: readonly IndexedTag[] = ['HEADER', 'FOOTER', 'ASIDE'];
const PAGE_FRAME_ROLES = new Set(['banner', 'contentinfo', 'complementary']);
/**
 * Marks of a story's own header: a byline or a real headline, which Readability reads metadata from
 * (`[rel="author"]`, `[itemprop~="author"]`, `[class*="byline"]`, `[itemprop~="headline"]`, an h1 of 4+ words).
 * Found once for the whole page, each marking its ancestors: asking each landmark for them with a
 * selector costs jsdom a scan of the landmark per attribute test, a fifth of Readability's own time.
 */
function storyHeaderHolders(body: HTMLElement, index: PageIndex): Set<Element> {
  const marks: Element[] = [];
  for (const element of index.withAttribute('rel')) if (element.getAttribute('rel') === 'author') marks.push(element);
  for (const element of index.withAttribute('itemprop')) {
    const words = (element.getAttribute('itemprop') ?? '').split(/\s+/);
    if (words.includes('author') || words.includes('headline')) marks.push(element);
  }
  for (const element of index.withAttribute('class')) if ((element.getAttribute('class') ?? '').includes('byline')) marks.push(element);
  for (const h1 of index.tag('H1')) if (body.contains(h1) && wordCount(h1.textContent ?? '') >= 4) marks.push(h1);
  const holders = new Set<Element>();
  for (const mark of marks) {
    if (!body.contains(mark)) continue;
    for (let element: Element | null = mark; element !== null && !holders.has(element); element = element.parentElement) holders.add(element);
  }
  return holders;
}

/** The landmarks a page has, by what they are (the callers skip those no longer in the body). */
function landmarks(index: PageIndex): { never: Element[]; frames: Element[] } {
  const never = new Set<Element>(NEVER_ARTICLE_TAGS.flatMap((tag) => index.tag(tag)));
  const frames = new Set<Element>(PAGE_FRAME_TAGS.flatMap((tag) => index.tag(tag)));
  for (const element of index.withAttribute('role')) {
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
export function removePageLandmarks(doc: Document, { root, keep }: ArticleGuard, index: PageIndex = indexPage(doc)): void {
  const body = doc.body;
  if (body === null) return;
  const outsideArticle = (element: Element): boolean => root === null || !root.contains(element);
  const { never, frames } = landmarks(index);
  for (const element of never) {
    if (body.contains(element) && !keep(element)) element.remove();
  }
  let holders: Set<Element> | null = null;
  for (const element of frames) {
    if (!body.contains(element) || keep(element) || !outsideArticle(element)) continue;
    holders ??= storyHeaderHolders(body, index);
    if (!holders.has(element)) element.remove();
  }
}
