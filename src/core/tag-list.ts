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
