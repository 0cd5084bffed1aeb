import { elementsByTag } from '../core/select-tags.js';

/**
 * Whether the HTML that `root` serializes to parses back into the same tree, so that a caller may copy
 * the tree instead of serializing and parsing it again (the command line; the extension's content script
 * sends HTML to the popup, which parses it). A parse of a page never makes some shapes that later changes
 * of the tree can: Readability turns a `div` that holds an `h3` into a `p`, and the parser closes a `p`
 * where an `h3` starts; a newline that opens a `pre` is dropped by the parser and not written back by the
 * serializer. Conservative: any of these shapes, even where the parser would leave it alone (a `table` in
 * a `p` of a page in quirks mode), answers false.
 */

/** Start tags that close an open `p` (the HTML parser's "close a p element"), and `table`, which does so in no-quirks mode. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'dd', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'listing',
  'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'table', 'ul', 'xmp',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements the parser does not nest in themselves (it closes the open one, or drops the new one). */
const NOT_NESTED = ['p', 'a', 'form', 'button', 'nobr'] as const;
/** What the table model lets stand as a child of each table element; the parser adds or moves the rest. */
const TABLE_CHILDREN = new Map([
  ['table', new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'script', 'template', 'style'])],
  ['thead', new Set(['tr', 'script', 'template', 'style'])],
  ['tbody', new Set(['tr', 'script', 'template', 'style'])],
  ['tfoot', new Set(['tr', 'script', 'template', 'style'])],
  ['tr', new Set(['td', 'th', 'script', 'template', 'style'])],
]);
/** Table elements and the parents they need: anywhere else the parser drops their tags. */
const TABLE_PARENTS = new Map([
  ['caption', 'table'], ['colgroup', 'table'], ['thead', 'table'], ['tbody', 'table'], ['tfoot', 'table'],
  ['col', 'colgroup'], ['tr', 'tbody thead tfoot'], ['td', 'tr'], ['th', 'tr'],
]);
/** Elements whose first newline the parser drops (and the serializer does not write twice). */
const LEADING_NEWLINE = new Set(['pre', 'textarea', 'listing']);
const LIST_ITEMS = new Set(['dd', 'dt']);

/** One walk over the elements, in document order, each told which of NOT_NESTED it sits in. */
export function parsesBack(root: Element): boolean {
  // Bit i: inside NOT_NESTED[i]. An element's bits are its parent's plus the parent itself.
  const inside = new Map<Element, number>([[root, 0]]);
  // The same elements in the same order as `querySelectorAll('*')`, which jsdom answers through its selector engine.
  for (const element of elementsByTag(root, '*')) {
    const parent = element.parentElement as Element;
    const tag = element.localName;
    const above = parent.localName;
    const bits = (inside.get(parent) ?? 0) | bitOf(above);
    if (bits & bitOf(tag)) return false;
    if (bits & 1 && CLOSES_P.has(tag)) return false;
    if (HEADINGS.has(tag) && HEADINGS.has(above)) return false;
    if ((tag === 'li' && above === 'li') || (LIST_ITEMS.has(tag) && LIST_ITEMS.has(above))) return false;
    if (TABLE_CHILDREN.get(above)?.has(tag) === false) return false;
    const needs = TABLE_PARENTS.get(tag);
    if (needs !== undefined && !needs.split(' ').includes(above)) return false;
    if (LEADING_NEWLINE.has(tag)) {
      const first = element.firstChild;
      if (first !== null && first.nodeType === 3 && (first.nodeValue ?? '').startsWith('\n')) return false;
    }
    inside.set(element, bits);
  }
  return true;
}

const bitOf = (tag: string): number => {
  const at = (NOT_NESTED as readonly string[]).indexOf(tag);
  return at < 0 ? 0 : 1 << at;
};
