/** Elements that make a `<div>` a container rather than a paragraph (Readability's own list, DIV_TO_P_ELEMS). */
const BLOCK_CHILDREN = 'blockquote, dl, div, img, ol, p, pre, table, ul, section, article, aside, header, footer, nav, figure, h1, h2, h3, h4, h5, h6, form, picture, video, iframe';
/** Shorter text is a caption, a button or a date, not a paragraph. */
const MIN_LENGTH = 100;

/**
 * `<div class="article__text">…</div>` becomes a `<p>`: many sites (RIA-like agencies, portals in Asia)
 * write their paragraphs as `div`s, and Readability's readerable check counts only `<p>`. Readability
 * would turn such a `div` into a `p` itself when it extracts, so this changes what it detects, not what
 * it extracts.
 */
export function markTextParagraphs(doc: Document): void {
  const body = doc.body;
  if (body === null) return;
  for (const div of Array.from(body.querySelectorAll('div'))) {
    if (div.querySelector(BLOCK_CHILDREN) !== null) continue;
    const text = (div.textContent ?? '').trim();
    if (text.length < MIN_LENGTH) continue;
    const linked = Array.from(div.querySelectorAll('a')).reduce((sum, a) => sum + (a.textContent ?? '').trim().length, 0);
    if (linked / text.length > 0.5) continue;
    const p = doc.createElement('p');
    for (const { name, value } of Array.from(div.attributes)) p.setAttribute(name, value);
    p.append(...Array.from(div.childNodes));
    div.replaceWith(p);
  }
}
