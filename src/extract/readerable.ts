import { isProbablyReaderable } from '@mozilla/readability';
import type { PageIndex } from './page-index.js';

/** The elements Readability's readerable check asks the page for first (Readability 0.6's own selector). */
const READERABLE_SELECTOR = 'p, pre, article';
const INDEXED = ['P', 'PRE', 'ARTICLE'] as const;

/**
 * Readability's `isProbablyReaderable`, asked first of the paragraphs the page index already holds.
 * The check adds a score for each visible paragraph, `<pre>` and `<article>` of enough text (and each
 * `div` holding a `<br>`) and says yes once the score passes its bar: the score only grows, so what
 * passes on some of those elements passes on all of them. Most pages pass on their indexed paragraphs
 * alone, and the page is then not queried: under jsdom each of the check's two selector queries walks the
 * whole page (~2% of the command line's work after the parse); in a browser the index is filtered instead
 * of asking for a list the index already holds. Otherwise Readability's own check runs on the page, and
 * its answer is the answer.
 *
 * The index is taken before the prepare steps: what they removed is no longer connected and does not
 * count; what they added (paragraphs made from divs) is in the index and does.
 */
export function isReaderable(doc: Document, index: PageIndex): boolean {
  const indexed = new Set<Element>();
  for (const tag of INDEXED) {
    for (const element of index.tag(tag)) if (element.ownerDocument === doc && element.isConnected) indexed.add(element);
  }
  // Readability reads the page only through `querySelectorAll`; any other question it might ask of this
  // stand-in (another version) throws, and the page itself answers.
  const known = [...indexed];
  const fromIndex = { querySelectorAll: (selector: string): Element[] => (selector === READERABLE_SELECTOR ? known : []) };
  try {
    if (isProbablyReaderable(fromIndex as unknown as Document)) return true;
  } catch {
    // the page answers below
  }
  return isProbablyReaderable(doc);
}
