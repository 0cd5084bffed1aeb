/** Upper bound on what "Show anyway" carries to the extension: enough for any page's main text. */
const MAX_HTML_LENGTH = 2_000_000;

/**
 * The page's main content as HTML, for "Show anyway" when Readability finds no article: the page's
 * `main` landmark if it has one, otherwise its body. The extension sanitizes it like any article.
 */
export function pageMainText(doc: Document): string | null {
  const main = doc.querySelector('main, [role="main"]') ?? doc.body;
  if (!main || !main.textContent?.trim()) return null;
  const html = main.innerHTML;
  return html.length > MAX_HTML_LENGTH ? html.slice(0, MAX_HTML_LENGTH) : html;
}
