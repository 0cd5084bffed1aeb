import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/launch.js';
import { screenshotPath } from './harness/paths.js';
import { SPECIAL, type FixtureServer } from './harness/server.js';
import { useBrowserSession } from './harness/session.js';
import type { ExtensionBrowser, ExtensionView } from './harness/types.js';
import { SET_FIELD, until } from './harness/in-page.js';

/**
 * What a reader meets on screen, in real browsers: the text size, a jump from the quote panel, Escape
 * in the list of keys, failure screens, pages still running their scripts, hyphenation in the tab.
 * Screenshots land in test-results/screenshots/ (gitignored).
 */

const EXAMPLE = '/news-example/source.html';
const LONG_READ = '/long-read/source.html';

const STYLE_OF = `(doc, json) => {
  const { selector, properties } = JSON.parse(json);
  const node = doc.querySelector(selector);
  if (!node) throw new Error('nothing matches ' + selector);
  const style = doc.defaultView.getComputedStyle(node);
  return Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]));
}`;
/** Every element that shows a vertical scroll bar of its own, the page's own included. */
const SCROLL_BARS = `(doc) => {
  const win = doc.defaultView;
  const found = [];
  const root = doc.scrollingElement || doc.documentElement;
  const hidden = (el) => win.getComputedStyle(el).overflowY === 'hidden';
  if (root.scrollHeight > root.clientHeight + 1 && !hidden(doc.documentElement) && !hidden(doc.body)) found.push('page');
  for (const el of doc.body.querySelectorAll('*')) {
    const overflow = win.getComputedStyle(el).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight + 1 && el.getClientRects().length > 0) {
      found.push(el.tagName.toLowerCase() + '.' + el.className);
    }
  }
  return found;
}`;
const PRESS_IN_PAGE = `(doc, key) => {
  doc.body.dispatchEvent(new doc.defaultView.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  return true;
}`;
/** Escape pressed where the focus is; true when the page took the key for itself. */
const PRESS_ESCAPE = `(doc) => {
  const event = new doc.defaultView.KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true });
  (doc.activeElement || doc.body).dispatchEvent(event);
  return event.defaultPrevented;
}`;
const LOCATION = `(doc) => doc.defaultView.location.href`;
const FORGET_ARTICLES_AND_RELOAD = `async (doc) => {
  const win = doc.defaultView;
  await (win.browser || win.chrome).storage.session.clear();
  win.setTimeout(() => win.location.reload(), 0);
  return true;
}`;
/** Reloads the page, its state first set to one the reloaded page never has, so a wait sees the new one. */
const MARK_AND_RELOAD = `(doc) => {
  doc.body.dataset.state = 'reloading';
  doc.defaultView.setTimeout(() => doc.defaultView.location.reload(), 0);
  return true;
}`;
const HELP_OPEN = `(doc) => !!doc.querySelector('dialog.ql-help[open]')`;
const QUOTE_BUTTONS = `(doc) => doc.querySelectorAll('.ql-quote-jump').length`;
const CLICK_QUOTE = `(doc, index) => { doc.querySelectorAll('.ql-quote-jump')[Number(index)].click(); return true; }`;
/** Where the page is scrolled to; polled until it stops moving (the jump scrolls smoothly). */
const SCROLL_POSITION = `(doc) => (doc.scrollingElement || doc.documentElement).scrollTop`;
/**
 * The focused quotation against what covers the view: the sticky toolbar and any panel stuck under it,
 * and the speaker tip shown below the quotation.
 */
