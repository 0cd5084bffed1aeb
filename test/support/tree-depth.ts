/** Depth of the deepest element under the document element (its children are at depth 1), counted the long way. */
export function depthOf(doc: Document): number {
  let deepest = 0;
  const stack: [Element, number][] = [[doc.documentElement, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}
