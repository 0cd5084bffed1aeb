import { proseLengths } from './article-root.js';

/** A child holding this share of its parent's paragraph prose holds the story: the walk goes down into it. */
const MOST = 0.8;

/**
 * The element that holds the page's paragraphs of prose: from the body down, into the child that holds
 * most of its parent's prose (paragraphs of 80+ characters), while one does. Null when the page has no
 * such paragraph, or when they are spread over the body's children.
 */
export function findProseRoot(doc: Document): Element | null {
  const body = doc.body;
  if (body === null) return null;
  const prose = proseLengths(doc);
  let root: Element = body;
  for (;;) {
    const total = prose.get(root) ?? 0;
    if (total === 0) return null;
    let next: Element | null = null;
    for (let child = root.firstElementChild; child !== null; child = child.nextElementSibling) {
      if ((prose.get(child) ?? 0) >= total * MOST) next = child;
    }
    if (next === null) return root === body ? null : root;
    root = next;
  }
}

/**
 * A pass for a page whose Readability answer held no story: Readability chose the page's header (the
 * standfirst under the headline outscores a paywalled story's two visible paragraphs) or the whole page
 * (a short post between a menu and its comments). The clone keeps only the element that holds the
 * page's paragraphs, so Readability reads those; the judge then decides as for any answer. The head
 * stays, with the title and metadata. False when that element is the body (nothing would change).
 */
export function keepProseRoot(clone: Document): boolean {
  const root = findProseRoot(clone);
  if (root === null || clone.body === null) return false;
  clone.body.replaceChildren(root);
  return true;
}
