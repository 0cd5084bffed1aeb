import { elementsWithTags, tagSet } from '../select-tags.js';
import { blocksIn, hasMoreTextThan, isLeafBlock, linkDensity, readsAsProse, textOf, wordCount } from './block-measure.js';
import { labelKey, type Phrases } from './phrases.js';

const HEADINGS = tagSet('h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'strong', 'b');
/** A list of links: most of its text is linked. */
const LINK_LIST_DENSITY = 0.5;
const TRAILING_COUNT = /\s*\(?\d+\)?$/u;

/** "Related Stories", "Most Read", "Lire aussi" as a short heading of its own. */
function isSectionHeading(element: Element, phrases: Phrases): boolean {
  if (hasMoreTextThan(element, 200)) return false; // headings are short; measuring long blocks is slow
  const text = textOf(element);
  if (text === '' || wordCount(text) > 8) return false;
  // The phrase first: it rules out nearly every candidate before its links are measured.
  const key = labelKey(text);
  if (!phrases.sections.has(key) && !phrases.sections.has(labelKey(key.replace(TRAILING_COUNT, '')))) return false;
  return element.querySelector('a') === null || linkDensity(element) <= 0.5;
}

/** The outermost element whose text is the heading's text: `<div><h3>Related</h3></div>` counts as the heading. */
function headingBox(heading: Element, root: DocumentFragment | Element): Element {
  let box = heading;
  const text = textOf(heading);
  while (box.parentElement !== null && box.parentElement !== root && textOf(box.parentElement) === text) box = box.parentElement;
  return box;
}

function isLinkList(element: Element): boolean {
  const text = textOf(element);
  if (text === '') return true;
  return (linkDensity(element) >= LINK_LIST_DENSITY && !readsAsProse(element)) || isTeaserCards(element);
}

/** A teaser's summary is a sentence or two; a paragraph longer than this is the story's. */
const MAX_SUMMARY_WORDS = 50;
const WEB_LINK = /^https?:/i;

/**
 * Teaser cards (a grid of the latest or related articles): links to at least two other pages, each card
 * with at most a short summary: no block longer than a summary, no more summaries than links, and every
 * link a block of its own (a title, a picture, "read more").
 */
function isTeaserCards(element: Element): boolean {
  const pages = new Set<string>();
  for (const link of Array.from(element.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    if (WEB_LINK.test(href)) pages.add(href);
  }
  if (pages.size < 2) return false;
  let summaries = 0;
  for (const leaf of blocksIn(element).filter(isLeafBlock)) {
    const text = textOf(leaf);
    if (wordCount(text) > MAX_SUMMARY_WORDS) return false;
    // A card's link is its title or its picture, apart from the summary: a link inside a sentence is the
    // story's (advice with its sources linked).
    const linked = linkDensity(leaf);
    if (linked > 0 && linked < LINK_LIST_DENSITY) return false;
    if (readsAsProse(leaf)) summaries += 1;
  }
  return summaries <= pages.size;
}

/**
 * Removes a related / most-read / "explore" section: its heading and the lists of links that follow it.
 * A heading followed by prose stays: the words alone never remove text.
 */
export function removeRelatedSections(root: DocumentFragment | Element, phrases: Phrases): void {
  for (const candidate of elementsWithTags(root, HEADINGS)) {
    if (!root.contains(candidate) || !isSectionHeading(candidate, phrases)) continue;
    const box = headingBox(candidate, root);
    const lists: Element[] = [];
    for (let next = box.nextElementSibling; next !== null && isLinkList(next); next = next.nextElementSibling) {
      lists.push(next);
    }
    if (!lists.some((list) => textOf(list) !== '')) continue;
    box.remove();
    for (const list of lists) list.remove();
  }
}
