import { elementsByTag } from '../core/select-tags.js';

/**
 * What a page shows readers without JavaScript, in place of its `<noscript>` elements. A page parsed
 * with scripting off (the command line's jsdom, a saved page) holds noscript content as elements, and a
 * page that renders its story with scripts may keep the whole story there for readers without them
 * (test/fixtures/noscript-article). Readability removes every noscript, so a pass that found nothing
 * tries again with them unwrapped. In a browser a noscript holds only text and nothing changes.
 * Returns how many were unwrapped.
 */
export function unwrapNoscript(clone: Document): number {
  let unwrapped = 0;
  for (const noscript of elementsByTag(clone, 'noscript')) {
    if (noscript.firstElementChild === null) continue;
    noscript.replaceWith(...Array.from(noscript.childNodes));
    unwrapped += 1;
  }
  return unwrapped;
}
