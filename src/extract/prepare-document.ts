/**
 * Fixes, on the clone, what Readability misses or drops. Never called on the live page.
 */
export function prepareDocument(clone: Document): void {
  restoreLazyImages(clone);
}

const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src', 'data-url', 'data-hi-res-src', 'data-lazy'];
const PLACEHOLDER = /^data:image\/(?:gif|png|svg\+xml)|(?:blank|spacer|placeholder|pixel|lazy)[^/]*\.(?:gif|png|svg)/i;

/** Lazy-loading scripts never ran on the clone: put the real image address where a reader expects it. */
function restoreLazyImages(doc: Document): void {
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    if (src && !PLACEHOLDER.test(src)) continue;
    const real = LAZY_SRC_ATTRIBUTES.map((name) => img.getAttribute(name)).find((value) => value && value.trim());
    if (real) img.setAttribute('src', real.trim());
    const srcset = img.getAttribute('data-srcset') ?? img.getAttribute('data-lazy-srcset');
    if (srcset && !img.getAttribute('srcset')) img.setAttribute('srcset', srcset);
  }
}
