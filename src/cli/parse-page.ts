import { inertDom } from './inert-window.js';

type WithDomParser = { DOMParser?: unknown };

/**
 * Saved pages parsed into documents of one long-lived jsdom window, by its DOMParser. A new JSDOM per
 * page built a window (its globals, its CSS machinery) for every page and parsed every `<style>`, which
 * nothing here reads, and whose parser throws where a browser drops one rule (`calc(100% - $gutter)`,
 * test/fixtures/theme-style-variables); a DOMParser document has no window, so its styles stay text.
 * Before each page the window takes the page's address, which its DOMParser gives the document (as
 * `URL` and `baseURI`, what relative links resolve against). A document is freed with the last
 * reference to it; `close` ends the window.
 *
 * The window takes no event listener (inert-window.ts): jsdom's selector engine would add some for every
 * document queried, and keep them and the documents for the window's life.
 *
 * A document without a window has no DOMParser of its own, so the pipeline's inert parses
 * (extract/parse-inert.ts) take the global one: while the parser is open, the global DOMParser is its
 * window's, unless one was there before.
 */
export class PageParser {
  readonly #dom = inertDom();
  readonly #parser = new this.#dom.window.DOMParser();
  readonly #ownsGlobal: boolean;
  /** Documents parsed since the last `release`. */
  #parsed: Document[] = [];

  constructor() {
    const global = globalThis as WithDomParser;
    this.#ownsGlobal = global.DOMParser === undefined;
    if (this.#ownsGlobal) global.DOMParser = this.#dom.window.DOMParser;
  }

  parse(html: string, url: string | null): Document {
    this.#dom.reconfigure({ url: url ?? 'about:blank' });
    const doc = this.#parser.parseFromString(html, 'text/html');
    this.#parsed.push(doc);
    return doc;
  }

  /**
   * Lets the documents parsed so far be freed: their trees are taken out of them. jsdom (29) keeps every
   * element with an `id` or a `name` that is in a document of the window's, DOMParser's documents too, for
   * the window's named properties (`window.someId`), and lets go of it only when it leaves its document:
   * without this a batch kept every page it had read (~4 MB a page of trafilatura's set).
   */
  release(): void {
    for (const doc of this.#parsed) doc.documentElement?.remove();
    this.#parsed = [];
  }

  close(): void {
    this.release();
    if (this.#ownsGlobal) delete (globalThis as WithDomParser).DOMParser;
    this.#dom.window.close();
  }
}
