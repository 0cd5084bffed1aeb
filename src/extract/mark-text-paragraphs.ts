/** Elements that make a `<div>` a container rather than a paragraph (Readability's own list, DIV_TO_P_ELEMS). */
const BLOCK_TAGS = new Set([
  'BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV',
  'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FORM', 'PICTURE', 'VIDEO', 'IFRAME',
]);
/** Shorter text is a caption, a button or a date, not a paragraph. */
const MIN_LENGTH = 100;

/**
 * The `div`s that hold no block element, found in one pass from the leaves up (in reverse document order
 * every element comes after its descendants). Asking each `div` for a block descendant instead walks its
 * subtree once per `div`: quadratic on pages of nested `div`s.
 */
function leafDivs(body: HTMLElement): Element[] {
  const elements = Array.from(body.querySelectorAll('*'));
  const holdsBlock = new Set<Element>();
  const leaves: Element[] = [];
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i] as Element;
    if (element.tagName === 'DIV' && !holdsBlock.has(element)) leaves.push(element);
    const parent = element.parentElement;
    if (parent !== null && (holdsBlock.has(element) || BLOCK_TAGS.has(element.tagName))) holdsBlock.add(parent);
  }
  return leaves.reverse();
}

/**
 * `<div class="article__text">…</div>` becomes a `<p>`: many sites (RIA-like agencies, portals in Asia)
 * write their paragraphs as `div`s, and Readability's readerable check counts only `<p>`. Readability
 * would turn such a `div` into a `p` itself when it extracts, so this changes what it detects, not what
 * it extracts.
 */
export function markTextParagraphs(doc: Document): void {
  const body = doc.body;
  if (body === null) return;
  // Leaf divs hold no other div, so they are disjoint: reading each one's text is linear overall.
  for (const div of leafDivs(body)) {
    const text = (div.textContent ?? '').trim();
    if (text.length < MIN_LENGTH) continue;
    const linked = Array.from(div.querySelectorAll('a')).reduce((sum, a) => sum + (a.textContent ?? '').trim().length, 0);
    if (linked / text.length > 0.5) continue;
    const p = doc.createElement('p');
    for (const { name, value } of Array.from(div.attributes)) p.setAttribute(name, value);
    p.append(...Array.from(div.childNodes));
    div.replaceWith(p);
  }
}
