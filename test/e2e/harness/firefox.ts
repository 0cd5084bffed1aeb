import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { call, IN_PAGE } from './in-page.js';
import { SETTLE_TIMEOUT_MS, type ExtensionBrowser, type ExtensionView, type OpenOptions, type ViewSnapshot } from './types.js';

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi (browser-testing.md). Firefox has no protocol
 * command for the toolbar button, so the action is triggered from the browser's privileged scope (the
 * same code path as a click), and the popup, which no protocol exposes as a page, is read from a helper
 * tab of the extension's own through `browser.extension.getViews({ type: 'popup' })`.
 */

const FIREFOX = '/usr/bin/firefox-esr';

/** A document expression for the extension page the helper tab reads. */
const POPUP_DOC = `browser.extension.getViews({ type: 'popup' })[0]?.document`;
const readerDoc = (hash: string): string =>
  `browser.extension.getViews({ type: 'tab' }).find((w) => w.location.hash === ${JSON.stringify(hash)})?.document`;

/** Runs in the browser window's privileged scope: closes the popup if it is open. */
const CLOSE_POPUP = `async (id) => {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
  const extension = ExtensionParent.GlobalManager.getExtension(id);
  for (let i = 0; ViewPopup.for(extension, window) && i < 50; i++) {
    ViewPopup.for(extension, window).closePopup();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}`;

/** Runs in the privileged scope: the same code path as a click on the toolbar button. */
const TRIGGER_ACTION = `(id) => {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const extension = ExtensionParent.GlobalManager.getExtension(id);
  ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
}`;

/** Runs in the privileged scope: the address of every tab in the window. */
const TAB_ADDRESSES = `() => gBrowser.tabs.map((tab) => tab.linkedBrowser.currentURI.spec)`;

/**
 * Runs in the privileged scope: the toolbar's Back or Forward on the selected tab, as a click on them.
 * Like the button, Back skips entries whose page the reader never clicked or typed in
 * (browser.navigation.requireUserInteraction, on by default): false when there is nowhere to go.
 */
const HISTORY_STEP = `(step) => {
  const shown = gBrowser.selectedBrowser;
  if (step === 'back' ? !shown.canGoBack : !shown.canGoForward) return false;
  step === 'back' ? gBrowser.goBack() : gBrowser.goForward();
  return true;
}`;

/** Runs in the privileged scope: what the selected tab shows, once it has loaded. */
const SELECTED_PAGE = `() => {
  const shown = gBrowser.selectedBrowser;
  return shown.webProgress.isLoadingDocument ? null : { url: shown.currentURI.spec, title: shown.contentTitle };
}`;

const POPUP_BROWSER = `document.querySelector('browser.webextension-popup-browser')`;

/** Runs in the privileged scope: what a <browser> element shows, as a PNG data URL. */
const snapshotOf = (browserElement: string): string => `async () => {
  const target = ${browserElement};
  const bitmap = await target.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  return canvas.toDataURL('image/png');
}`;

/**
 * Runs in the privileged scope: errors the extension's pages reported since the browser started. The
 * console service sees uncaught errors from every process; console API storage only the parent's
 * console.error calls, so the page-side hook (in-page.ts) covers the popup's own later calls.
 */
const EXTENSION_ERRORS = `(prefix) => {
  const thrown = Services.console.getMessageArray()
    .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag)
      && !(m.flags & Ci.nsIScriptError.infoFlag) && (m.sourceName || '').startsWith(prefix))
    .map((m) => m.sourceName + ':' + m.lineNumber + ' ' + m.errorMessage);
  const logged = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage).getEvents()
    .filter((e) => e.level === 'error' && String(e.filename || '').startsWith(prefix))
    .map((e) => e.filename + ':' + e.lineNumber + ' ' + Array.from(e.arguments || [], String).join(' '));
  return [...thrown, ...logged];
}`;

/** A WebDriver BiDi serialized value: what the chrome scope answers, turned back into plain data. */
interface RemoteValue {
  type: string;
  value?: unknown;
}

