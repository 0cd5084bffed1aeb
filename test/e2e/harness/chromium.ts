import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Extension, type Page, type Target } from 'puppeteer-core';
import { call, IN_PAGE, until } from './in-page.js';
import { SETTLE_TIMEOUT_MS, type ExtensionBrowser, type ExtensionView, type OpenOptions, type ViewSnapshot } from './types.js';

/**
 * Chromium through puppeteer-core (browser-testing.md): the extension installed into a fresh profile,
 * the popup opened by a real toolbar-action trigger, which is what grants activeTab.
 */

const CHROMIUM = '/usr/lib/chromium/chromium';

/**
 * A Chromium extension page as an ExtensionView. Its errors come from a DevTools session of our own:
 * enabling Runtime replays what the page logged and threw before we attached, so errors raised while
 * the popup first ran are counted too.
 */
async function viewOf(page: Page, clicked?: number): Promise<ExtensionView> {
  const errors: string[] = [];
  const session = await page.createCDPSession();
  session.on('Runtime.consoleAPICalled', (event) => {
    if (event.type === 'error') errors.push(event.args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' '));
  });
  session.on('Runtime.exceptionThrown', (event) => {
    errors.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text);
  });
  await session.send('Runtime.enable');

  let settled: number | undefined;
  const snapshot = async (state?: string): Promise<ViewSnapshot> => {
    await page.waitForFunction(
      (wanted) => document.body !== null
        && (wanted === null ? document.body.dataset['state'] !== 'reading' : document.body.dataset['state'] === wanted),
      { timeout: SETTLE_TIMEOUT_MS, polling: 100 },
      state ?? null,
    );
    settled ??= Date.now();
    return (await page.evaluate(call(IN_PAGE.snapshot, 'document'))) as ViewSnapshot;
  };
  const view: ExtensionView = {
    ...(await snapshot()),
    query: async (selector) => page.evaluate(call(IN_PAGE.query, 'document', selector)) as never,
    metrics: async () => page.evaluate(call(IN_PAGE.metrics, 'document')) as never,
    screenshot: async (file) => {
      // Headless Chromium draws no frame for a tab in the background: its screenshot would wait forever.
      await page.bringToFront();
      await page.screenshot({ path: file as `${string}.png` });
    },
    click: async (selector) => {
      await page.click(selector);
    },
    scrollTo: async (selector) => {
      await page.evaluate(call(IN_PAGE.scrollTo, 'document', selector));
    },
    refresh: async (state) => Object.assign(view, await snapshot(state)),
    errors: async () => errors.slice(),
    evaluate: async (fn, arg) => page.evaluate(call(fn, 'document', arg)) as never,
  };
  if (clicked !== undefined && settled !== undefined) view.settledMs = settled - clicked;
  return view;
}

/**
 * Goes one step back or forward in `page`'s history (what the toolbar's buttons do) and waits until
 * the tab shows an address `arrived` accepts, loaded. A step with nowhere to go times out.
 */
async function historyStep(page: Page | null, step: 'back' | 'forward', arrived: (url: string) => boolean): Promise<Page> {
  if (page === null) throw new Error('no reader tab is open');
  await page.bringToFront();
  // A step restored from the back/forward cache fires no load event: the address and document are polled.
  (step === 'back' ? page.goBack({ timeout: 0 }) : page.goForward({ timeout: 0 })).catch(() => {});
  await until(`${step} to arrive`, async () => arrived(page.url())
    && (await page.evaluate(() => document.readyState).catch(() => 'gone')) === 'complete', (done) => done, SETTLE_TIMEOUT_MS);
  return page;
}

export async function launchChromium(extensionDir: string): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'ql-chromium-'));
  let browser: Browser | null = null;
  try {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      pipe: true,
      enableExtensions: true,
      userDataDir: profile,
      // The popup keeps the size the browser gives it; tabs get theirs below.
      defaultViewport: null,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic',
        // Headless pretends an 800x600 screen, which squeezes the popup below what a desktop shows.
        '--screen-info={1600x1200}'],
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }
  const running = browser;
  try {
    const id = await running.installExtension(extensionDir);
    const extension = (await running.extensions()).get(id) as Extension;
    const origin = `chrome-extension://${id}/`;
    const tab = await running.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    const isPopup = (target: Target): boolean => target.url() === `${origin}popup.html`;
    let lastPopup: Page | null = null;
    let lastReader: Page | null = null;

    /** Clicks the toolbar button with `page` in front and returns the popup once it settled. */
    const clickAction = async (page: Page): Promise<ExtensionView> => {
      const earlier = new Set(running.targets().filter(isPopup));
      const popupTarget = running.waitForTarget(
        (target) => isPopup(target) && !earlier.has(target), { timeout: SETTLE_TIMEOUT_MS },
      );
      const clicked = Date.now();
      await page.triggerExtensionAction(extension);
      lastPopup = await (await popupTarget).asPage();
      return viewOf(lastPopup, clicked);
    };

    return {
      name: 'chromium',
      async openPopupFor(url: string, options: OpenOptions = {}) {
        // One popup at a time, as on screen; a click on an open popup's button would only close it.
        await lastPopup?.close().catch(() => {});
        await tab.bringToFront();
        if (options.ready) {
          tab.goto(url, { timeout: 0 }).catch(() => {});
          await options.ready();
        } else if (options.waitUntil === 'commit') {
          // Never settles for a page that keeps loading; the document existing is what we wait for.
          tab.goto(url, { timeout: 0 }).catch(() => {});
          await tab.waitForFunction(
            (expected) => location.href === expected && document.body !== null,
            { timeout: SETTLE_TIMEOUT_MS, polling: 100 }, url,
          );
        } else {
          await tab.goto(url, { waitUntil: 'load', timeout: SETTLE_TIMEOUT_MS });
        }
        if (options.clickFirst) await tab.click(options.clickFirst);
        return clickAction(tab);
      },
      async openPopupHere() {
        await lastPopup?.close().catch(() => {});
        if (lastReader === null) throw new Error('no reader tab is open');
        await lastReader.bringToFront();
        return clickAction(lastReader);
      },
      async openReaderTab(popup: ExtensionView) {
        // waitForTarget also matches targets that exist already: without `earlier`, a second call would
        // answer with a reader tab opened before (Firefox's helper likewise skips the tabs seen before).
        const isReader = (target: Target): boolean => target.url().startsWith(`${origin}reader.html`);
        const earlier = new Set(running.targets().filter(isReader));
        const readerTarget = running.waitForTarget(
          (target) => isReader(target) && !earlier.has(target), { timeout: SETTLE_TIMEOUT_MS },
        );
        await popup.click('#open-tab');
        const reader = await (await readerTarget).asPage();
        await reader.setViewport({ width: 1280, height: 900 });
        lastReader = reader;
        return viewOf(reader);
      },
      async tabAddresses() {
        return (await running.pages()).map((page) => page.url()).filter((url) => url !== `${origin}popup.html`);
      },
      async back() {
        const page = await historyStep(lastReader, 'back', (url) => !url.startsWith(`${origin}reader.html`));
        return { url: page.url(), title: await page.title() };
      },
      async forward() {
        return viewOf(await historyStep(lastReader, 'forward', (url) => url.startsWith(`${origin}reader.html`)));
      },
      async close() {
        await running.close().catch(() => {});
        await rm(profile, { recursive: true, force: true, maxRetries: 3 });
      },
    };
  } catch (error) {
    await running.close().catch(() => {});
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }
}
