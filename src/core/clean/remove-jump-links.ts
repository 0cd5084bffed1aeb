import { blocksIn, isLeafBlock, textOf } from './block-measure.js';

/** A link to a place in the same page (`#contents`), as the sanitizer leaves it. */
const isJump = (link: Element): boolean => (link.getAttribute('href') ?? '').startsWith('#');
/** Text beyond the links' own: a letter or a digit. */
const WORDLY = /[\p{L}\p{N}]/u;
const HEADING = /^H[1-6]$/;

/**
 * Removes the page's navigation inside the story: a line whose every word sits in links to places in the
 * same page (a table of contents under the first paragraph, "Back to the overview" after each section,
 * "Nach oben"). A reader of the extracted article has no such places to jump to, and the words are no part
 * of the story. Headings stay (a section's name, linked to itself), as do footnote references (they sit
 * inside sentences) and a footnote with its back link.
 */
export function removeJumpLinks(root: DocumentFragment | Element): void {
  for (const block of blocksIn(root)) {
    if (!isLeafBlock(block) || HEADING.test(block.tagName)) continue;
    const links = Array.from(block.querySelectorAll('a'));
    if (links.length === 0 || !links.every(isJump)) continue;
    let rest = textOf(block);
    for (const link of links) rest = rest.replace(textOf(link), ' ');
    if (!WORDLY.test(rest)) block.remove();
  }
}
