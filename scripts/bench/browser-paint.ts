import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Extension } from 'puppeteer-core';
import type { StageTimings } from '../../src/ui/stage-timings.js';

/** One page in real Chromium: trigger to painted article, and each stage's time (page and popup). */
export interface PaintTiming {
  paintMs: number;
  stages: StageTimings | null;
}

export interface BrowserTimings {
  pages: Map<string, PaintTiming>;
  /** Trigger to the first painted frame of an empty popup, per try: the browser's own floor. */
  emptyPopupMs: number[];
}

const POPUP_PAINTED = 'quotelight:article-painted';

/**
 * A copy of the extension whose popup is an empty page that marks its second frame: what opening any
 * popup costs this browser on this machine, before a line of ours runs.
 */
async function emptyPopupExtension(extensionDir: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ql-empty-popup-'));
  await cp(extensionDir, dir, { recursive: true });
  await writeFile(path.join(dir, 'popup.html'), '<!doctype html><meta charset="utf-8"><title>Empty</title><script src="empty.js"></script>\n');
  await writeFile(path.join(dir, 'empty.js'),
    `requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(${JSON.stringify(POPUP_PAINTED)}, { detail: null })));\n`);
  return dir;
}

async function launch(extensionDir: string, chromium: string): Promise<{ browser: Browser; extension: Extension; profile: string }> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'ql-bench-'));
  const browser = await puppeteer.launch({
    executablePath: chromium, headless: true, pipe: true, enableExtensions: true, userDataDir: profile, defaultViewport: null,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', '--screen-info={1600x1200}'],
  });
  const id = await browser.installExtension(extensionDir);
  const extension = (await browser.extensions()).get(id);
  if (!extension) throw new Error('the extension did not load');
  return { browser, extension, profile };
}

/** Opens the popup on `url` and waits for its paint mark: ms from the trigger, and the mark's detail. */
async function timePopup(browser: Browser, extension: Extension, url: string): Promise<PaintTiming | null> {
  const tab = (await browser.pages())[0] ?? (await browser.newPage());
  const popupTarget = browser.waitForTarget((target) => target.url() === `chrome-extension://${extension.id}/popup.html`, { timeout: 20_000 });
  popupTarget.catch(() => {}); // when the page fails first, nobody awaits the popup: no unhandled rejection
  try {
    // The reader is clicked once the page is on screen; a subresource that never arrives (no network
    // here) must not hold the measurement.
    await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 20_000 });
    const triggered = Date.now();
    await tab.triggerExtensionAction(extension);
    const popup = await (await popupTarget).asPage();
    const painted = await popup.waitForFunction((name: string) => {
      const mark = performance.getEntriesByName(name)[0] as PerformanceMark | undefined;
      if (mark) return { at: performance.timeOrigin + mark.startTime, stages: mark.detail as unknown };
      return document.body?.dataset['state'] === 'failure' ? { at: -1, stages: null } : null;
    }, { timeout: 20_000, polling: 10 }, POPUP_PAINTED);
    const { at, stages } = (await painted.jsonValue()) as { at: number; stages: StageTimings | null };
    await popup.close();
    return at > 0 ? { paintMs: at - triggered, stages } : null;
  } catch {
    for (const page of await browser.pages()) if (page.url().startsWith('chrome-extension://')) await page.close().catch(() => {});
    return null;
  }
}

export interface PaintOptions {
  /** Empty popups timed on the first page, for the browser's floor. */
  floorTries?: number;
  /** More pages to time in the same browser once `urls` are done, chosen from their timings. */
  then?: (pages: ReadonlyMap<string, PaintTiming>) => readonly string[];
}

/**
 * Trigger-to-paint in real Chromium: from the toolbar action's trigger to the frame that shows the
 * article in the popup (the popup's paint mark), browser start excluded; and the same for an empty
 * popup, `floorTries` times on the first page. A page whose measurement fails (a load that never ends, a
 * popup that never paints) is left out rather than ending the run: the caller reports how many were measured.
 */
export async function timeTriggerToPaint(extensionDir: string, urls: readonly string[], chromium: string,
  { floorTries = 15, then }: PaintOptions = {}): Promise<BrowserTimings> {
  const pages = new Map<string, PaintTiming>();
  const emptyPopupMs: number[] = [];
  const real = await launch(extensionDir, chromium);
  const timeAll = async (list: readonly string[]): Promise<void> => {
    for (const url of list) {
      const timing = await timePopup(real.browser, real.extension, url);
      if (timing) pages.set(url, timing);
    }
  };
  try {
    await timeAll(urls);
    if (then) await timeAll(then(pages));
  } finally {
    await real.browser.close().catch(() => {});
    await rm(real.profile, { recursive: true, force: true });
  }
  const emptyDir = await emptyPopupExtension(extensionDir);
  const empty = await launch(emptyDir, chromium);
  try {
    for (let i = 0; i < floorTries && urls[0] !== undefined; i++) {
      const timing = await timePopup(empty.browser, empty.extension, urls[0]);
      if (timing) emptyPopupMs.push(timing.paintMs);
    }
  } finally {
    await empty.browser.close().catch(() => {});
    await rm(empty.profile, { recursive: true, force: true });
    await rm(emptyDir, { recursive: true, force: true });
  }
  return { pages, emptyPopupMs };
}
