import { blocksIn, isLeafBlock, readsAsProse, textOf, wordCount } from './block-measure.js';
import { rename } from './mark-labelled-captions.js';
import { phraseKey, type Phrases } from './phrases.js';

/** A caption with its credit is a line or two. */
const MAX_CAPTION_WORDS = 40;
/** Where a credited line is a cell, an item, a quotation or already a caption. */
const NOT_A_CAPTION = 'figure, figcaption, li, td, th, blockquote, pre';
const HEADING = /^H[1-6]$/;
/** Near its end, a prose-length caption shows its credit: a closing bracket, a ©, or an agency in capitals. */
const CREDIT_NEAR_END = /[)©]|\p{Lu}{3,}\s*$/u;

/**
 * A picture's caption that the page does not label is known by its credit: a short line that starts with
 * "Foto:" or "Bild:", or ends with "(Photo: …)", "| Foto: …" or "© …" (the words are data,
 * phrases/<lang>.json `credits`). It becomes a `figcaption`: in the HTML beside its picture, out of the text
 * and of quote detection, as every caption is (text-blocks.ts). A line that reads as prose stays text.
 */
export function markCreditCaptions(root: DocumentFragment | Element, phrases: Phrases): void {
  for (const block of blocksIn(root)) {
    if (!isLeafBlock(block) || HEADING.test(block.tagName) || block.closest(NOT_A_CAPTION) !== null) continue;
    const text = textOf(block);
    if (text === '' || wordCount(text) > MAX_CAPTION_WORDS || !phrases.credit.test(phraseKey(text))) continue;
    if (readsAsProse(block) && !CREDIT_NEAR_END.test(text.slice(-40))) continue;
    rename(block, 'figcaption');
  }
}
