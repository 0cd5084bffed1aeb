import { isNeverStoryBox } from '../core/clean/page-labels.js';
import { elementsByTag } from '../core/select-tags.js';
import type { ArticleGuard } from './article-root.js';
import { indexPage, type PageIndex } from './page-index.js';

/** Elements a box is drawn with; a labelled link or phrase is part of what holds it. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'ARTICLE', 'FORM', 'FIELDSET', 'FOOTER', 'HEADER', 'UL', 'DL', 'P']);

/** The fields of a form that asks for an e-mail address or a password: a sign-up or a log-in, never a story. */
const ACCOUNT_FIELD = /^(?:email|password)$/i;

/**
 * A form's fields read by tag, their type compared here (as `input[type="email" i]` compares it): under jsdom
 * a selector walks the form through its selector engine, several times the cost of the tag list, and a
 * page built as one form (ASP.NET's) is walked whole.
 */
const asksForAccount = (form: Element): boolean =>
  elementsByTag(form, 'input').some((input) => ACCOUNT_FIELD.test(input.getAttribute('type') ?? ''));

/** What names the story's author, where Readability reads the byline from (its own test: class or id, rel, itemprop). */
const AUTHOR_MARK = /author|byline/i;
/** A paragraph this long is a biography's, not an author's name: Readability takes no byline this long. */
const BYLINE_LENGTH = 100;

const hasToken = (value: string | null, token: string): boolean => value !== null && value.split(/[ \t\n\f\r]+/).includes(token);

/**
 * An element that marks an author, as `[rel~="author"], [itemprop~="author"], [class*="author" i],
 * [class*="byline" i], [id*="author" i]` selects it (`rel`'s value compared without case, as HTML's
 * selectors compare it; `itemprop`'s with).
 */
const marksAuthor = (element: Element): boolean =>
  hasToken(element.getAttribute('rel')?.toLowerCase() ?? null, 'author') || hasToken(element.getAttribute('itemprop'), 'author')
  || AUTHOR_MARK.test(element.getAttribute('class') ?? '') || /author/i.test(element.getAttribute('id') ?? '');

/**
 * The page's author marks, from the index's elements that carry those attributes: a box is then asked
 * whether it holds one of them, instead of a selector query per box (a fifth of the prepare steps under
 * jsdom, where a selector list walks the box once per selector). Elements an earlier step removed are in
 * the index but no box holds them any more.
 */
function authorMarks(index: PageIndex): Element[] {
  const marks = new Set<Element>();
  for (const name of ['rel', 'itemprop', 'class', 'id'] as const) {
    for (const element of index.withAttribute(name)) if (marksAuthor(element)) marks.add(element);
  }
  return [...marks];
}

/** The box names an author (an author's box): Readability may read the story's byline from its short lines. */
const namesAuthor = (box: Element, marks: readonly Element[]): boolean =>
  AUTHOR_MARK.test(`${box.getAttribute('class') ?? ''} ${box.getAttribute('id') ?? ''} ${box.getAttribute('itemprop') ?? ''}`)
  || marks.some((mark) => mark !== box && box.contains(mark));

/**
 * An author's box loses its biography (paragraphs, and text written straight into it) and keeps its short
 * lines: the name, a heading. Returns how many characters of text it removed.
 */
function removeBiography(box: Element): number {
  let removed = 0;
  for (const paragraph of elementsByTag(box, 'p')) {
    const text = paragraph.textContent ?? '';
    // A paragraph inside one already removed (only a script nests them) is out of the page already.
    if (text.trim().length < BYLINE_LENGTH || !box.contains(paragraph)) continue;
    removed += text.length;
    paragraph.remove();
  }
  const doc = box.ownerDocument;
  const walker = doc.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  const long: Node[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').trim().length >= BYLINE_LENGTH) long.push(node);
  }
  for (const node of long) {
    removed += (node.nodeValue ?? '').length;
    node.parentNode?.removeChild(node);
  }
  return removed;
}

/** A box holding more than this share of the page's text, and much of its prose, holds the story. */
const MAX_PAGE_SHARE = 0.5;

/**
 * Removes, before Readability scores the page, the boxes that are never a story whatever text they hold:
 * cookie and consent notices, log-in and sign-up forms, pop-ups, newsletter boxes, an author's box
 * (page-labels.json `boxes`; a form asking for an e-mail address or a password). Readability scores text,
 * not purpose, and takes such a box for the article when the story is short or written in short lines:
 * two sentences of a cookie notice outscore a post of one-line paragraphs, an author's biography a gift
 * guide of product cards. Such a box may hold most of a short page's prose, so prose alone does not guard
 * it: none is removed that holds the article's root or the page's headline, or that holds most of the
 * page's text and a large share of its prose (the guard's measure): a story about newsletters may carry
 * the word in its wrapper's classes. An author's box keeps its short lines, where Readability reads the
 * story's byline from, and loses only its biography's paragraphs.
 */
export function removeStoryImpostors(doc: Document, { root, keep, paragraphs }: ArticleGuard, index: PageIndex = indexPage(doc)): void {
  const body = doc.body;
  if (body === null) return;
  const candidates: Element[] = [];
  for (const element of new Set([...index.withAttribute('class'), ...index.withAttribute('id')])) {
    if (BOX_TAGS.has(element.tagName) && isNeverStoryBox(element)) candidates.push(element);
  }
  for (const form of index.tag('FORM')) if (asksForAccount(form)) candidates.push(form);
  if (candidates.length === 0) return;
  const marks = authorMarks(index);
  // The page's text as served is measured only for a box the guard keeps (what this step removed before
  // then counted back in): building the whole page's text, its scripts' and styles' too, was this step's
  // largest cost in Chromium, for an answer most pages never need.
  let removed = 0;
  let pageText: number | null = null;
  const holdsStory = (element: Element): boolean =>
    (paragraphs.length === 0 || keep(element)) &&
    (element.textContent ?? '').length > (pageText ??= (body.textContent ?? '').length + removed) * MAX_PAGE_SHARE;
  for (const element of candidates) {
    if (!body.contains(element) || (root !== null && element.contains(root))) continue;
    if (element.getElementsByTagName('h1').length > 0 || holdsStory(element)) continue;
    if (namesAuthor(element, marks)) {
      removed += removeBiography(element);
    } else {
      if (pageText === null) removed += (element.textContent ?? '').length;
      element.remove();
    }
  }
}