const QUOTE_IN_VIEW = `(doc) => {
  const win = doc.defaultView;
  const first = doc.activeElement && doc.activeElement.closest ? doc.activeElement.closest('mark[data-quote]') : null;
  if (!first) return null;
  const marks = Array.from(doc.querySelectorAll('mark[data-quote="' + first.dataset.quote + '"]'));
  const boxes = marks.flatMap((mark) => Array.from(mark.getClientRects()));
  const covers = Array.from(doc.querySelectorAll('.ql-toolbar, .ql-panel'))
    .filter((el) => el.getClientRects().length > 0 && win.getComputedStyle(el).position === 'sticky')
    .map((el) => el.getBoundingClientRect().bottom);
  const tip = doc.querySelector('.ql-speaker-tip');
  const tipBox = tip && !tip.hidden ? tip.getBoundingClientRect() : null;
  return {
    top: Math.min(...boxes.map((box) => box.top)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
    coveredTo: Math.max(0, ...covers),
    viewport: doc.documentElement.clientHeight,
    tipBottom: tipBox ? tipBox.bottom : null,
  };
}`;
/** The rendered boxes of the toolbar's controls: what a reader sees of them. */
const TOOLBAR_CONTROLS = `(doc) => Array.from(doc.querySelectorAll('#toolbar-actions > *, .ql-panel'))
  .filter((el) => el.getClientRects().length > 0)
  .map((el) => (el.getAttribute('aria-label') || el.textContent || el.className).trim())`;
const IMAGES_SETTLED = `(doc) => Array.from(doc.querySelectorAll('.ql-body img')).filter((img) => img.complete).length`;
const BROKEN_IMAGES_SHOWN = `(doc) => Array.from(doc.querySelectorAll('.ql-body img'))
  .filter((img) => img.getClientRects().length > 0 && img.complete && img.naturalWidth === 0).length`;
/** Where the article starts against the toolbar, and where its parts start against its headline. */
const ARTICLE_PLACE = `(doc) => {
  const header = doc.querySelector('.ql-toolbar').getBoundingClientRect();
  const article = doc.querySelector('.ql-article').getBoundingClientRect();
  const title = doc.querySelector('.ql-title').getBoundingClientRect();
  const firstText = Array.from(doc.querySelectorAll('.ql-body p, .ql-body li, .ql-body h2, .ql-body h3'))
    .find((el) => el.textContent.trim() !== '' && el.getClientRects().length > 0);
  const text = firstText ? firstText.getBoundingClientRect() : null;
  return {
    gap: article.top - header.bottom,
    titleLeft: title.left,
    textLeft: text ? text.left : null,
    textTop: text ? text.top : null,
    titleBottom: title.bottom,
  };
}`;

/** Waits until the view has not scrolled for a few frames (a smooth scroll has ended). */
async function scrollSettled(view: ExtensionView): Promise<void> {
  let last = -1;
  let still = 0;
  await until('the scroll to end', async () => {
    const now = await view.evaluate<number>(SCROLL_POSITION);
    still = now === last ? still + 1 : 0;
    last = now;
    return still;
  }, (count) => count >= 4, 8000);
}

const fontSize = async (view: ExtensionView, selector: string): Promise<string> =>
  (await view.evaluate<Record<string, string>>(STYLE_OF, JSON.stringify({ selector, properties: ['font-size'] })))['font-size'] ?? '';

