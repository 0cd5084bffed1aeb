import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { PROCESSING_TIMEOUT_MS } from '../../src/popup/time-limits.js';
import { englishMessages } from '../../src/ui/english-messages.js';
import { BROWSERS } from './harness/launch.js';
import { until } from './harness/in-page.js';
import { screenshotPath } from './harness/paths.js';
import type { FixtureServer } from './harness/server.js';
import { useBrowserSession } from './harness/session.js';
import type { ExtensionBrowser } from './harness/types.js';

/**
 * When the popup's own work stalls or its storage refuses, in real browsers: the reader is told, in
 * words, instead of a spinner for ever or an article replaced by an error.
 * - The popup's wait for the reader view and the article's quote lexicon is capped (src/popup/popup.ts).
 *   The stall is real: in the browser's copy of the extension, the German lexicon is a named pipe that
 *   nothing writes to, so the browser's read of it blocks as on a hung disk, until the test writes it.
 * - The hand-off to the reader tab fails when storage.session is full (filled by the test to the
 *   browser's own quota): the popup says so under its toolbar and keeps the article.
 */

const GERMAN = '/de-nachrichten-zitate/source.html';
const EXAMPLE = '/news-example/source.html';
const STALLED = 'lang/de.json';

/** Fills storage.session to the browser's quota with keys that are not articles; the browser's refusal, or null. */
const FILL_SESSION_STORAGE = `async (doc) => {
  const area = (doc.defaultView.browser || doc.defaultView.chrome).storage.session;
  let count = 0;
  let stored = 0;
  let refused = null;
  // Larger pieces first, then smaller ones into what is left; 64 MB at most, for a browser without a quota.
  for (const size of [1 << 20, 1 << 16, 1 << 10]) {
    for (refused = null; refused === null && stored < (64 << 20);) {
      try {
        await area.set({ ['filler:' + count]: 'x'.repeat(size) });
        count += 1;
        stored += size;
      } catch (error) {
        refused = String(error && error.message || error);
      }
    }
  }
  return refused;
}`;
const CLEAR_SESSION_STORAGE = `async (doc) => {
  await (doc.defaultView.browser || doc.defaultView.chrome).storage.session.clear();
  return true;
}`;

describe.each(BROWSERS)('%s: stalls and refusals', (name) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let copy = '';

  useBrowserSession(name, (session) => ({ server, browser } = session), {
    prepareCopy: async (dir) => {
      copy = dir;
      await rm(path.join(dir, STALLED));
      await promisify(execFile)('mkfifo', [path.join(dir, STALLED)]);
    },
  });

  /**
   * Opens and closes the pipe's writing end if a reader waits on it: the browser's read ends (empty, so
   * English does the work) and no browser thread stays blocked.
   */
  async function releaseStall(): Promise<void> {
    const pipe = await open(path.join(copy, STALLED), constants.O_WRONLY | constants.O_NONBLOCK).catch(() => null);
    await pipe?.close(); // null: no reader waiting (ENXIO).
  }

  test(`an article whose preparation in the popup stalls: a message after ${PROCESSING_TIMEOUT_MS / 1000} s, not "Reading the page…" for ever`, async () => {
    try {
      const popup = await browser.openPopupFor(server.url(GERMAN));
      expect(popup.state).toBe('failure');
      const [box] = await popup.query('.ql-failure');
      expect(box?.attributes['data-failure']).toBe('stalled');
      expect(box?.text).toContain(`after ${PROCESSING_TIMEOUT_MS / 1000} seconds`);
      expect(box?.text, 'the page answered: the stall is not blamed on it').not.toContain('Something on the page');
      expect(popup.text).not.toContain(englishMessages('statusReadingPage'));
      expect(popup.settledMs).toBeGreaterThanOrEqual(PROCESSING_TIMEOUT_MS);
      await popup.screenshot(screenshotPath(name, 'stalled-preparation'));
    } finally {
      await releaseStall();
    }
  });

  test('the hand-off to the reader tab refused by a full storage.session: a notice, and the article stays', async () => {
    const popup = await browser.openPopupFor(server.url(EXAMPLE));
    expect(popup.state).toBe('article');
    const tabsBefore = await browser.tabAddresses();
    try {
      const refused = await popup.evaluate<string | null>(FILL_SESSION_STORAGE);
      expect(refused, 'the browser refused a write once storage.session was full').toMatch(/quota/i);
      await popup.click('#open-tab');
      const [notice] = await until('the notice', () => popup.query('.ql-notice'), (found) => found.length > 0);
      expect(notice?.attributes['role']).toBe('alert');
      expect(notice?.text).toMatch(/^Couldn't open the article in a tab \(.*quota.*\)\. It is still here\.$/i);
      expect(notice?.text).not.toContain('.).');
      await popup.screenshot(screenshotPath(name, 'handoff-refused'));
      // The article is still what the popup shows, and the page is still in its tab.
      const shown = await popup.refresh();
      expect(shown.state).toBe('article');
      expect(await popup.query('.ql-title')).toHaveLength(1);
      expect(await browser.tabAddresses()).toEqual(tabsBefore);
      expect(await popup.errors()).toEqual([]);
    } finally {
      await popup.evaluate(CLEAR_SESSION_STORAGE);
    }
  });
});
