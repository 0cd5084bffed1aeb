/**
 * The elements under `root` for which `test` holds, in document order (`root` itself left out, as
 * `querySelectorAll` leaves it). One walk of the tree, by first child and next sibling: jsdom's selector
 * engine (the command line, the benchmarks) answers a list such as "p, div, li" or "[class], [id]" by
 * walking the whole tree once per item, and even `querySelectorAll('*')` costs it three times such a walk,
 * with a list to copy. Browsers are fast either way (the cleaner and the sanitizer run in the popup, not
 * in a content script).
 */
export function elementsWhere(root: ParentNode, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  let element = root.firstElementChild;
  while (element !== null) {
    if (test(element)) found.push(element);
    let next = element.firstElementChild;
    // Up to the first ancestor with a next sibling, short of the root (whose parent may be anything).
    while (next === null && element !== null) {
      next = element.nextElementSibling;
      if (next === null) {
        const parent: ParentNode | null = element.parentNode;
        element = parent === root || parent === null ? null : (parent as Element);
      }
    }
    element = next;
  }
  return found;
}

/** The elements under `root` with one of `tags` (upper case, as `tagName` gives them), in document order. */
export const elementsWithTags = (root: ParentNode, tags: ReadonlySet<string>): Element[] =>
  elementsWhere(root, (element) => tags.has(element.tagName));

/** A set of upper-case tag names from a list written in lower case. */
export const tagSet = (...tags: string[]): ReadonlySet<string> => new Set(tags.map((tag) => tag.toUpperCase()));

/**
 * The elements `root.getElementsByTagName(tag)` lists, in document order, copied into an array by index.
 *
 * Under jsdom (the command line), an HTMLCollection answers every property read that is not an index
 * (`length`, `item`) by first looking among all its elements for one of that id or name; `Array.from` and
 * `for…of` read `length` again for every element, so copying a list that way takes time in the square of
 * its length (one of trafilatura's pages: 10 s for its 4,000 elements). `slice` reads the length once. In a
 * browser it is the same native list either way.
 */
export function elementsByTag(root: Element | Document, tag: string): Element[] {
  return Array.prototype.slice.call(root.getElementsByTagName(tag)) as Element[];
}
