import { elementsByTag } from '../core/select-tags.js';
import { findArticleRoot, measureProse } from './article-root.js';
import type { PageIndex } from './page-index.js';

/**
 * The story's lead image with its caption, which Readability drops when it sits above the byline, apart
 * from the body (test/fixtures/news-example, long-read). Chrome's reading mode keeps it too.
 * Taken from the prepared clone before Readability runs, as HTML with absolute addresses.
 */
export function findLeadFigure(doc: Document, index: PageIndex | null = null): string | null {
  // From the index when there is one: under jsdom a selector (and `closest` with a list) walks far more.
  const heading = index === null ? doc.querySelector('h1') : index.tag('H1').find((h1) => doc.contains(h1)) ?? null;
  const scope = (heading === null ? null : storyScope(heading)) ?? findArticleRoot(doc, measureProse(doc, index).lengths, index)?.closest('article') ?? null;
  if (scope === null) return null;
  const firstParagraph = storyStart(doc, heading ?? null);
  // By tag, not by selector: the same images, and under jsdom a selector costs its engine's work on top.
  const image = elementsByTag(scope, 'img').find((img) => isLeadCandidate(img, heading ?? null, firstParagraph));
  if (image === undefined) return null;
  const figure = image.closest('figure');
  const lead = (figure !== null && scope.contains(figure) ? figure : image).cloneNode(true) as Element;
  for (const img of elementsByTag(lead, 'img')) absolutize(img, doc.baseURI);
  if (lead.tagName === 'IMG') absolutize(lead, doc.baseURI);
  const wrapper = doc.createElement('figure');
  if (lead.tagName === 'FIGURE') wrapper.append(...Array.from(lead.childNodes));
  else wrapper.append(lead);
  return wrapper.outerHTML;
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** The heading's `closest('article, main, [role="main"]')`, by walking up. */
function storyScope(heading: Element): Element | null {
  for (let at: Element | null = heading; at !== null; at = at.parentElement) {
    if (at.namespaceURI === HTML_NAMESPACE && (at.localName === 'article' || at.localName === 'main')) return at;
    if (at.getAttribute('role') === 'main') return at;
  }
  return null;
}

const MIN_LEAD_WIDTH = 300;
/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out: under Node there is no global `Node`. */
const FOLLOWING = 4;

/** The story's first paragraph: a standfirst beside the headline does not count. Found once per page, not per image. */
function storyStart(doc: Document, heading: Element | null): Element | undefined {
  return elementsByTag(doc, 'p').find((p) =>
    (p.textContent ?? '').trim().length >= 80 && (heading === null || p.parentElement !== heading.parentElement));
}

function isLeadCandidate(img: Element, heading: Element | null, firstParagraph: Element | undefined): boolean {
  if (!img.getAttribute('src')) return false;
  const width = Number.parseInt(img.getAttribute('width') ?? '', 10);
  if (Number.isFinite(width) && width < MIN_LEAD_WIDTH) return false;
  // A lead image comes near the headline: before the first paragraph of the story, not deep in it.
  if (firstParagraph && firstParagraph.compareDocumentPosition(img) & FOLLOWING) return false;
  if (heading !== null && !(heading.compareDocumentPosition(img) & FOLLOWING)) return false;
  // Last, as the slowest test (a selector list matched on every ancestor under jsdom): most images of a
  // page are already out by their place.
  return img.closest('a, nav, aside, header, footer, [role="complementary"], [role="navigation"]') === null || img.closest('figure') !== null;
}

function absolutize(img: Element, base: string): void {
  const src = img.getAttribute('src');
  if (src) {
    try {
      img.setAttribute('src', new URL(src, base).href);
    } catch {
      img.removeAttribute('src');
    }
  }
  img.removeAttribute('srcset');
}

/** The article HTML with the lead figure first, unless Readability kept that image already. */
export function withLeadFigure(contentHtml: string, leadFigure: string | null): string {
  if (leadFigure === null) return contentHtml;
  const src = /<img[^>]*\ssrc="([^"]+)"/.exec(leadFigure)?.[1];
  if (src === undefined || contentHtml.includes(src.replace(/&amp;/g, '&')) || contentHtml.includes(src)) return contentHtml;
  return leadFigure + contentHtml;
}
