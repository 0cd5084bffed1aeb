/**
 * What open shadow roots show, copied into a clone of the page. `cloneNode` leaves shadow roots behind,
 * so an article a page draws inside a web component (`<story-body>` with its text in a shadow root) is
 * missing from the clone Readability reads. Each host in the clone gets the flattened tree a reader
 * sees: its shadow content, with every `<slot>` replaced by the light nodes assigned to it (or the
 * slot's own fallback content). Closed shadow roots stay closed: a page that hides its text from
 * scripts keeps it hidden from us too.
 */

/** Deeper than this, a shadow tree is copied no further (the call stack is the limit, not the page). */
const MAX_DEPTH = 1000;

/** Elements of `root`'s tree (not inside shadow roots) that host an open shadow root, in document order. */
function shadowHosts(root: Element): Element[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const hosts: Element[] = [];
  for (let node: Node | null = walker.currentNode; node !== null; node = walker.nextNode()) {
    if ((node as Element).shadowRoot) hosts.push(node as Element);
  }
  return hosts;
}

/** The child indexes that lead from `root` to `node`. */
function pathFrom(root: Node, node: Node): number[] {
  const path: number[] = [];
  for (let at: Node = node; at !== root; at = at.parentNode as Node) {
    let index = 0;
    for (let sibling = at.previousSibling; sibling !== null; sibling = sibling.previousSibling) index += 1;
    path.unshift(index);
  }
  return path;
}

function follow(root: Node, path: readonly number[]): Node | null {
  let at: Node | null = root;
  for (const index of path) at = at?.childNodes[index] ?? null;
  return at;
}

const isSlot = (node: Node): node is HTMLSlotElement => node.nodeType === 1 && (node as Element).localName === 'slot';

/** A copy of `node` for `doc` as it is shown: shadow roots flattened in, slots filled. */
function flatCopy(node: Node, doc: Document, depth: number): Node[] {
  if (isSlot(node)) {
    const assigned = node.assignedNodes({ flatten: true });
    const shown = assigned.length > 0 ? assigned : Array.from(node.childNodes);
    return shown.flatMap((child) => flatCopy(child, doc, depth + 1));
  }
  const copy = doc.importNode(node, false);
  if (depth < MAX_DEPTH) {
    const element = node.nodeType === 1 ? (node as Element) : null;
    const children = element?.shadowRoot ? element.shadowRoot.childNodes : node.childNodes;
    for (const child of Array.from(children)) (copy as ParentNode).append(...flatCopy(child, doc, depth + 1));
  }
  return [copy];
}

/**
 * Fills each shadow host of `clone` (a fresh `cloneNode(true)` of `live`, not yet changed) with what
 * its open shadow root shows. Returns how many hosts were filled: 0 when the page has none.
 */
export function flattenShadowRoots(live: Document, clone: Document): number {
  const liveRoot = live.documentElement;
  const cloneRoot = clone.documentElement;
  if (liveRoot === null || cloneRoot === null) return 0;
  let filled = 0;
  let last: Element | null = null;
  for (const host of shadowHosts(liveRoot)) {
    // A host inside a host already filled was copied with it (or is not shown, when it is not slotted).
    if (last?.contains(host)) continue;
    const target = follow(cloneRoot, pathFrom(liveRoot, host));
    if (target === null || target.nodeType !== 1) continue;
    const shadow = host.shadowRoot as ShadowRoot;
    (target as Element).replaceChildren(...Array.from(shadow.childNodes).flatMap((child) => flatCopy(child, clone, 1)));
    last = host;
    filled += 1;
  }
  return filled;
}
