const KEEP_EMPTY = new Set(['IMG', 'BR', 'HR', 'TD', 'TH', 'PICTURE']);

/**
 * Removes wrappers left empty once the clutter inside them is gone. A wrapper holding only white space
 * leaves a space behind: `libertés<strong> </strong>(CNIL)` must not become `libertés(CNIL)`.
 */
export function removeEmptyWrappers(root: DocumentFragment | Element): void {
  // Deepest first, so a wrapper holding only empty wrappers goes too.
  const elements = Array.from(root.querySelectorAll('*')).reverse();
  for (const element of elements) {
    if (KEEP_EMPTY.has(element.tagName)) continue;
    if (element.querySelector('img, picture, br, hr, table') !== null) continue;
    const text = element.textContent ?? '';
    if (text.trim() !== '') continue;
    if (text === '') element.remove();
    else element.replaceWith(element.ownerDocument.createTextNode(' '));
  }
}
