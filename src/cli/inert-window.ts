import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A jsdom window (with its JSDOM, which can change its address) for documents that are only read and changed (parsed, queried, sanitized, serialized):
 * never shown, never scripted, never sent an event. The command line's windows live for a whole batch.
 *
 * jsdom's selector engine (29: @asamuzakjp/dom-selector) adds eight event listeners to the window (focus,
 * keyboard and mouse, for `:focus-visible` and the like) for every document it is first asked a query
 * about, and never takes them off. The pipeline queries several documents a page in such windows (the page,
 * the sanitizer's inert copy and DOMPurify's own, the lead figure's), so a batch's windows gathered
 * thousands of listeners, each new one compared with every one before it, each holding its document: the
 * sanitizer alone took 3.6 ms on a small article at first and 23 ms after 1,500 (CPU time), and the heap
 * grew with it. Nothing listens in these windows: they take no listener.
 */
export function inertDom(): JSDOM {
  const dom = new JSDOM('', { virtualConsole: new VirtualConsole() });
  dom.window.addEventListener = (): void => undefined;
  return dom;
}
