import { describe, expect, test } from 'vitest';
import { PAYLOADS } from '../hostile/payloads.js';
import { inertnessCheckSource } from './harness/inert-in-page.js';
import { BROWSERS } from './harness/launch.js';
import { useBrowserSession } from './harness/session.js';
import { HOSTILE_PREFIX, PWNED_PREFIX, type FixtureServer, type SeenRequest } from './harness/server.js';
import type { ExtensionBrowser, ExtensionView } from './harness/types.js';

/**
 * Every hostile payload (test/hostile/payloads.ts) served as a real page and read by the real extension:
 * nothing of it may run, navigate or make a request in the popup or the reader tab. A payload that runs
 * anywhere requests /pwned/ on the test server, which tells the page's own requests (same origin, or
 * reporting an http: page) from anything else: the extension's pages are the only other party.
 */

/** Opened in the reader tab too: script, SVG and mutation-XSS payloads, the likeliest to slip through. */
const IN_TAB = new Set(['script-element', 'svg', 'mutation-xss', 'handler-attributes']);
/** Time for a late request (an image, a timer, a refresh) to reach the server. */
const SETTLE_MS = 400;

/** Requests a payload made from somewhere other than the hostile page itself. */
function leaks(requests: readonly SeenRequest[]): string[] {
  return requests
    .filter((r) => r.pathname.startsWith(PWNED_PREFIX))
    .filter((r) => r.site !== 'same-origin' && new URLSearchParams(r.search).get('from') !== 'http:')
    .map((r) => `${r.pathname}${r.search} (sec-fetch-site: ${r.site || 'none'}, referer: ${r.referer || 'none'})`);
}

/** Focuses every mark and focusable element and hovers every paragraph, as a reader's mouse and keys would. */
const INTERACT = `(doc) => {
  const win = doc.defaultView;
  let touched = 0;
  for (const el of doc.querySelectorAll('#content mark, #content [tabindex], #content summary, #content details')) {
    el.focus(); el.blur(); touched++;
  }
  for (const el of doc.querySelectorAll('#content p, #content mark, #content img, #content div')) {
    for (const type of ['mouseover', 'mouseenter', 'mousemove', 'mouseout']) el.dispatchEvent(new win.MouseEvent(type, { bubbles: true }));
    touched++;
  }
  return touched;
}`;

describe.each(BROWSERS)('%s: hostile pages', (name) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  const inert = inertnessCheckSource();

  useBrowserSession(name, (session) => ({ server, browser } = session));

  /** Reads `view` as a reader would, then checks it held nothing live and nothing was heard from it. */
  async function expectInert(view: ExtensionView, from: number): Promise<void> {
    expect(view.state).toBe('article');
    expect(await view.evaluate<number>(INTERACT)).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect(await view.evaluate<string[]>(inert)).toEqual([]);
    expect(leaks(server.requests().slice(from))).toEqual([]);
  }

  test.each(PAYLOADS.map((payload) => payload.name))('%s', async (payload) => {
    const from = server.requests().length;
    const popup = await browser.openPopupFor(server.url(`${HOSTILE_PREFIX}${payload}`));
    if (popup.state === 'failure') {
      // A payload may make the page look like something else than an article: show it anyway.
      await popup.click('.ql-failure button[data-action="show-anyway"]');
      await popup.refresh('article');
    }
    // The payload's words are there, or this proves nothing.
    expect(popup.text).toContain('Council approves transport plan');
    await expectInert(popup, from);
    if (IN_TAB.has(payload)) {
      const reader = await browser.openReaderTab(popup);
      await expectInert(reader, from);
    }
  });

  test('the report channel works: the hostile page itself ran its script and was heard', () => {
    const own = server.requests().filter((r) => r.pathname.startsWith(`${PWNED_PREFIX}script-element`));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => new URLSearchParams(r.search).get('from') === 'http:')).toBe(true);
  });
});
