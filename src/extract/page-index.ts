/**
 * The elements the prepare steps look at, found in one pass over the page. Each step used to ask the page
 * itself (a tag list, an attribute selector, a list of 26 block tags): about twenty queries, and jsdom,
 * under the command line, answers each one by walking the whole tree (the list of block tags by walking it
 * once per tag). One query for every element, sorted here by tag and by the attributes the steps read, costs
 * about one of those walks. In a browser the one query is native, as each of the twenty was.
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

/** One query for every element of the document, sorted by tag and by attribute. */
export function indexPage(doc: Document): PageIndex {
  const tags = new Map<string, Element[]>(INDEXED_TAGS.map((tag) => [tag, []]));
  const attributes = new Map<string, Element[]>(INDEXED_ATTRIBUTES.map((name) => [name, []]));
  const all = doc.querySelectorAll('*');
  // By index, not Array.from: jsdom's lists answer each index through a proxy, and Array.from asks more.
  const add = (element: Element): void => {
    const tag = tagOf(element);
    if (tag !== null) tags.get(tag)?.push(element);
    if (!element.hasAttributes()) return;
    for (const name of INDEXED_ATTRIBUTES) {
      if (element.hasAttribute(name)) attributes.get(name)?.push(element);
    }
  };
  for (let i = 0, n = all.length; i < n; i++) add(all.item(i) as Element);
  return {
    tag: (name) => tags.get(name) ?? [],
    withAttribute: (name) => attributes.get(name) ?? [],
    add,
  };
}
