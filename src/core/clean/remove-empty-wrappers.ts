import { elementsWhere } from '../select-tags.js';

const KEEP_EMPTY = new Set(['IMG', 'BR', 'HR', 'TD', 'TH', 'PICTURE']);
/** What keeps every wrapper around it, text or not. */
const CONTENT_TAGS = new Set(['IMG', 'PICTURE', 'BR', 'HR', 'TABLE']);

/** What a kept element holds, as its parent sees it. */
interface Held {
  /** Some text that is not white space. */
  words: boolean;
  /** An image, a picture, a break, a rule or a table. */
  content: boolean;
  /** Any text at all, white space included. */
  text: boolean;
}

const NOTHING: Held = { words: false, content: false, text: false };

/**
 * Removes wrappers left empty once the clutter inside them is gone. A wrapper holding only white space
 * leaves a space behind: `libertés<strong> </strong>(CNIL)` must not become `libertés(CNIL)`.
 * One pass from the leaves up: each element is judged by what its surviving children hold, so a wrapper
 * holding only empty wrappers goes too, and no subtree is read twice.
 */
export function removeEmptyWrappers(root: DocumentFragment | Element): void {
  const held = new Map<Element, Held>();
  // In reverse document order every element comes after its descendants.
  const elements = elementsWhere(root, () => true);
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i] as Element;
    const inside = childrenHold(element, held);
    if (KEEP_EMPTY.has(element.tagName) || inside.content || inside.words) {
      held.set(element, { ...inside, content: inside.content || CONTENT_TAGS.has(element.tagName) });
    } else if (inside.text) {
      element.replaceWith(element.ownerDocument.createTextNode(' '));
    } else {
      element.remove();
    }
  }
}

function childrenHold(element: Element, held: ReadonlyMap<Element, Held>): Held {
  let words = false;
  let content = false;
  let text = false;
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      if (data !== '') text = true;
      if (!words && data.trim() !== '') words = true;
    } else if (child.nodeType === 1) {
      const inner = held.get(child as Element) ?? NOTHING;
      words ||= inner.words;
      content ||= inner.content;
      text ||= inner.text;
    }
  }
  return { words, content, text: text || words };
}
