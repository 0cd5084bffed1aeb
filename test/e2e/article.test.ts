import { beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/launch.js';
import { useBrowserSession } from './harness/session.js';
import { screenshotPath } from './harness/paths.js';
import { LINKED_ARTICLE, SPECIAL, type FixtureServer } from './harness/server.js';
import type { ExtensionBrowser, ExtensionView } from './harness/types.js';

/**
 * The user's example page read by the real extension in real browsers: what the popup shows, what it
 * leaves out, how it is laid out, and the same article opened in a tab.
 */

const EXAMPLE = '/news-example/source.html';
const HEADLINE = '\'He could get offended\': Putin halts forum to take Donald Trump\'s call';
const BODY_PHRASES = ['Strong Ideas for a New Time', 'all of Ukraine is ours', 'Russia will not back down'];
const CAPTION = 'Russian President Vladimir Putin and US President Donald Trump (Photo: Bloomberg)';
/** Page furniture around the article: Readability itself drops it. */
const PAGE_CLUTTER = ['Most Read', 'Related Stories', 'Cookie', 'cookie', 'Comments (2)', 'Accept all', 'Markets',
  'Subscribe', 'Explore News', 'Sensex Today'];
/** Clutter inside the article body that Readability keeps; src/core/clean removes it. */
const BODY_CLUTTER = ['ALSO READ', 'Telegram channel', 'Advertisement', 'First Published'];

/** The article's text without the markup, for phrases that must not be there even hidden. */
const markupText = (html: string): string => html.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&');

describe.each(BROWSERS)('%s: the example article', (name) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let popup: ExtensionView;

  useBrowserSession(name, (session) => ({ server, browser } = session));
  beforeAll(async () => {
    popup = await browser.openPopupFor(server.url(EXAMPLE));
  });

  test('the popup shows the article', () => {
    expect(popup.state).toBe('article');
  });

  test('header: site, headline, byline, date and reading time', async () => {
    const [site] = await popup.query('.ql-site');
    const [title] = await popup.query('.ql-title');
    const [byline] = await popup.query('.ql-byline');
    const [date] = await popup.query('.ql-date');
    const [readingTime] = await popup.query('.ql-reading-time');
    expect(site?.text.toLowerCase()).toBe('business standard'); // shown in small capitals
    expect(title?.text).toBe(HEADLINE);
    expect(byline?.text).toBe('Rimjhim Singh');
    expect(date?.attributes['datetime']).toMatch(/^2025-07-04/);
    expect(date?.text).toMatch(/2025/);
    expect(readingTime?.text).toMatch(/^\d+ min read$/);
  });

  test('body paragraphs, with the headline shown once', async () => {
    for (const phrase of BODY_PHRASES) expect(popup.text).toContain(phrase);
    expect((await popup.query('.ql-body p')).length).toBeGreaterThanOrEqual(10);
    expect(popup.text.split(HEADLINE).length - 1).toBe(1);
  });

  test('the figure: image loaded and shown, with its caption', async () => {
    const findPhoto = async () => {
      const images = await popup.query('.ql-body img');
      const photo = images.find((image) => image.attributes['src']?.endsWith('/news-example/photo.svg'));
      expect(photo, `images in the body: ${JSON.stringify(images.map((i) => i.attributes['src']))}`).toBeDefined();
      return photo;
    };
    // The image loads lazily and on its own time: the popup settles on the text, not on its images.
    await expect.poll(async () => (await findPhoto())?.naturalWidth, { timeout: 5000, interval: 100 }).toBeGreaterThan(0);
    const photo = await findPhoto();
    expect(photo?.width).toBeGreaterThan(300);
    const captions = await popup.query('.ql-body figcaption');
    expect(captions.map((c) => c.text)).toContain(CAPTION);
  });

  test('none of the page clutter around the article', () => {
    const hidden = markupText(popup.html);
    for (const phrase of PAGE_CLUTTER) {
      expect(popup.text, phrase).not.toContain(phrase);
      expect(hidden, phrase).not.toContain(phrase);
    }
  });

  // Needs src/core/clean (landed in 47cd0fd "Clean what Readability keeps ...").
  test('none of the clutter Readability keeps inside the body (src/core/clean)', () => {
    const hidden = markupText(popup.html);
    for (const phrase of BODY_CLUTTER) {
      expect(popup.text, phrase).not.toContain(phrase);
      expect(hidden, phrase).not.toContain(phrase);
    }
  });

  test('the popup is 600–800 px wide and scrolls', async () => {
    const metrics = await popup.metrics();
    expect(metrics.viewportWidth).toBeGreaterThanOrEqual(600);
    expect(metrics.viewportWidth).toBeLessThanOrEqual(800);
    expect(metrics.width).toBeGreaterThanOrEqual(600);
    expect(metrics.scrollHeight).toBeGreaterThan(metrics.clientHeight);
    expect(metrics.scrolls).toBe(true);
  });

  // The sticky toolbar (Open in tab, Quotes, settings) once scrolled away with a body capped at 600 px.
  test('the toolbar stays in view when the popup scrolls', async () => {
    await popup.scrollTo('.ql-body p:nth-of-type(8)');
    const [toolbar] = await popup.query('.ql-toolbar');
    await popup.scrollTo('body');
    expect(toolbar?.top).toBeGreaterThanOrEqual(0);
  });

  test('no errors in the popup', async () => {
    expect(await popup.errors()).toEqual([]);
  });

  test('screenshots of the popup: its top, and the body further down', async () => {
    await popup.screenshot(screenshotPath(name, 'popup'));
    // The second paragraph holds the first quotation: how body text and highlights look.
    await popup.scrollTo('.ql-body p:nth-of-type(2)');
    await popup.screenshot(screenshotPath(name, 'popup-body'));
    await popup.scrollTo('body');
  });

  // Last with this popup: opening the reader closes it.
  test('"Open in tab" shows the same article in place of the page, in its own tab, linked to the original', async () => {
    const before = await browser.tabAddresses();
    const reader = await browser.openReaderTab(popup);
    expect(reader.state).toBe('article');
    // No new tab: the page's tab now shows the reader (docs/reader-tab.md), so Back returns to the page.
    const after = await browser.tabAddresses();
    expect(after).toHaveLength(before.length);
    expect(after).not.toContain(server.url(EXAMPLE));
    expect(after.filter((url) => url.includes(`/reader.html?${server.url(EXAMPLE)}#`))).toHaveLength(1);
    const [title] = await reader.query('.ql-title');
    expect(title?.text).toBe(HEADLINE);
    for (const phrase of BODY_PHRASES) expect(reader.text).toContain(phrase);
    const [original] = await reader.query('#original');
    expect(original?.attributes['href']).toBe(server.url(EXAMPLE));
    expect(original?.attributes['hidden']).toBeUndefined();
    expect(original?.attributes['rel']?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    expect(await reader.errors()).toEqual([]);
    await reader.screenshot(screenshotPath(name, 'reader'));
  });

  test('links in an article open in a new tab without a referrer', async () => {
    const linked = await browser.openPopupFor(server.url(SPECIAL.linkedArticle));
    expect(linked.state).toBe('article');
    const links = await linked.query('.ql-body a');
    expect(links.map((link) => link.attributes['href'])).toEqual(
      LINKED_ARTICLE.links.map((href) => new URL(href, server.origin).href),
    );
    for (const link of links) {
      expect(link.attributes['target']).toBe('_blank');
      expect(link.attributes['rel']?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      expect(link.attributes['rel']?.split(/\s+/)).not.toContain('opener');
    }
  });
});
