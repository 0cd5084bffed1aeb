/** Resolves once the document is parsed, or after `timeoutMs` for a page that keeps loading. */
export function whenParsed(doc: Document, timeoutMs: number): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    doc.addEventListener('DOMContentLoaded', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
