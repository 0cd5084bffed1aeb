import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

/**
 * Trigger-to-paint in real Chromium: from the toolbar action's trigger to the frame that shows the
 * article in the popup (the popup's `quotelight:article-painted` mark), browser start excluded.
 */
export async function timeTriggerToPaint(extensionDir: string, urls: readonly string[], chromium: string): Promise<Map<string, number>> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'ql-bench-'));
  const browser = await puppeteer.launch({
    executablePath: chromium, headless: true, pipe: true, enableExtensions: true, userDataDir: profile, defaultViewport: null,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', '--screen-info={1600x1200}'],
  });
  const times = new Map<string, number>();
  try {
    const id = await browser.installExtension(extensionDir);
    const extension = (await browser.extensions()).get(id);
    if (!extension) throw new Error('the extension did not load');
    const tab = await browser.newPage();
    for (const url of urls) {
      // A page whose measurement fails (a load that never ends, a popup that never paints) is left out and
      // counted, rather than ending the whole run: the caller reports how many pages were measured.
      const popupTarget = browser.waitForTarget((target) => target.url() === `chrome-extension://${id}/popup.html`, { timeout: 20_000 });
      popupTarget.catch(() => {}); // when the page fails first, nobody awaits the popup: no unhandled rejection
      try {
        // The reader is clicked once the page is on screen; a subresource that never arrives (no network
        // here) must not hold the measurement.
        await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
        const triggered = Date.now();
        await tab.triggerExtensionAction(extension);
        const popup = await (await popupTarget).asPage();
        const painted = await popup.waitForFunction(() => {
          const mark = performance.getEntriesByName('quotelight:article-painted')[0];
          if (mark) return performance.timeOrigin + mark.startTime;
          return document.body?.dataset['state'] === 'failure' ? -1 : 0;
        }, { timeout: 20_000, polling: 10 });
        const at = (await painted.jsonValue()) as number;
        if (at > 0) times.set(url, at - triggered);
        await popup.close();
      } catch {
        for (const page of await browser.pages()) if (page.url().startsWith('chrome-extension://')) await page.close().catch(() => {});
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
  }
  return times;
}
