/** Why a browser will not let an extension read a page, told from its address alone. */
export type RestrictedKind = 'closed' | 'browser-page' | 'store' | 'view-source' | 'pdf' | 'file' | 'reader' | 'data';

const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];
const BROWSER_SCHEMES = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|about|moz-extension|resource|brave|opera|vivaldi):/i;

/**
 * `ownOrigin` is the extension's own base address (`runtime.getURL('')`): a click on the button while a
 * Quotelight reader tab is in front is told apart from any other extension's page.
 */
export function restrictedKind(url: string | null, ownOrigin: string | null = null): RestrictedKind | null {
  // Without access, Chromium does not even tell the address: its own pages and data: pages alike.
  if (url === null || url === '') return 'closed';
  if (ownOrigin !== null && ownOrigin !== '' && url.startsWith(ownOrigin)) return 'reader';
  if (/^view-source:/i.test(url)) return 'view-source';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (STORES.some((store) => store.test(url))) return 'store';
  if (/^file:/i.test(url)) return /\.pdf(?:[?#]|$)/i.test(url) ? 'pdf' : 'file';
  if (/^https?:\/\/[^?#]*\.pdf(?:[?#]|$)/i.test(url)) return 'pdf';
  // A page written into its own address has no site behind it that an extension could be granted.
  if (/^(?:data|blob):/i.test(url)) return 'data';
  return null;
}

/** Kinds worth an attempt all the same: the browser may allow them (file access granted, a .pdf link serving HTML). */
export const mayStillOpen = (kind: RestrictedKind): boolean => kind === 'file' || kind === 'pdf' || kind === 'data';
