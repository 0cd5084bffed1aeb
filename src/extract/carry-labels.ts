import { labelKind } from '../core/clean/page-labels.js';
import { indexPage, type PageIndex } from './page-index.js';

/** Inline content: what Readability wraps in a new, unlabelled `<p>`. */
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIV', 'DL', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'UL']);

function holdsBlock(element: Element): boolean {
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) if (BLOCKS.has(child.tagName)) return true;
  return false;
}

/**
 * Readability replaces a `div` that holds a single paragraph by that paragraph, and the div's class goes
 * with it: `<div class="post-ratings">(No ratings yet)</div>` comes out as a bare `<p>` (it first wraps the
 * div's loose text in a new paragraph). So, on the clone, a labelled div gets its paragraph now and the
 * paragraph gets the div's class, which the cleaner reads after Readability (test/fixtures/blog-labelled-clutter).
 */
export function carryLabels(doc: Document, index: PageIndex = indexPage(doc)): void {
  const body = doc.body;
  if (body === null) return;
  // The index's divs: those the earlier steps removed or turned into paragraphs are no longer in the body.
  for (const div of index.tag('DIV')) {
    if (!div.hasAttribute('class') || labelKind(div) === null || !body.contains(div)) continue;
    const only = div.firstElementChild !== null && div.firstElementChild === div.lastElementChild ? div.firstElementChild : null;
    let paragraph: Element | null = only?.tagName === 'P' ? only : null;
    const created = paragraph === null;
    if (paragraph === null) {
      if (holdsBlock(div) || (div.textContent ?? '').trim() === '') continue;
      paragraph = doc.createElement('p');
      paragraph.append(...Array.from(div.childNodes));
      div.append(paragraph);
    }
    const own = paragraph.getAttribute('class');
    paragraph.setAttribute('class', own ? `${own} ${div.getAttribute('class') ?? ''}` : div.getAttribute('class') ?? '');
    if (created) index.add(paragraph);
  }
}
