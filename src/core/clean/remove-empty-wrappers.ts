const KEEP_EMPTY = new Set(['IMG', 'BR', 'HR', 'TD', 'TH', 'PICTURE']);

/** Removes wrappers left empty once the clutter inside them is gone. */
export function removeEmptyWrappers(root: DocumentFragment | Element): void {
  // Deepest first, so a wrapper holding only empty wrappers goes too.
  const elements = Array.from(root.querySelectorAll('*')).reverse();
  for (const element of elements) {
    if (KEEP_EMPTY.has(element.tagName)) continue;
    if (element.querySelector('img, picture, br, hr, table') !== null) continue;
    if ((element.textContent ?? '').trim() === '') element.remove();
  }
}
