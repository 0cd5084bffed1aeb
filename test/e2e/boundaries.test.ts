import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/launch.js';
import { useBrowserSession } from './harness/session.js';
import { LINKED_ARTICLE, SPECIAL, type FixtureServer } from './harness/server.js';
import type { ExtensionBrowser } from './harness/types.js';

/**
 * What crosses from the page to the popup, in real browsers: a page's odd language tag is the browser's
 * Intl's to refuse (Chromium threw "Invalid language tag: en_US" and the popup showed a failure).
 */
describe.each(BROWSERS)('%s: the page-to-popup boundary', (name) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  useBrowserSession(name, (session) => ({ server, browser } = session));

  test('<html lang="en_US"> with a publication date: the article, its date formatted, its language normalised', async () => {
    const popup = await browser.openPopupFor(server.url(SPECIAL.posixLang));
    expect(popup.state).toBe('article');
    expect(popup.text).toContain(LINKED_ARTICLE.headline);
    const [date] = await popup.query('.ql-date');
    expect(date?.attributes['datetime']).toMatch(/^2025-07-04/);
    expect(date?.text).toMatch(/2025/);
    expect(date?.text).not.toMatch(/T09:00/);
    expect(await popup.query('[lang="en-US"]')).not.toEqual([]);
    expect(await popup.errors()).toEqual([]);
  });
});
