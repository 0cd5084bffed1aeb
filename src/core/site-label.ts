/** The site a header names: the page's own site name, or the host of its address without "www.". */
export function displaySite(siteName: string | null | undefined, url: string | null | undefined): string | null {
  if (siteName) return siteName;
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
