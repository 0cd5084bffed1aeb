/** What every browser launcher offers the tests, so one test body runs in Chromium and in Firefox. */

export type BrowserName = 'chromium' | 'firefox';

export interface ElementInfo {
  /** The text a reader sees: rendered, without what is there for screen readers only. */
  text: string;
  attributes: Record<string, string>;
  /** The rendered box, in the view's coordinates: 0 wide and high when not shown. */
  top: number;
  width: number;
  height: number;
  /** For images: 0 until (or unless) the image loaded. */
  naturalWidth: number | null;
}

/** The popup's box and its scrolling element's extent, as the reader's viewport sees them. */
export interface ViewMetrics {
  /** The body's width: what the text is laid out in. */
  width: number;
  /** The popup window's inner width. */
  viewportWidth: number;
  scrollHeight: number;
  clientHeight: number;
  /** Whether setting scrollTop on the scrolling element actually moved it. */
  scrolls: boolean;
}

export interface ViewSnapshot {
  /** `document.body.dataset.state`: reading, article or failure. */
  state: string;
  /** What a reader sees: the body's rendered text, without what is there for screen readers only. */
  text: string;
  /** The `#content` element's HTML. */
  html: string;
}

/** An extension page (the popup, or a reader tab) the test can read and act on. */
export interface ExtensionView extends ViewSnapshot {
  query(selector: string): Promise<ElementInfo[]>;
  metrics(): Promise<ViewMetrics>;
  screenshot(file: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Scrolls the view so that `selector` is at its top. */
  scrollTo(selector: string): Promise<void>;
  /** Reads the page again once its state is `state` (by default: anything but `reading`). */
  refresh(state?: string): Promise<ViewSnapshot>;
  /** Errors the page reported: console errors and uncaught exceptions. */
  errors(): Promise<string[]>;
  /**
   * Runs `fn`, the source of `(doc, arg) => value` (awaited when a promise), on the page's document,
   * outside the page's CSP; the value must survive JSON.
   */
  evaluate<T>(fn: string, arg?: string): Promise<T>;
  /** For a popup: milliseconds from the toolbar-button trigger until it first settled (state not `reading`). */
  settledMs?: number;
}

export interface OpenOptions {
  /**
   * What to wait for before clicking the toolbar button: `load` (default), or `commit`, only for the
   * document to exist, for a page that never finishes loading.
   */
  waitUntil?: 'load' | 'commit';
  /**
   * Instead of `waitUntil`: start the navigation and wait for this, for a page that blocks its main
   * thread (whose load notifications may arrive only once it is free again).
   */
  ready?: () => Promise<void>;
  /**
   * A selector the reader clicks in the page before the toolbar button: a real input event, so the page
   * has the user's activation (Firefox's Back button skips pages without it).
   */
  clickFirst?: string;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /** Shows `url` in the test tab, clicks the toolbar button, and returns the popup once it settled. */
  openPopupFor(url: string, options?: OpenOptions): Promise<ExtensionView>;
  /** Clicks "Open in tab" in `popup` and returns the reader tab once it settled. */
  openReaderTab(popup: ExtensionView): Promise<ExtensionView>;
  /** Clicks the toolbar button with the last reader tab in front, and returns the popup once it settled. */
  openPopupHere(): Promise<ExtensionView>;
  /** The address of every tab in the browser's window, in tab order (Firefox's helper tab included). */
  tabAddresses(): Promise<string[]>;
  /**
   * The browser's Back in the tab the last reader opened in: resolves once the page before it is shown
   * and loaded, with its address and title.
   */
  back(): Promise<{ url: string; title: string }>;
  /** The browser's Forward in that tab, back to the reader: returns the reader once it settled. */
  forward(): Promise<ExtensionView>;
  close(): Promise<void>;
}

/** Generous but bounded: a popup must settle within the 5 s extraction limit plus browser overhead. */
export const SETTLE_TIMEOUT_MS = 20_000;
