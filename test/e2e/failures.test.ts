import { describe, expect, test } from 'vitest';
import type { RestrictedKind } from '../../src/core/restricted-page.js';
import { failureMessage, type Failure } from '../../src/ui/failure-message.js';
import { BROWSERS } from './harness/launch.js';
import { useBrowserSession } from './harness/session.js';
import { screenshotPath } from './harness/paths.js';
import { SPECIAL, type FixtureServer } from './harness/server.js';
import type { BrowserName, ExtensionBrowser, ExtensionView } from './harness/types.js';
import { englishMessages } from '../../src/ui/english-messages.js';

/**
 * Every page the reader can't read, in real browsers: the popup must say why in the words of
 * src/ui/failure-message.ts, and never stay blank or stuck on "Reading the page…".
 */

/**
 * A browser page a test can navigate to and the extension may not read. Chromium does not tell an
 * extension without access the tab's address, so its message is the one for any closed page.
 */
const BROWSER_PAGE: Record<BrowserName, { url: string; waitUntil: 'load' | 'commit'; page: RestrictedKind }> = {
  chromium: { url: 'chrome://version', waitUntil: 'load', page: 'closed' },
  // Firefox's own pages send no load event over BiDi: wait for the document only.
  firefox: { url: 'about:support', waitUntil: 'commit', page: 'browser-page' },
};

const titleOf = (failure: Failure): string => failureMessage(failure, englishMessages).title;

/** The failure box a reader sees: its kind, its title, and that it is really on screen. */
async function expectFailure(popup: ExtensionView, kinds: readonly Failure['kind'][], title: string): Promise<void> {
  expect(popup.state).toBe('failure');
  const [box] = await popup.query('.ql-failure');
  expect(box, 'a failure message in the popup').toBeDefined();
  expect(kinds).toContain(box?.attributes['data-failure']);
  const [heading] = await popup.query('.ql-failure h1');
  expect(heading?.text).toBe(title);
  // Never blank: the message is laid out and has words below the title.
  expect(box?.height).toBeGreaterThan(40);
  expect(box?.text.replace(title, '').trim().length).toBeGreaterThan(20);
  expect(popup.text).not.toContain('Reading the page');
}

describe.each(BROWSERS)('%s: failure messages', (name) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  useBrowserSession(name, (session) => ({ server, browser } = session));

  test(`a browser page (${BROWSER_PAGE[name].url})`, async () => {
    const { url, waitUntil, page } = BROWSER_PAGE[name];
    const popup = await browser.openPopupFor(url, { waitUntil });
    await expectFailure(popup, ['restricted'], titleOf({ kind: 'restricted', page }));
  });

  test('Quotelight\'s own reader tab', async () => {
    const popup = await browser.openPopupFor(server.url('/news-example/source.html'));
    expect(popup.state).toBe('article');
    const reader = await browser.openReaderTab(popup);
    expect(reader.state).toBe('article');
    const again = await browser.openPopupHere();
    await expectFailure(again, ['restricted'], titleOf({ kind: 'restricted', page: 'reader' }));
  });

  test('a page written into its own data: address', async () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of a story written straight into the address bar: `
      + 'the whole page travels in its own link, with no site behind it that could be asked for anything else.</p>').join('');
    const html = `<!doctype html><html lang="en"><title>A story in an address</title><article><h1>A story in an address</h1>${paragraphs}</article></html>`;
    const popup = await browser.openPopupFor(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`, { waitUntil: 'commit' });
    if (name === 'firefox') {
      // Firefox grants the click on a data: page: it reads like any other.
      expect(popup.state).toBe('article');
      expect(popup.text).toContain('Paragraph 6 of a story');
    } else {
      // Chromium grants nothing there and does not even tell the address: the reader is told the page is closed.
      await expectFailure(popup, ['restricted'], titleOf({ kind: 'restricted', page: 'closed' }));
    }
  });

  test('a page that is not an article, then "Show anyway"', async () => {
    const popup = await browser.openPopupFor(server.url('/not-article/source.html'));
    await expectFailure(popup, ['not-article'], titleOf({ kind: 'not-article' }));
    const [action] = await popup.query('.ql-failure button');
    expect(action?.text).toBe('Show anyway');
    await popup.screenshot(screenshotPath(name, 'not-article'));
    await popup.click('.ql-failure button[data-action="show-anyway"]');
    await popup.refresh('article');
    // The front page's own headlines, which Readability would not call an article.
    expect(popup.text).toContain('Budget vote delayed as coalition partners dispute welfare cuts');
    expect(popup.text).toContain('Comet visible to the naked eye tonight');
    expect(await popup.query('.ql-failure')).toEqual([]);
  });

  test('a page still loading', async () => {
    const popup = await browser.openPopupFor(server.url(SPECIAL.loading), { waitUntil: 'commit' });
    await expectFailure(popup, ['loading'], titleOf({ kind: 'loading' }));
    const [action] = await popup.query('.ql-failure button');
    expect(action?.text).toBe('Try again');
  });

  test('a text/plain file', async () => {
    const popup = await browser.openPopupFor(server.url(SPECIAL.plainText));
    await expectFailure(popup, ['not-html'], titleOf({ kind: 'not-html', contentType: 'text/plain' }));
  });

  test('a PDF', async () => {
    const popup = await browser.openPopupFor(server.url(SPECIAL.pdf));
    // Both browsers open their PDF viewer: the popup either reads the viewer's document type or is
    // refused by the viewer; either way the reader gets the PDF message.
    await expectFailure(popup, ['not-html', 'restricted'], titleOf({ kind: 'restricted', page: 'pdf' }));
  });

  // Last: the busy page keeps its tab blocked for a few seconds after the popup gave up.
  test('a page too busy to answer within 5 seconds', async () => {
    const busy = server.nextBusyStart();
    const started = Date.now();
    const popup = await browser.openPopupFor(server.url(SPECIAL.busy), { ready: () => busy });
    const elapsed = Date.now() - started;
    await expectFailure(popup, ['timeout'], titleOf({ kind: 'timeout', seconds: 5 }));
    // The popup waited its 5 seconds before giving up (the 'timeout' kind already shows it was its own
    // timer, not the page's answer, that ended the wait).
    expect(elapsed).toBeGreaterThanOrEqual(5000);
    const [action] = await popup.query('.ql-failure button');
    expect(action?.text).toBe('Try again');
  });
});
