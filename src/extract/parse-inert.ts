/**
 * Parses `html` in a DOMParser document, which is inert: nothing in it loads or runs, even in a content
 * script on the live page. The parser comes from `doc`'s window, or the global one: a cloned document has
 * no window, and under Node only a jsdom window has a DOMParser. Null when neither has one.
 */
export function parseInert(html: string, doc: Document): HTMLElement | null {
  const Parser = doc.defaultView?.DOMParser ?? (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  return Parser === undefined ? null : new Parser().parseFromString(html, 'text/html').body;
}