function fromRemote(remote: RemoteValue): unknown {
  switch (remote.type) {
    case 'array':
      return (remote.value as RemoteValue[]).map(fromRemote);
    case 'object':
      return Object.fromEntries((remote.value as Array<[string, RemoteValue]>).map(([key, value]) => [key, fromRemote(value)]));
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    default:
      return remote.value;
  }
}

interface ChromeScope {
  call<T>(functionDeclaration: string, ...args: string[]): Promise<T>;
}

async function chromeScope(browser: Browser): Promise<ChromeScope> {
  // `connection` is BiDi-only and not in puppeteer's public types.
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const { contexts } = tree.result as { contexts: Array<{ url: string; context: string }> };
  const main = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!main) throw new Error('no Firefox browser window in the chrome scope');
  return {
    async call<T>(functionDeclaration: string, ...args: string[]): Promise<T> {
      const { result } = await connection.send('script.callFunction', {
        functionDeclaration, awaitPromise: true, target: { context: main.context },
        arguments: args.map((value) => ({ type: 'string', value })),
      });
      const outcome = result as { type: 'success' | 'exception'; result?: RemoteValue; exceptionDetails?: { text: string } };
      if (outcome.type === 'exception') throw new Error(`chrome scope: ${outcome.exceptionDetails?.text ?? 'exception'}`);
      return (outcome.result ? fromRemote(outcome.result) : undefined) as T;
    },
  };
}

