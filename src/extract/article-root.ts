/** Paragraph text inside `element`: what decides which part of a page is the article. */
export function proseLength(element: Element): number {
  let length = 0;
  for (const p of Array.from(element.querySelectorAll('p'))) {
    const text = (p.textContent ?? '').trim();
    if (text.length >= 80) length += text.length;
  }
  return length;
}

/**
 * The element the page itself says is the article, if it says so: `articleBody`, then the `<article>`
 * with the most prose, then the main landmark. Null when the page names none.
 */
export function findArticleRoot(doc: Document): Element | null {
  const body = doc.querySelector('[itemprop~="articleBody"]');
  if (body !== null && proseLength(body) > 0) return body;
  const articles = Array.from(doc.querySelectorAll('article'));
  const best = articles.map((article) => ({ article, prose: proseLength(article) })).sort((a, b) => b.prose - a.prose)[0];
  if (best !== undefined && best.prose > 0) return best.article;
  return doc.querySelector('main, [role="main"]');
}

/**
 * Guards every removal before Readability: an element that holds the article, or most of the page's
 * prose, stays, whatever its markup says (a page whose whole content sits in `role=main` or a `<header>`).
 */
export function makeArticleGuard(doc: Document): (element: Element) => boolean {
  const root = findArticleRoot(doc);
  const pageProse = doc.body ? proseLength(doc.body) : 0;
  return (element) => {
    if (root !== null && (element === root || element.contains(root))) return true;
    return pageProse > 0 && proseLength(element) > pageProse * 0.3;
  };
}
