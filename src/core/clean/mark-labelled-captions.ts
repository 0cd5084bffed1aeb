import { blocksIn, isLeafBlock, textOf, wordCount } from './block-measure.js';
import { labelKind } from './page-labels.js';
import { elementsWhere } from '../select-tags.js';

/** A caption or credit is a line or two; a longer block labelled so is the page's misnomer. */
const MAX_CAPTION_WORDS = 60;
const MAX_CAPTION_BLOCKS = 2;
/** No labelled block holding more than this share of the article's words is a caption. */
const MAX_SHARE = 0.25;
const MEDIA = 'img, picture, video, svg';
/** A table's own parts are never renamed: Blogger's `td class="tr-caption"` would leave its row. */
const TABLE_PARTS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION']);

/** `element` renamed to `tag`, with its attributes (copied as nodes: odd names survive) and children. */
export function rename(element: Element, tag: string): Element {
  const renamed = (element.ownerDocument as Document).createElement(tag);
  for (const attribute of Array.from(element.attributes)) renamed.setAttributeNode(attribute.cloneNode() as Attr);
  renamed.append(...Array.from(element.childNodes));
  element.replaceWith(renamed);
  return renamed;
}

/**
 * Captions, credits and gallery controls the page labels as such (`class="wp-caption-text"`,
 * `photo-credit`, `gallery`) become what HTML calls them: a `figcaption`, or a `figure` when the labelled
 * block also holds the picture. They stay in the article's HTML, and the text leaves them out as it
 * leaves out every figure's caption (text-blocks.ts). Runs on the inert tree while labels exist.
 */
export function markLabelledCaptions(root: Element): void {
  let articleWords: number | null = null;
  for (const element of elementsWhere(root, (candidate) => candidate.hasAttribute('class') || candidate.hasAttribute('id'))) {
    if (TABLE_PARTS.has(element.tagName) || labelKind(element) !== 'caption' || element.closest('figure, figcaption') !== null) continue;
    const words = wordCount(textOf(element));
    if (words > MAX_CAPTION_WORDS) continue;
    if (blocksIn(element).filter(isLeafBlock).length > MAX_CAPTION_BLOCKS) continue;
    articleWords ??= wordCount(textOf(root));
    if (words > articleWords * MAX_SHARE) continue;
    rename(element, element.querySelector(MEDIA) !== null ? 'figure' : 'figcaption');
  }
}
