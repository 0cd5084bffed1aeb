/**
 * Bounds the depth of the clone Readability reads. Readability's work grows much faster than the depth
 * of the tree (a chain of wrappers measured under jsdom: 200 levels 1.4 s, 400 levels 5.3 s, 800 levels
 * 22 s), and a page's script can build a tree as deep as it likes, where the HTML parsers stop nesting at
 * a few hundred levels. Below `cap`, wrappers (div, span, section…) are replaced by their children, as
 * a parser would have flattened them; what is still too deep after that loses its nesting, never its text.
 */

/** The HTML parsers stop nesting at a few hundred levels (Chromium's at 512): deeper is a script's doing. */
export const MAX_TREE_DEPTH = 200;
/** Depth under the cap that structure keeps (a paragraph in a list in a quotation…) before it is flattened too. */
const SPARE_DEPTH = 32;

const WRAPPERS = new Set(['DIV', 'SPAN', 'SECTION', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'FONT', 'CENTER', 'FIGURE']);

/** Elements under `root` with their depth, in document order, without recursion (a deep tree overflows the stack). */
function elementsWithDepth(root: Element): [Element, number][] {
  const found: [Element, number][] = [];
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    found.push([element, depth]);
    for (let child = element.lastElementChild; child !== null; child = child.previousElementSibling) stack.push([child, depth + 1]);
  }
  return found;
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

/** Flattens what lies deeper than `cap` under the document element; returns how many elements were unwrapped. */
export function capTreeDepth(doc: Document, cap = MAX_TREE_DEPTH): number {
  const root = doc.documentElement;
  // Called only for a page whose index measured it deeper than the cap (page-index.ts walks every element once).
  if (root === null) return 0;
  let unwrapped = 0;
  const deep = elementsWithDepth(root).filter(([, depth]) => depth > cap);
  if (deep.length === 0) return 0;
  // Deepest first: each unwrap moves a small subtree up a level, never the whole deep rest of the tree
  // (which costs a DOM a walk over everything moved).
  for (const [element] of deep.reverse()) {
    if (WRAPPERS.has(element.tagName.toUpperCase())) {
      unwrap(element);
      unwrapped += 1;
    }
  }
  for (const [element, depth] of elementsWithDepth(root).reverse()) {
    if (depth > cap + SPARE_DEPTH) {
      unwrap(element);
      unwrapped += 1;
    }
  }
  return unwrapped;
}
