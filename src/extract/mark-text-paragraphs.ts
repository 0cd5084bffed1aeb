import { elementsByTag } from '../core/select-tags.js';
import { indexPage, type IndexedTag, type PageIndex } from './page-index.js';

/** Elements that make a `<div>` a container rather than a paragraph (Readability's own list, DIV_TO_P_ELEMS). */
const BLOCK_TAGS: readonly IndexedTag[] = [
  'BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV',
  'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FORM', 'PICTURE', 'VIDEO', 'IFRAME',
];
/** Shorter text is a caption, a button or a date, not a paragraph. */
const MIN_LENGTH = 100;

/**
 * The `div`s that hold no block element: every block marks its ancestors, stopping at one already marked
 * (whose own ancestors are), so each element is marked once. Asking each `div` for a block descendant
 * instead walks its subtree once per `div`, quadratic on pages of nested `div`s. The elements come from the
 * page's index (one query); a block no longer in the page marks only the removed subtree it sits in.
 */
function leafDivs(body: HTMLElement, index: PageIndex): Element[] {
  const holdsBlock = new Set<Element>();
  for (const tag of BLOCK_TAGS) {
    for (const block of index.tag(tag)) {
      for (let ancestor = block.parentElement; ancestor !== null && !holdsBlock.has(ancestor); ancestor = ancestor.parentElement) {
        holdsBlock.add(ancestor);
      }
    }
  }
  return index.tag('DIV').filter((div) => !holdsBlock.has(div) && body.contains(div));
}

/**
 * `<div class="article__text">…</div>` becomes a `<p>`: many sites (RIA-like agencies, portals in Asia)
 * write their paragraphs as `div`s, and Readability's readerable check counts only `<p>`. Readability
 * would turn such a `div` into a `p` itself when it extracts, so this changes what it detects, not what
 * it extracts.
 */
export function markTextParagraphs(doc: Document, index: PageIndex = indexPage(doc)): void {
  const body = doc.body;
  if (body === null) return;
  // Leaf divs hold no other div, so they are disjoint: reading each one's text is linear overall.
  for (const div of leafDivs(body, index)) {
    const text = (div.textContent ?? '').trim();
    if (text.length < MIN_LENGTH) continue;
    // By tag (select-tags.ts, elementsByTag): under jsdom a selector query costs its engine's own work on every div.
    const linked = elementsByTag(div, 'a').reduce((sum, a) => sum + (a.textContent ?? '').trim().length, 0);
    if (linked / text.length > 0.5) continue;
    const p = doc.createElement('p');
    // Copied as nodes: setAttribute checks the name and throws on ones the HTML parser accepts, such as
    // `style;` (test/fixtures/recipe-odd-attributes).
    for (const attribute of Array.from(div.attributes)) p.setAttributeNode(attribute.cloneNode() as Attr);
    p.append(...Array.from(div.childNodes));
    div.replaceWith(p);
    index.add(p);
  }
}
