/** Elements that make a `<div>` a container rather than a paragraph (Readability's own list, DIV_TO_P_ELEMS). */
const BLOCK_SELECTOR = [
  'blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul', 'section', 'article', 'aside', 'header', 'footer', 'nav',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'form', 'picture', 'video', 'iframe',
].join(', ');
/** Shorter text is a caption, a button or a date, not a paragraph. */
const MIN_LENGTH = 100;

/**
 * The `div`s that hold no block element: every block marks its ancestors, stopping at one already marked
 * (whose own ancestors are), so each element is marked once. Asking each `div` for a block descendant
 * instead walks its subtree once per `div`, quadratic on pages of nested `div`s; and the elements are
 * found by native queries, not by reading every element of the page, each read a crossing through the
 * wrappers of Firefox's content script.
 */
function leafDivs(body: HTMLElement): Element[] {
  const holdsBlock = new Set<Element>();
  for (const block of Array.from(body.querySelectorAll(BLOCK_SELECTOR))) {
    for (let ancestor = block.parentElement; ancestor !== null && !holdsBlock.has(ancestor); ancestor = ancestor.parentElement) {
      holdsBlock.add(ancestor);
    }
  }
  return Array.from(body.getElementsByTagName('div')).filter((div) => !holdsBlock.has(div));
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
    // Copied as nodes: setAttribute checks the name and throws on ones the HTML parser accepts, such as
    // `style;` (test/fixtures/recipe-odd-attributes).
    for (const attribute of Array.from(div.attributes)) p.setAttributeNode(attribute.cloneNode() as Attr);
    p.append(...Array.from(div.childNodes));
    div.replaceWith(p);
  }
}
