import { elementsWithTags, tagSet } from '../select-tags.js';

const BLOCKS = tagSet('p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'dd', 'dt', 'td', 'th', 'blockquote');
const LEADING = /^[\s\u00a0\u2007\u202f]+/;
const TRAILING = /[\s\u00a0\u2007\u202f]+$/;

/** The first or last text node inside `element`, in document order. */
function edgeText(element: Element, first: boolean): Text | null {
  let node: Node | null = first ? element.firstChild : element.lastChild;
  while (node !== null) {
    if (node.nodeType === 3) {
      if ((node as Text).data.trim() !== '' || (node as Text).data.includes('\u00a0')) return node as Text;
      node = first ? node.nextSibling : node.previousSibling;
    } else if (node.nodeType === 1 && (node as Element).tagName !== 'BR' && node.firstChild !== null) {
      node = first ? node.firstChild : node.lastChild;
    } else {
      return null;
    }
  }
  return null;
}

/**
 * Drops the no-break spaces pages pad paragraphs with ("&nbsp; “Russia will not back down,”"): a browser
 * never collapses them, so the paragraph would start indented and its highlight with a gap.
 */
export function trimBlockEdges(root: DocumentFragment | Element): void {
  for (const block of elementsWithTags(root, BLOCKS)) {
    const head = edgeText(block, true);
    if (head !== null) head.data = head.data.replace(LEADING, '');
    const tail = edgeText(block, false);
    if (tail !== null) tail.data = tail.data.replace(TRAILING, '');
  }
}
