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
