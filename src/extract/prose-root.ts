import { labelKind } from '../core/clean/page-labels.js';
import { elementsByTag } from '../core/select-tags.js';
import { proseLengths } from './article-root.js';

/** A child holding this share of its parent's paragraph prose holds the story: the walk goes down into it. */
const MOST = 0.8;

/** A page with less paragraph prose than this has no story for an answer to miss. */
const STORY_PROSE = 1500;
/** An answer holding less than this share of the page's paragraph prose has strayed from the story. */
const STRAYED_SHARE = 0.4;
/** A paragraph is known in an answer's text by its opening characters (Readability may cut its end). */
const OPENING = 60;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** How many characters of the page's paragraphs of prose `text` holds, each paragraph known by its opening. */
export function proseHeld(paragraphs: readonly string[], text: string): number {
  const haystack = collapse(text);
  let held = 0;
  for (const paragraph of paragraphs) {
    if (haystack.includes(collapse(paragraph).slice(0, OPENING))) held += paragraph.length;
  }
  return held;
}

/**
 * Readability's answer strayed from the story: the page has a story's worth of paragraphs of prose and
 * the answer holds under 40% of them (it chose a list of names, a form, the standfirst, a teaser grid).
 */
export function strayedFromProse(paragraphs: readonly string[], held: number): boolean {
  const total = proseTotal(paragraphs);
  return total >= STORY_PROSE && held < total * STRAYED_SHARE;
}

export const proseTotal = (paragraphs: readonly string[]): number => paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);

const LISTS = new Set(['UL', 'OL', 'LI', 'DL']);

/**
 * The element that holds a page's story, for a second look at a page where Readability strayed: the
 * element holding its paragraphs, unless those are a list's items (readers' comments, a glossary's
 * entries, teaser cards: a story is not written as list items).
 */
export function findStoryRoot(doc: Document): Element | null {
  const root = findProseRoot(doc);
  if (root === null || LISTS.has(root.tagName) || LISTS.has(root.parentElement?.tagName ?? '')) return null;
  return root;
}

/**
 * The element that holds the page's paragraphs of prose: from the body down, into the child that holds
 * most of its parent's prose (paragraphs of 80+ characters), while one does. Null when the page has no
 * such paragraph, when they are spread over the body's children, or when the walk would go into the
 * page's comments (readers' prose is not the story).
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
    if (labelKind(next) === 'comments') return null;
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
export function keepProseRoot(clone: Document, find: (doc: Document) => Element | null = findProseRoot): boolean {
  const root = find(clone);
  if (root === null || clone.body === null) return false;
  clone.body.replaceChildren(root);
  return true;
}

/**
 * The story root as an answer of its own, for a page where Readability strays even on that element alone:
 * a copy of it without the readers' comments inside it (a section labelled as comments: a blog's story and
 * its comments often share one wrapper).
 */
export function storyRootCopy(body: HTMLElement): HTMLElement {
  const copy = body.cloneNode(true) as HTMLElement;
  for (const element of Array.from(copy.querySelectorAll('[class], [id], [role]'))) {
    if (copy.contains(element) && labelKind(element) === 'comments') element.remove();
  }
  return copy;
}

/** Headings that link to other pages: this many make an element a list of teasers, not a story. */
const TEASER_HEADINGS = 3;

/**
 * Whether an element reads as one story, to be given whole: paragraphs of prose make at least half its text
 * (not a table of names, a product grid or a directory with a paragraph in it), and it is no list of
 * teasers (several headings linking to other pages, as on a section's front page).
 */
export function readsAsStory(element: Element, paragraphs: readonly string[]): boolean {
  const text = collapse(element.textContent ?? '');
  if (text === '' || proseHeld(paragraphs, text) < text.length / 2) return false;
  let linked = 0;
  for (const heading of Array.from(element.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (elementsByTag(heading, 'a').some((a) => !(a.getAttribute('href') ?? '#').startsWith('#'))) linked += 1;
  }
  return linked < TEASER_HEADINGS;
}
