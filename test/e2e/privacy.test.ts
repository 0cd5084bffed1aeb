import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/launch.js';
import { useBrowserSession } from './harness/session.js';
import { type FixtureServer, type SeenRequest } from './harness/server.js';
import type { ExtensionBrowser, ExtensionView } from './harness/types.js';

/**
 * What the extension's own pages fetch while showing the example article: the article's images and
 * nothing else, and nothing at all with images off. Two witnesses, the same in both browsers:
 * - the page's Resource Timing, which lists every fetch the document made from its first moment, to any
 *   host (no protocol session could attach earlier than that);
 * - the test server, which tells the extension's requests from the example page's own by Sec-Fetch-Site:
 *   the page's own are same-origin, a request from an extension page never is.
 */

const EXAMPLE = '/news-example/source.html';
const ARTICLE_IMAGES = ['/news-example/photo.svg'];

/** Every URL the view's document fetched (Resource Timing) that is not one of the extension's own files. */
const FOREIGN_FETCHES = `(doc) => {
  const own = doc.defaultView.location.origin;
  return doc.defaultView.performance.getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => !url.startsWith(own + '/') && !url.startsWith('data:'));
}`;

/**
 * Requests the test server saw that the example page did not make itself, nor the test's own
 * navigation of the tab to it (a typed address: Sec-Fetch-Site none, for a document).
 */
const notThePage = (requests: readonly SeenRequest[]): SeenRequest[] =>
  requests.filter((r) => r.site !== 'same-origin' && !(r.dest === 'document' && r.pathname === EXAMPLE));

describe.each(BROWSERS)('%s: privacy of the extension pages', (name) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let imagesOffPopup: ExtensionView | null = null;
  let firstReaderHash: string | null = null;

  useBrowserSession(name, (session) => ({ server, browser } = session));

  /** Waits for the article's images to have loaded or failed, so late fetches are counted too. */
  async function settled(view: ExtensionView): Promise<void> {
    await view.evaluate(`(doc) => Promise.all(Array.from(doc.images, (img) => img.complete ? null
      : new Promise((resolve) => { img.addEventListener('load', resolve); img.addEventListener('error', resolve); })))
      .then(() => new Promise((resolve) => setTimeout(resolve, 300)))
      .then(() => true)`);
  }

  async function expectOnly(view: ExtensionView, paths: readonly string[]): Promise<void> {
    const fetched = await view.evaluate<string[]>(FOREIGN_FETCHES);
    expect(fetched.map((url) => (url.startsWith(server.origin) ? url.slice(server.origin.length) : url)).sort()).toEqual([...paths].sort());
  }

  test('the popup and the reader tab fetch the article\'s images and nothing else', async () => {
    const from = server.requests().length;
    const popup = await browser.openPopupFor(server.url(EXAMPLE));
    expect(popup.state).toBe('article');
    await settled(popup);
    await expectOnly(popup, ARTICLE_IMAGES);

    const reader = await browser.openReaderTab(popup);
    expect(reader.state).toBe('article');
    firstReaderHash = await reader.evaluate<string>('(doc) => doc.defaultView.location.hash');
    await settled(reader);
    await expectOnly(reader, ARTICLE_IMAGES);

    const extensions = notThePage(server.requests().slice(from));
    expect(extensions.map((r) => r.pathname).filter((p) => !ARTICLE_IMAGES.includes(p)), 'other requests from elsewhere than the page').toEqual([]);
    // Both views fetched the photo: the server heard them (the browser may serve the second from its cache).
    expect(extensions.length).toBeGreaterThan(0);
  });

  test('with images off (set in the settings panel), the popup fetches nothing', async () => {
    const first = await browser.openPopupFor(server.url(EXAMPLE));
    await first.click('button[aria-controls="ql-settings"]');
    const [box] = await first.query('#ql-settings input[name="images"]');
    expect(box?.height, 'the images checkbox is on screen').toBeGreaterThan(0);
    await first.click('#ql-settings input[name="images"]');
    // The choice shows at once (the article is drawn again without its images) and is saved.
    await first.evaluate(`(doc) => new Promise((resolve, reject) => {
      const end = Date.now() + 5000;
      const check = () => doc.querySelector('.ql-body img') === null ? resolve(true)
        : Date.now() > end ? reject(new Error('images still shown')) : setTimeout(check, 50);
      check();
    })`);

    const from = server.requests().length;
    const popup = await browser.openPopupFor(server.url(EXAMPLE));
    expect(popup.state).toBe('article');
    expect(await popup.query('#ql-settings input[name="images"]:checked')).toEqual([]);
    expect(await popup.query('.ql-body img')).toEqual([]);
    await settled(popup);
    await expectOnly(popup, []);

    expect(notThePage(server.requests().slice(from)).map((r) => r.pathname)).toEqual([]);
    imagesOffPopup = popup;
  });

  /*
   * The reader tab of the first test is still open and did fetch the photo (images were on then): the
   * tab read here must be the new one, or its Resource Timing would be that older tab's.
   */
  test('with images off, the reader tab fetches nothing', async () => {
    if (imagesOffPopup === null) throw new Error('the popup test did not run');
    const from = server.requests().length;
    const reader = await browser.openReaderTab(imagesOffPopup);
    expect(reader.state).toBe('article');
    expect(await reader.evaluate<string>('(doc) => doc.defaultView.location.hash'), 'a new reader tab, not the first test\'s').not.toBe(firstReaderHash);
    expect(await reader.query('.ql-body img')).toEqual([]);
    await settled(reader);
    await expectOnly(reader, []);
    expect(notThePage(server.requests().slice(from)).map((r) => r.pathname)).toEqual([]);
  });
});
