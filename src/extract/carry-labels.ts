import { labelKind } from '../core/clean/page-labels.js';

/** Inline content: what Readability wraps in a new, unlabelled `<p>`. */
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIV', 'DL', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'UL']);

/**
 * Readability replaces a `div` that holds a single paragraph by that paragraph, and the div's class goes
 * with it: `<div class="post-ratings">(No ratings yet)</div>` comes out as a bare `<p>` (it first wraps the
 * div's loose text in a new paragraph). So, on the clone, a labelled div gets its paragraph now and the
 * paragraph gets the div's class, which the cleaner reads after Readability (test/fixtures/blog-labelled-clutter).
 */
export function carryLabels(doc: Document): void {
  const body = doc.body;
  if (body === null) return;
  for (const div of Array.from(body.querySelectorAll('div[class]'))) {
    if (labelKind(div) === null) continue;
    const children = Array.from(div.children);
    let paragraph: Element | null = children.length === 1 && children[0]?.tagName === 'P' ? children[0] : null;
    if (paragraph === null) {
      if (children.some((child) => BLOCKS.has(child.tagName)) || (div.textContent ?? '').trim() === '') continue;
      paragraph = doc.createElement('p');
      paragraph.append(...Array.from(div.childNodes));
      div.append(paragraph);
    }
    const own = paragraph.getAttribute('class');
    paragraph.setAttribute('class', own ? `${own} ${div.getAttribute('class') ?? ''}` : div.getAttribute('class') ?? '');
  }
}
