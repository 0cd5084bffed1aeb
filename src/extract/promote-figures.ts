/** Class names pages give an image's caption when they do not use `<figcaption>`. */
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|figcaption|legende|légende|bildunterschrift|didascalia|pie-?de-?foto|image-?desc|photo-?desc|img-?desc|wp-caption-text)/i;

function isCaption(element: Element): boolean {
  return element.tagName !== 'FIGCAPTION' && (CAPTION_CLASS.test(element.getAttribute('class') ?? '') || element.getAttribute('itemprop') === 'caption');
}

function rename(element: Element, tag: string): Element {
  const renamed = element.ownerDocument.createElement(tag);
  for (const { name, value } of Array.from(element.attributes)) renamed.setAttribute(name, value);
  renamed.append(...Array.from(element.childNodes));
  element.replaceWith(renamed);
  return renamed;
}

/**
 * `<div class="photo"><img><p class="caption">…</p></div>` becomes a `<figure>` with a `<figcaption>`:
 * Readability keeps a figure's children together, where it may drop a short captioned `<div>`.
 */
export function promoteFigures(doc: Document): void {
  for (const caption of Array.from(doc.querySelectorAll('[class], [itemprop="caption"]'))) {
    if (!caption.isConnected || !isCaption(caption) || caption.closest('figure') !== null) continue;
    const holder = caption.parentElement;
    if (holder === null || holder === doc.body || holder.querySelectorAll('img, picture').length !== 1) continue;
    if (holder.querySelector('p:not([class]), h1, h2, h3, article') !== null) continue;
    if ((holder.textContent ?? '').trim() !== (caption.textContent ?? '').trim()) continue;
    rename(caption, 'figcaption');
    rename(holder, 'figure');
  }
}
