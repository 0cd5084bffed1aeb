/** A section heading of the article, with the id its table-of-contents link points to. */
export interface OutlineEntry {
  element: HTMLElement;
  level: 2 | 3;
  id: string;
  text: string;
}

/** Articles with fewer headings are short enough to scroll; a contents list would only be clutter. */
export const MIN_HEADINGS = 3;

/**
 * The article's h2 and h3 headings, each given an id (its own when the page gave one and it is unique
 * in the document, else a fresh `ql-section-N`), set with DOM calls after rendering.
 */
export function headingOutline(body: Element): OutlineEntry[] {
  const doc = body.ownerDocument;
  const entries: OutlineEntry[] = [];
  let counter = 0;
  for (const heading of body.querySelectorAll<HTMLElement>('h2, h3')) {
    const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const own = heading.id;
    if (own === '' || doc.querySelectorAll(`[id="${CSS_escape(own)}"]`).length > 1) {
      do counter += 1;
      while (doc.getElementById(`ql-section-${counter}`));
      heading.id = `ql-section-${counter}`;
    }
    entries.push({ element: heading, level: heading.tagName === 'H2' ? 2 : 3, id: heading.id, text });
  }
  return entries;
}

/** CSS.escape is missing from jsdom; ids only need quotes and backslashes escaped inside [id="…"]. */
function CSS_escape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
