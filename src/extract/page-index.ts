/**
 * The elements the prepare steps look at, found in one pass over the page. Each step used to ask the page
 * itself (a tag list, an attribute selector, a list of 26 block tags): about twenty queries, and jsdom,
 * under the command line, answers each one by walking the whole tree (the list of block tags by walking it
 * once per tag). One walk over every element, sorting them here by tag and by the attributes the steps
 * read, costs less than one of those queries.
 *
 * The same walk counts the elements and measures the tree's depth, which the extraction needs before
 * anything else (a page too large to read, a tree too deep for Readability: cap-tree-depth.ts). It is
 * written by hand (first child, next sibling), as cap-tree-depth.ts's own depth check was: under jsdom a
 * third of the cost of `querySelectorAll('*')`, which walks and then builds a list; in a browser it is
 * that depth check's walk, which the index now replaces, rather than one walk more.
 *
 * The index is taken once, before the steps change the page: a step that removes elements leaves them in
 * the index, so the steps after it skip what is no longer in the page (`inPage`), and elements a step
 * creates are not in it (each step says where that matters).
 */

/** Tags the steps list (upper case, as `tagName` gives them for HTML elements). */
const INDEXED_TAGS = [
  // lazy images
  'NOSCRIPT', 'PICTURE', 'IMG',
  // the article guard
  'P', 'ARTICLE', 'MAIN',
  // landmarks
  'NAV', 'DIALOG', 'HEADER', 'FOOTER', 'ASIDE', 'H1',
  // paragraphs written as divs: what makes a div a container (Readability's DIV_TO_P_ELEMS)
  'BLOCKQUOTE', 'DL', 'DIV', 'OL', 'PRE', 'TABLE', 'UL', 'SECTION', 'FIGURE', 'H2', 'H3', 'H4', 'H5', 'H6', 'FORM',
  'VIDEO', 'IFRAME',
] as const;

export type IndexedTag = (typeof INDEXED_TAGS)[number];

/** Attributes whose presence the steps select by. */
const INDEXED_ATTRIBUTES = ['class', 'id', 'role', 'itemprop', 'rel', 'hidden', 'aria-hidden', 'style'] as const;

export type IndexedAttribute = (typeof INDEXED_ATTRIBUTES)[number];

export interface PageIndex {
  /** The document's elements when it was indexed (what `getElementsByTagName('*')` would have counted). */
  elements: number;
  /** How deep the deepest element lay under the document element (its children are at depth 1). */
  depth: number;
  /** Elements of each indexed tag, in document order (head included), then those a step added. */
  tag: (name: IndexedTag) => readonly Element[];
  /** Elements that carry the attribute, in document order (head included), then those a step added. */
  withAttribute: (name: IndexedAttribute) => readonly Element[];
  /** An element a step put into the page (an image out of its noscript, a div made a paragraph): later steps see it too. */
  add: (element: Element) => void;
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** The indexed tag of an HTML element (as `getElementsByTagName` and selectors match it), or null. */
const tagOf = (element: Element): string | null =>
  element.namespaceURI === HTML_NAMESPACE ? element.localName.toUpperCase() : null;

/** One walk over every element of the document, in document order, sorted by tag and by attribute. */
export function indexPage(doc: Document): PageIndex {
  const tags = new Map<string, Element[]>(INDEXED_TAGS.map((tag) => [tag, []]));
  const attributes = new Map<string, Element[]>(INDEXED_ATTRIBUTES.map((name) => [name, []]));
  const add = (element: Element): void => {
    const tag = tagOf(element);
    if (tag !== null) tags.get(tag)?.push(element);
    if (!element.hasAttributes()) return;
    // The element's own attribute names, read at once, looked up here: one call into the DOM where asking
    // for each indexed attribute made eight (per element with attributes, most of a page's).
    for (const name of element.getAttributeNames()) {
      const list = attributes.get(name);
      // Two attributes of one name in different namespaces (a script's setAttributeNS): listed once.
      if (list !== undefined && list[list.length - 1] !== element) list.push(element);
    }
  };
  let elements = 0;
  let deepest = 0;
  const root = doc.documentElement;
  // Without recursion: a script can build a tree deeper than the stack.
  let element: Element | null = root;
  let depth = 0;
  while (element !== null) {
    add(element);
    elements += 1;
    if (depth > deepest) deepest = depth;
    const child: Element | null = element.firstElementChild;
    if (child !== null) {
      element = child;
      depth += 1;
      continue;
    }
    while (element !== null && element !== root && element.nextElementSibling === null) {
      element = element.parentElement;
      depth -= 1;
    }
    element = element === null || element === root ? null : element.nextElementSibling;
  }
  return {
    elements,
    depth: deepest,
    tag: (name) => tags.get(name) ?? [],
    withAttribute: (name) => attributes.get(name) ?? [],
    add,
  };
}
