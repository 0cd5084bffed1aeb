import { elementsByTag } from '../core/select-tags.js';
import { indexPage, type PageIndex } from './page-index.js';
import { parseInert } from './parse-inert.js';

/** Where lazy-loading scripts keep an image's real address until they run (they never run on the clone). */
const LAZY_SRC_ATTRIBUTES = [
  'data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-actualsrc',
  'data-echo', 'data-img-src', 'data-orig-src', 'data-large-src', 'data-original-src',
];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];
const PLACEHOLDER = /^data:image\/(?:gif|png|svg\+xml)|(?:blank|spacer|placeholder|pixel|lazy|loading|transparent|grey|gray)[^/]*\.(?:gif|png|svg|jpe?g|webp)/i;

const attribute = (element: Element, names: readonly string[]): string | null =>
  names.map((name) => element.getAttribute(name)?.trim()).find((value) => value !== undefined && value !== '') ?? null;

function isPlaceholder(img: Element): boolean {
  const src = img.getAttribute('src')?.trim() ?? '';
  return src === '' || PLACEHOLDER.test(src);
}

/** The first address of a `srcset`. */
const firstCandidate = (srcset: string): string | null => srcset.trim().split(/\s+/)[0] ?? null;

function restoreImage(img: Element): void {
  const srcset = attribute(img, LAZY_SRCSET_ATTRIBUTES);
  if (srcset !== null && !img.getAttribute('srcset')) img.setAttribute('srcset', srcset);
  if (!isPlaceholder(img)) return;
  const real = attribute(img, LAZY_SRC_ATTRIBUTES) ?? (srcset !== null ? firstCandidate(srcset) : null);
  if (real !== null) img.setAttribute('src', real);
}

/*
 * The steps below ask for elements by tag (`getElementsByTagName`), not by selector: the same elements in
 * the same order, and under jsdom (the command line) a selector query on a small subtree costs several
 * times the tag list, most of it the selector engine's own work per call (the list copied as select-tags.ts
 * says).
 */

/** `<picture>`: the sanitizer keeps only the `<img>`, so it must carry an address a `<source>` holds. */
function restorePicture(picture: Element): void {
  const sources = elementsByTag(picture, 'source');
  for (const source of sources) {
    const srcset = attribute(source, LAZY_SRCSET_ATTRIBUTES);
    if (srcset !== null && !source.getAttribute('srcset')) source.setAttribute('srcset', srcset);
  }
  const [img] = elementsByTag(picture, 'img');
  if (img === undefined || !isPlaceholder(img)) return;
  // The source without a media query is the default one; otherwise the last, usually the widest.
  const source = sources.find((s) => !s.hasAttribute('media') && s.getAttribute('srcset')) ?? sources.reverse().find((s) => s.getAttribute('srcset'));
  const srcset = source?.getAttribute('srcset');
  if (!srcset) return;
  const first = firstCandidate(srcset);
  if (first !== null) img.setAttribute('src', first);
  if (!img.getAttribute('srcset')) img.setAttribute('srcset', srcset);
}

/** The single image a `<noscript>` holds. Its content is text when the page ran with scripts, markup otherwise. */
function noscriptImage(noscript: Element): Element | null {
  const doc = noscript.ownerDocument;
  let holder: Element = noscript;
  if (noscript.children.length === 0) {
    // A page parsed without scripting, as under jsdom, already has the markup as children.
    const parsed = parseInert(noscript.textContent ?? '', doc);
    if (parsed === null) return null;
    holder = parsed;
  }
  const images = elementsByTag(holder, 'img');
  if (images.length !== 1 || (holder.textContent ?? '').trim() !== '') return null;
  return images[0] ?? null;
}

/** The placeholder the `<noscript>` stands in for: the image just before it, or alone in the element before it. */
function placeholderBefore(noscript: Element): Element | null {
  const previous = noscript.previousElementSibling;
  if (previous === null) return null;
  const img = previous.tagName === 'IMG' ? previous : onlyImage(previous);
  return img !== null && isPlaceholder(img) ? img : null;
}

function onlyImage(element: Element): Element | null {
  const images = elementsByTag(element, 'img');
  return images.length === 1 ? images[0] ?? null : null;
}

/** Returns the image put in the noscript's place, if one was. */
function restoreNoscript(noscript: Element): Element | null {
  const image = noscriptImage(noscript);
  if (image === null) return null;
  const placeholder = placeholderBefore(noscript);
  if (placeholder !== null) {
    for (const name of ['src', 'srcset', 'alt', 'width', 'height']) {
      const value = image.getAttribute(name);
      if (value) placeholder.setAttribute(name, value);
    }
    noscript.remove();
    return null;
  }
  const imported = noscript.ownerDocument.importNode(image, true);
  noscript.replaceWith(imported);
  return imported;
}

/**
 * Lazy-loading scripts never ran on the clone: put each image's real address where a reader expects it.
 * Pictures and images left inside a removed noscript are changed too, out of the page: no reader sees them.
 */
export function restoreLazyImages(doc: Document, index: PageIndex = indexPage(doc)): void {
  for (const noscript of index.tag('NOSCRIPT')) {
    const imported = restoreNoscript(noscript);
    if (imported !== null) index.add(imported);
  }
  for (const picture of index.tag('PICTURE')) restorePicture(picture);
  for (const img of index.tag('IMG')) restoreImage(img);
}
