/** Why a browser will not let an extension read a page, told from its address alone. */
export type RestrictedKind = 'browser-page' | 'store' | 'view-source' | 'pdf' | 'file';

const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];
const BROWSER_SCHEMES = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|about|moz-extension|resource|brave|opera|vivaldi):/i;

export function restrictedKind(url: string | null): RestrictedKind | null {
  if (url === null || url === '') return 'browser-page';
  if (/^view-source:/i.test(url)) return 'view-source';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (STORES.some((store) => store.test(url))) return 'store';
  if (/^file:/i.test(url)) return /\.pdf(?:[?#]|$)/i.test(url) ? 'pdf' : 'file';
  if (/^https?:\/\/[^?#]*\.pdf(?:[?#]|$)/i.test(url)) return 'pdf';
  return null;
}