describe.each(BROWSERS)('%s: what a reader meets', (name) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  useBrowserSession(name, (session) => ({ server, browser } = session));

  test('the text size setting changes the article text in the popup and in the tab', async () => {
    const popup = await browser.openPopupFor(server.url(EXAMPLE));
    expect(popup.state).toBe('article');
    try {
      await popup.evaluate(SET_FIELD, JSON.stringify({ name: 'textSize', value: '24' }));
      await until('24 px text in the popup', () => fontSize(popup, '.ql-body p'), (size) => size === '24px');
      await popup.evaluate(SET_FIELD, JSON.stringify({ name: 'textSize', value: '15' }));
      await until('15 px text in the popup', () => fontSize(popup, '.ql-body p'), (size) => size === '15px');
      const tab = await browser.openReaderTab(popup);
      expect(await fontSize(tab, '.ql-body p')).toBe('15px');
    } finally {
      const again = await browser.openPopupFor(server.url(EXAMPLE));
      await again.evaluate(SET_FIELD, JSON.stringify({ name: 'textSize', value: '19' }));
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
  });

  test('a quotation chosen in the quote panel ends fully in view, with its speaker; one scroll bar at a time', async () => {
    const popup = await browser.openPopupFor(server.url(LONG_READ));
    expect(popup.state).toBe('article');
    await popup.click('[aria-controls="ql-quotes"]');
    const count = await popup.evaluate<number>(QUOTE_BUTTONS);
    expect(count).toBeGreaterThanOrEqual(3);
    await popup.screenshot(screenshotPath(name, 'quote-panel-open'));
    expect(await popup.evaluate<string[]>(SCROLL_BARS)).toHaveLength(1);
    for (const index of [0, Math.floor(count / 2), count - 1]) {
      // The panel is opened again for each pick, as a reader would.
      if ((await popup.query('#ql-quotes')).every((panel) => panel.height === 0)) await popup.click('[aria-controls="ql-quotes"]');
      await popup.evaluate(CLICK_QUOTE, String(index));
      await scrollSettled(popup);
      const place = await popup.evaluate<{ top: number; bottom: number; coveredTo: number; viewport: number; tipBottom: number | null }>(QUOTE_IN_VIEW);
      expect(place, `quotation ${index} focused`).not.toBeNull();
      if (index === Math.floor(count / 2)) await popup.screenshot(screenshotPath(name, 'quote-jump'));
      expect(place!.top, `quotation ${index} below the toolbar and panels`).toBeGreaterThanOrEqual(place!.coveredTo);
      expect(place!.bottom, `quotation ${index} above the bottom edge`).toBeLessThanOrEqual(place!.viewport);
      expect(place!.tipBottom, `quotation ${index}'s speaker shown`).not.toBeNull();
      expect(place!.tipBottom!, `quotation ${index}'s speaker above the bottom edge`).toBeLessThanOrEqual(place!.viewport);
      expect(await popup.evaluate<string[]>(SCROLL_BARS)).toHaveLength(1);
    }
  });

  // Headless browsers draw no popup frame, so neither closes its popup on Escape here as a headed one
  // does: what is checked is what keeps the browser from doing so, the page taking the key for itself.
  test('Escape closes the list of keys, and the page keeps the key from the browser (which would close the popup)', async () => {
    const popup = await browser.openPopupFor(server.url(EXAMPLE));
    await popup.evaluate(PRESS_IN_PAGE, '?');
    expect(await popup.evaluate<boolean>(HELP_OPEN)).toBe(true);
    expect(await popup.evaluate<boolean>(PRESS_ESCAPE), 'Escape taken by the page').toBe(true);
    expect(await popup.evaluate<boolean>(HELP_OPEN)).toBe(false);
    // With nothing open, Escape is the browser's again: it closes the popup as usual.
    expect(await popup.evaluate<boolean>(PRESS_ESCAPE)).toBe(false);
  });

  test('a failure screen shows no typeface or read-aloud controls; "Show anyway" sits where an article does', async () => {
    const popup = await browser.openPopupFor(server.url('/not-article/source.html'));
    expect(popup.state).toBe('failure');
    await popup.screenshot(screenshotPath(name, 'failure-toolbar'));
    expect(await popup.evaluate<string[]>(TOOLBAR_CONTROLS)).toEqual([]);
    await popup.click('.ql-failure button[data-action="show-anyway"]');
    await popup.refresh('article');
    await popup.screenshot(screenshotPath(name, 'show-anyway'));
    const shown = await popup.evaluate<{ gap: number; titleLeft: number; textLeft: number | null; textTop: number | null; titleBottom: number }>(ARTICLE_PLACE);
    await popup.scrollTo('.ql-body h2 ~ h2, .ql-body ul, .ql-body ol');
    await popup.screenshot(screenshotPath(name, 'show-anyway-lower'));
    // An image that could not load leaves no empty box (the front page's pictures are on a host that does not exist).
    await until('an image to load or fail', () => popup.evaluate<number>(IMAGES_SETTLED), (settled) => settled > 0, 8000);
    expect(await popup.evaluate<number>(BROKEN_IMAGES_SHOWN)).toBe(0);
    const article = await browser.openPopupFor(server.url(EXAMPLE));
    const normal = await article.evaluate<typeof shown>(ARTICLE_PLACE);
    // The same place as any article: the same gap under the toolbar, the text in line with the headline.
    expect(shown.gap).toBeCloseTo(normal.gap, 0);
    expect(shown.textLeft).toBeCloseTo(shown.titleLeft, 0);
    expect(shown.textTop! - shown.titleBottom).toBeLessThan(120);
    expect(await article.evaluate<string[]>(TOOLBAR_CONTROLS)).not.toEqual([]);
  });

  test('a page whose body waits on a slow script is still loading, not "not an article"', async () => {
    const popup = await browser.openPopupFor(server.url(SPECIAL.slowScript), { waitUntil: 'commit' });
    expect(popup.state).toBe('failure');
    const [box] = await popup.query('.ql-failure');
    expect(box?.attributes['data-failure']).toBe('loading');
  });

  test('a page waiting on a lookup that never answers is still loading, not "not an article"', async () => {
    const popup = await browser.openPopupFor(server.url(SPECIAL.hangingLookup), { waitUntil: 'commit' });
    expect(popup.state).toBe('failure');
    const [box] = await popup.query('.ql-failure');
    expect(box?.attributes['data-failure']).toBe('loading');
  });

  test('the reader tab\'s address names the article\'s page, and keeps it once the stored article is gone', async () => {
    const popup = await browser.openPopupFor(server.url(EXAMPLE));
    const tab = await browser.openReaderTab(popup);
    expect(await tab.evaluate<string>(LOCATION)).toContain(`/reader.html?${server.url(EXAMPLE)}#`);
    // What a browser restart does to storage.session, then the restored tab loads again.
    await tab.evaluate(FORGET_ARTICLES_AND_RELOAD);
    await tab.refresh('failure');
    const [box] = await tab.query('.ql-failure');
    expect(box?.attributes['data-failure']).toBe('expired');
    const [original] = await tab.query('#original');
    expect(original?.attributes['href']).toBe(server.url(EXAMPLE));
    expect(original?.height).toBeGreaterThan(0);
  });

  test('Back returns from the reader to the article\'s page in the same tab; Forward and a reload show the article again', async () => {
    // The reader clicked in the page before the toolbar button, as most do: Firefox's Back skips a page
    // that never had the user's click or key (the next test covers one that had not).
    const popup = await browser.openPopupFor(server.url(EXAMPLE), { clickFirst: 'h1' });
    const title = (await popup.query('.ql-title'))[0]?.text;
    expect(title).toBeTruthy();
    const reader = await browser.openReaderTab(popup);
    expect(reader.state).toBe('article');
    const page = await browser.back();
    expect(page.url).toBe(server.url(EXAMPLE));
    // The page itself is shown, loaded: its own title, not the reader's.
    expect(page.title).toContain('| World News - Business Standard');
    const again = await browser.forward();
    expect(again.state).toBe('article');
    expect((await again.query('.ql-title'))[0]?.text).toBe(title);
    // A reload reads the article from storage.session again, by the key in the address.
    await again.evaluate(MARK_AND_RELOAD);
    const reloaded = await again.refresh('article');
    expect(reloaded.text).toContain(title);
    expect(await again.errors()).toEqual([]);
  });

  // Firefox's Back button skips such a page (browser.navigation.requireUserInteraction, on by default;
  // docs/reader-tab.md): the reader's own link is the way back there.
  test('a page never clicked in: "Original page" in the reader steps back to it', async () => {
    const popup = await browser.openPopupFor(server.url(EXAMPLE));
    const reader = await browser.openReaderTab(popup);
    await reader.click('#original');
    await until('the page in the tab', () => browser.tabAddresses(), (tabs) => tabs.includes(server.url(EXAMPLE)), 10_000);
    // A step back, not a new load of the page: the reader is still one step forward.
    const again = await browser.forward();
    expect(again.state).toBe('article');
    expect(await again.errors()).toEqual([]);
  });

  test('the tab does not hyphenate ragged-right text', async () => {
    const read = async (view: ExtensionView): Promise<void> => {
      const style = await view.evaluate<Record<string, string>>(STYLE_OF,
        JSON.stringify({ selector: '.ql-body p', properties: ['text-align', 'hyphens', '-webkit-hyphens'] }));
      expect(style['text-align']).not.toBe('justify');
      expect(style['hyphens'] || style['-webkit-hyphens']).toBe('manual');
    };
    const popup = await browser.openPopupFor(server.url(LONG_READ));
    // The popup first: it closes once the tab it opens takes the focus.
    await read(popup);
    await read(await browser.openReaderTab(popup));
  });
});
