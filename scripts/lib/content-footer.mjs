/**
 * The content script's last statement, appended by the build: it asks the entry for the article, and its
 * value (a promise) is what executeScript hands back. The call sits inside a try: an entry that is
 * missing or throws still answers, in the shape parseExtractionResult (src/core/extraction-result.ts) reads.
 */
export function contentFooter(entryName) {
  const entry = JSON.stringify(entryName);
  return `;(() => { try { return globalThis[${entry}].run(); } catch (error) {`
    + ` return { status: 'error', message: 'Quotelight\\'s page script failed: ' + String((error && error.message) || error) }; } })();`;
}
