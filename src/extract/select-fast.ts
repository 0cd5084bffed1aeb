import { elementsByTag } from '../core/select-tags.js';

/**
 * Element queries written so that a selector engine without a fast path for attribute values (jsdom's,
 * under the command line and the benchmarks) does not scan the page once per `[attr="value"]` in a list:
 * elements are selected by tag and by the attribute's presence, and the values compared here. And so that
 * the content script never walks every element itself: in Firefox each element it touches is a crossing
 * through the content script's wrappers. The result holds each element once, in no guaranteed order.
 */
export function selectByTagOrAttribute(root: Element | Document, tags: readonly string[], attribute: string, values: ReadonlySet<string>): Element[] {
  // One native list per tag, rather than a walk over every element reading its tag (~25 ms a walk in
  // Firefox's content script on wikipedia-2, three walks per page).
  const found = new Set<Element>(tags.flatMap((tag) => elementsByTag(root, tag)));
  for (const element of Array.from(root.querySelectorAll(`[${attribute}]`))) {
    if (values.has(element.getAttribute(attribute) ?? '')) found.add(element);
  }
  return [...found];
}

/** The first element in document order, or null. */
export function firstInDocument(elements: readonly Element[]): Element | null {
  let first: Element | null = null;
  for (const element of elements) {
    // Node.DOCUMENT_POSITION_PRECEDING, spelled out: under Node there is no global `Node`.
    if (first === null || first.compareDocumentPosition(element) & 2) first = element;
  }
  return first;
}
