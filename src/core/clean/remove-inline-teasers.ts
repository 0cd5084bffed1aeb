import { elementsWithTags } from '../select-tags.js';
import { hasMoreTextThan, INLINE_TAGS, isBlock, textOf } from './block-measure.js';
import { labelKey, type Phrases } from './phrases.js';

/** The rest of a teaser after its label: a linked headline, perhaps with separators. */
const SEPARATOR = /^[\s|:•·,–—-]*$/u;

const isLink = (node: Node): boolean =>
  node.nodeType === 1 && ((node as Element).tagName === 'A' || (INLINE_TAGS.has((node as Element).tagName)
    && (node as Element).querySelector('a') !== null && textOf(node) === textOf((node as Element).querySelector('a') as Element)));

const isSeparator = (node: Node): boolean => node.nodeType === 3 && SEPARATOR.test(node.textContent ?? '');

/** The links (and separators between them) that follow `label`, up to a line break or other text. */
function followingLinks(label: Node): Node[] {
  const taken: Node[] = [];
  let links = 0;
  for (let next = label.nextSibling; next !== null; next = next.nextSibling) {
    if (isLink(next)) links += 1;
    else if (!isSeparator(next)) break;
    taken.push(next);
  }
  return links > 0 ? taken : [];
}

/** Label text plus link text and nothing else: the wrapper is the teaser. */
function wrapsOnlyTeaser(wrapper: Element, label: Element): boolean {
  for (let child = wrapper.firstChild; child !== null; child = child.nextSibling) {
    if (child === label || child.contains(label)) continue;
    if (!isLink(child) && !isSeparator(child)) return false;
  }
  return wrapper.querySelector('a') !== null;
}

/** `<span class="also-read"><strong>ALSO READ:</strong> <a>…</a></span>`: the outermost inline wrapper of the teaser. */
function teaserWrapper(label: Element): Element | null {
  let found: Element | null = null;
  for (let wrapper = label.parentElement; wrapper !== null && INLINE_TAGS.has(wrapper.tagName); wrapper = wrapper.parentElement) {
    if (!wrapsOnlyTeaser(wrapper, label)) break;
    found = wrapper;
  }
  return found;
}

function removeLabelledTeaser(label: Element, phrases: Phrases, longestLabel: number): void {
  // Most inline elements hold far more than a label: their length rules them out before their text is read.
  if (hasMoreTextThan(label, longestLabel * 2 + 20)) return;
  if (!phrases.teaserLabels.has(labelKey(textOf(label)))) return;
  const wrapper = teaserWrapper(label);
  if (wrapper !== null) {
    wrapper.remove();
    return;
  }
  const links = followingLinks(label);
  if (links.length === 0) return;
  label.remove();
  for (const node of links) (node as ChildNode).remove();
}

/** "… the development. Also Read: <a>…</a>": a label at the end of a text node, the headline's link right after. */
function removeTextLabelledTeaser(text: Text, phrases: Phrases): void {
  const at = phrases.trailingTeaser(text.data);
  if (at === null) return;
  const links = followingLinks(text);
  if (links.length === 0) return;
  text.data = text.data.slice(0, at);
  for (const node of links) (node as ChildNode).remove();
}

function textNodes(root: DocumentFragment | Element): Text[] {
  const doc = root.ownerDocument as Document;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * Removes teasers that sit inside a paragraph, leaving the paragraph's prose as it was: a label in its own
 * element followed by a link, or a label ending a run of text right before a link.
 */
export function removeInlineTeasers(root: DocumentFragment | Element, phrases: Phrases): void {
  const longestLabel = Math.max(0, ...Array.from(phrases.teaserLabels, (label) => label.length));
  for (const label of elementsWithTags(root, INLINE_TAGS)) {
    if (root.contains(label) && !isBlock(label)) removeLabelledTeaser(label, phrases, longestLabel);
  }
  for (const text of textNodes(root)) {
    if (text.parentNode !== null) removeTextLabelledTeaser(text, phrases);
  }
}
