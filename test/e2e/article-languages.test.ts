import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/launch.js';
import { useBrowserSession } from './harness/session.js';
import type { FixtureServer } from './harness/server.js';
import type { ElementInfo, ExtensionBrowser, ExtensionView } from './harness/types.js';

/**
 * A German article in the real popup and tab: the clean-up of its own language's clutter ("Anzeige",
 * "Artikel teilen", a newsletter call) and its quotation's speaker. The extension bundles English
 * alone and loads the article's language from lang/<code>.json, so this fails when that file does not
 * carry what the cleaner or the quote engine needs.
 */

const PAGE = 'de-hinweise-im-text';
const MARKS = '.ql-body mark[data-quote]';
const expected = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures', PAGE, 'expected.json'), 'utf8')) as {
  mustContain: string[];
  cleanupTargets: string[];
  quotes: { text: string; speaker: string }[];
};

describe.each(BROWSERS)('%s: an article in German', (name) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  /** Each surface with what it showed and its highlights, read before the popup closes for the tab. */
  const views: { surface: string; view: ExtensionView; marks: ElementInfo[] }[] = [];

  useBrowserSession(name, (session) => ({ server, browser } = session));
  beforeAll(async () => {
    const popup = await browser.openPopupFor(server.url(`/${PAGE}/source.html`));
    views.push({ surface: 'popup', view: popup, marks: await popup.query(MARKS) });
    const tab = await browser.openReaderTab(popup);
    views.push({ surface: 'tab', view: tab, marks: await tab.query(MARKS) });
  });

  test('its German clutter is cleaned away, its text kept', () => {
    for (const { surface, view } of views) {
      expect(view.state, surface).toBe('article');
      for (const passage of expected.mustContain) expect(view.text, surface).toContain(passage);
      for (const clutter of expected.cleanupTargets) expect(view.text, `${surface}: ${clutter}`).not.toContain(clutter);
    }
  });

  test('its quotation is highlighted with its speaker', () => {
    for (const { surface, marks } of views) {
      for (const quote of expected.quotes) {
        const mark = marks.find((candidate) => candidate.text.includes(quote.text.slice(0, 20)));
        expect(mark?.attributes['data-speaker'], surface).toBe(quote.speaker);
      }
    }
  });
});
