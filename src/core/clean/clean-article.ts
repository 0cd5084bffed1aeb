import { phrasesFor, type Phrases } from './phrases.js';
import { removeClutterBlocks } from './remove-clutter-blocks.js';
import { removeEmptyWrappers } from './remove-empty-wrappers.js';
import { removeEndmatter } from './remove-endmatter.js';
import { removeInlineTeasers } from './remove-inline-teasers.js';
import { markCreditCaptions } from './mark-credit-captions.js';
import { markLabelledCaptions } from './mark-labelled-captions.js';
import { removeLabelledClutter } from './remove-labelled-clutter.js';
import { removeMetadataEcho, type ArticleMetadata } from './remove-metadata-echo.js';
import { removeRelatedSections } from './remove-related-sections.js';
import { removeTeaserLines } from './remove-teaser-lines.js';
import { removeTrailingFurniture } from './remove-trailing-furniture.js';
import { trimBlockEdges } from './trim-block-edges.js';

/**
 * Cleans what Readability leaves in the article: inline teasers, related sections, labels, dated lines,
 * tag and share lists, calls to action, the page's own header (headline, standfirst, byline, date), and the wrappers they leave empty. Works on the sanitized
 * fragment, in place; the phrases come from phrases/<lang>.json (by default every language at hand: phrasesFor).
 */
export function cleanArticle(
  root: DocumentFragment | Element,
  metadata: ArticleMetadata = { title: null, byline: null, excerpt: null },
  phrases: Phrases = phrasesFor(null),
  { keepRelated = false }: { keepRelated?: boolean } = {},
): void {
  // Inline teasers first: once gone, the paragraph around them is judged on its own prose.
  removeInlineTeasers(root, phrases);
  // A page shown anyway (no article: a front page) is made of what would be a related section elsewhere.
  if (!keepRelated) removeRelatedSections(root, phrases);
  removeClutterBlocks(root, phrases);
  // After the labels and calls to action are gone, so the words counted are the story's and its tail's.
  removeEndmatter(root, phrases);
  removeTeaserLines(root);
  markCreditCaptions(root, phrases);
  removeTrailingFurniture(root);
  // After the labels are gone, so "Listen to this article" between the byline and the text ends no run.
  removeMetadataEcho(root, metadata);
  removeEmptyWrappers(root);
  trimBlockEdges(root);
}

/**
 * Cleans by the page's own labels (class, id and role tokens), on the inert tree before it is sanitized:
 * DOMPurify's output has none of them. Readability keeps classes only when asked (`keepClasses`).
 */
export function cleanLabelled(root: Element): void {
  removeLabelledClutter(root);
  markLabelledCaptions(root);
}
