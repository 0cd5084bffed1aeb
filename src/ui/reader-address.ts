/**
 * The reader tab's address: `reader.html?<the article's own address>#<its stored key>`. An extension
 * page cannot take the article's address as its own (docs/reader-tab.md), so it carries it where a
 * reader sees it, readable, and where it outlives the stored article: a tab restored after the browser
 * closed still knows where its article came from. encodeURI keeps an address readable and escapes its
 * `%`, so a bare `%23` can only be the escaped `#` of the address's own fragment.
 */
export function readerAddress(key: string, articleUrl: string | null): string {
  const article = articleUrl && /^https?:/i.test(articleUrl) ? `?${encodeURI(articleUrl).replace(/#/g, '%23')}` : '';
  return `reader.html${article}#${encodeURIComponent(key)}`;
}

/** The article's web address from the tab's `location.search`, or null when it has none (or no web one). */
export function articleAddressOf(search: string): string | null {
  if (search.length <= 1) return null;
  try {
    const address = decodeURI(search.slice(1).replace(/%23/g, '#'));
    return /^https?:\/\//i.test(address) ? address : null;
  } catch {
    return null;
  }
}
