import { extractArticle } from '../extract/extract-article.js';
import { installEntry } from './content-entry.js';
import { unlessStillLoading } from './still-loading.js';
import { whenParsed } from './when-parsed.js';

/** The build's stamp (package version and build time), set by scripts/build.mjs; 'dev' elsewhere. */
declare const QUOTELIGHT_BUILD: string | undefined;

/**
 * Injected on each click; the build's footer calls the entry (scripts/build.mjs). A structured clone of
 * plain data crosses back: the page's objects never reach the extension.
 */
installEntry(globalThis, typeof QUOTELIGHT_BUILD === 'string' ? QUOTELIGHT_BUILD : 'dev', async () => {
  await whenParsed(document, 2000);
  return unlessStillLoading(document, extractArticle(document));
});