async function poll<T>(what: string, read: () => Promise<T | null | undefined>, timeout = SETTLE_TIMEOUT_MS): Promise<T> {
  const end = Date.now() + timeout;
  let lastError: unknown = null;
  while (Date.now() < end) {
    try {
      const value = await read();
      if (value !== null && value !== undefined) return value;
    } catch (error) {
      lastError = error; // The view may be closing or not yet there: try again.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? ` (${String(lastError)})` : ''}`);
}

export async function launchFirefox(extensionDir: string): Promise<ExtensionBrowser> {
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}/`;
  // puppeteer makes (and deletes on close) a temporary profile for Firefox.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: null,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) },
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
  });
  try {
    await browser.installExtension(extensionDir);
    const scope = await chromeScope(browser);
    // 1. A tab of the extension's own, opened first so the test tab opened next is the active one.
    const [first] = await browser.pages();
    const helper = first ?? await browser.newPage();
    // Navigating to a moz-extension page never resolves over BiDi: start it and poll.
    helper.goto(`${origin}reader.html`, { timeout: 0 }).catch(() => {});
    await helper.waitForFunction(() => location.protocol === 'moz-extension:', { polling: 100, timeout: SETTLE_TIMEOUT_MS });
    const tab = await browser.newPage();

    const drawSnapshot = async (file: string, browserElement: string): Promise<void> => {
      const dataUrl = await scope.call<string>(snapshotOf(browserElement));
      await writeFile(file, Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
    };
    const evaluate = <T>(source: string): Promise<T> => helper.evaluate(source) as Promise<T>;
    const viewOf = async (doc: string, screenshot: (file: string) => Promise<void>, clicked?: number): Promise<ExtensionView> => {
      let settled: number | undefined;
      const snapshot = async (state?: string): Promise<ViewSnapshot> => poll(`${doc} to settle`, async () => {
        const shot = await evaluate<ViewSnapshot | null>(call(IN_PAGE.snapshot, doc));
        if (shot === null) return null;
        const done = state === undefined ? shot.state !== 'reading' : shot.state === state;
        if (done) settled ??= Date.now();
        return done ? shot : null;
      });
      await evaluate(call(IN_PAGE.watchErrors, doc)).catch(() => {});
      const view: ExtensionView = {
        ...(await snapshot()),
        query: (selector) => evaluate(call(IN_PAGE.query, doc, selector)),
        metrics: () => evaluate(call(IN_PAGE.metrics, doc)),
        screenshot,
        click: async (selector) => {
          await evaluate(call(IN_PAGE.click, doc, selector));
        },
        scrollTo: async (selector) => {
          await evaluate(call(IN_PAGE.scrollTo, doc, selector));
        },
        refresh: async (state) => Object.assign(view, await snapshot(state)),
        errors: async () => [
          ...await evaluate<string[]>(call(IN_PAGE.readErrors, doc)).catch(() => []),
          ...await scope.call<string[]>(EXTENSION_ERRORS, origin),
        ],
        evaluate: (fn, arg) => evaluate(call(fn, doc, arg)),
      };
      if (clicked !== undefined && settled !== undefined) view.settledMs = settled - clicked;
      return view;
    };

    /** Clicks the toolbar button on the selected tab and returns the popup once it settled. */
    const clickAction = async (): Promise<ExtensionView> => {
      // A click while the popup is open only closes it, as on a real toolbar: close it first, and
      // wait until its view is gone so the popup read below is the new one.
      await scope.call(CLOSE_POPUP, geckoId);
      await poll('the old popup to close', () => evaluate<boolean>(`!(${POPUP_DOC})`).then((closed) => closed || null));
      const clicked = Date.now();
      await scope.call(TRIGGER_ACTION, geckoId);
      await poll('the popup to open', () => evaluate<boolean>(`!!(${POPUP_DOC})`).then((open) => open || null));
      return viewOf(POPUP_DOC, (file) => drawSnapshot(file, POPUP_BROWSER), clicked);
    };

    /** The key of the last reader tab opened, which names its view in getViews. */
    let lastReaderHash: string | null = null;
    /** Back or Forward in the selected tab (the last reader's), until it shows an address `arrived` accepts. */
    const historyStep = async (step: 'back' | 'forward', arrived: (url: string) => boolean): Promise<{ url: string; title: string }> => {
      if (lastReaderHash === null) throw new Error('no reader tab is open');
      if (!await scope.call<boolean>(HISTORY_STEP, step)) throw new Error(`the ${step} button is disabled`);
      let last: unknown = null;
      return poll(`${step} to arrive`, async () => {
        const shown = await scope.call<{ url: string; title: string } | null>(SELECTED_PAGE);
        last = shown;
        return shown !== null && arrived(shown.url) ? shown : null;
      }).catch((error: unknown) => {
        throw new Error(`${String(error)}; the tab shows ${JSON.stringify(last)}`);
      });
    };
    const readerView = (hash: string): Promise<ExtensionView> =>
      viewOf(readerDoc(hash), (file) => drawSnapshot(file, 'gBrowser.selectedBrowser'));

    return {
      name: 'firefox',
      async openPopupFor(url: string, options: OpenOptions = {}) {
        await tab.bringToFront();
        if (options.ready) {
          tab.goto(url, { timeout: 0 }).catch(() => {});
          await options.ready();
        } else if (options.waitUntil === 'commit') {
          tab.goto(url, { timeout: 0 }).catch(() => {});
          await poll(`${url} to start`, async () => (await tab.evaluate(
            (expected) => location.href === expected && document.body !== null, url)) || null);
        } else {
          await tab.goto(url, { waitUntil: 'load', timeout: SETTLE_TIMEOUT_MS });
        }
        if (options.clickFirst) await tab.click(options.clickFirst);
        return clickAction();
      },
      // The reader tab openReaderTab opened is the selected one: the button is clicked with it in front.
      openPopupHere: clickAction,
      async openReaderTab(popup: ExtensionView) {
        const before = new Set(await evaluate<string[]>(`browser.extension.getViews({ type: 'tab' }).map((w) => w.location.hash)`));
        await popup.click('#open-tab');
        const hash = await poll('the reader tab', async () => {
          const hashes = await evaluate<string[]>(`browser.extension.getViews({ type: 'tab' }).map((w) => w.location.hash)`);
          return hashes.find((h) => h !== '' && !before.has(h)) ?? null;
        });
        lastReaderHash = hash;
        // puppeteer does not follow tabs at moz-extension: addresses; the reader's tab is the selected one.
        return readerView(hash);
      },
      tabAddresses: () => scope.call<string[]>(TAB_ADDRESSES),
      back: () => historyStep('back', (url) => !url.startsWith(`${origin}reader.html`)),
      async forward() {
        await historyStep('forward', (url) => url.startsWith(`${origin}reader.html`));
        return readerView(lastReaderHash ?? '');
      },
      async close() {
        await browser.close().catch(() => {});
      },
    };
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
}
