/**
 * The only module that touches extension APIs, and the only one that imports webextension-polyfill:
 * Firefox ships `browser` and the polyfill hands it through as it is; on Chrome it wraps `chrome` into
 * the same promise-based `browser`, so one code path serves both.
 */
import browser from 'webextension-polyfill';
import type { ExtractionResult } from '../core/article.js';
import { CONTENT_SCRIPT_FILES, parseExtractionResult } from '../core/extraction-result.js';

export interface ActiveTab {
  id: number;
  url: string | null;
}

export async function activeTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? null };
}

/**
 * Injects the content script on the click (the activeTab grant); its last statement asks for the article,
 * and the browser hands back that promise's value. Injecting the files twice is harmless: a click while a
 * run is going gets that run's answer (src/content/content-entry.ts). `whileWaiting` runs once the request is sent.
 */
export async function extractFromTab(tabId: number, whileWaiting?: () => void): Promise<ExtractionResult> {
  // injectImmediately: by default both browsers wait for the page to go idle, which a page that never
  // finishes loading never does, and the reader would be told "took too long" instead of "still loading".
  const answer = browser.scripting.executeScript({ target: { tabId }, files: [...CONTENT_SCRIPT_FILES], injectImmediately: true });
  // The request is on its way: the caller may use the wait.
  whileWaiting?.();
  const [first] = await answer;
  // Checked, never cast: the answer comes from a page's world (core/extraction-result.ts).
  return parseExtractionResult(first?.result);
}

/**
 * Shows the extension's page `path` in tab `tabId` in place of its page, as Firefox's reader view does:
 * the page stays one step back in that tab's history, so the browser's Back returns to it
 * (docs/reader-tab.md). Both browsers let an extension navigate a tab to its own pages.
 */
export async function showExtensionPageInTab(tabId: number, path: string): Promise<void> {
  await browser.tabs.update(tabId, { url: browser.runtime.getURL(path) });
}

/** Per-session storage: articles handed from the popup to a reader tab, gone when the browser closes. */
export const sessionStore = {
  async get<T>(key: string): Promise<T | null> {
    const items = await browser.storage.session.get(key);
    return (items[key] as T | undefined) ?? null;
  },
  async set(key: string, value: unknown): Promise<void> {
    await browser.storage.session.set({ [key]: value });
  },
  async keys(): Promise<string[]> {
    return Object.keys(await browser.storage.session.get(null));
  },
  async remove(keys: string[]): Promise<void> {
    await browser.storage.session.remove(keys);
  },
};

export const extensionUrl = (path: string): string => browser.runtime.getURL(path);

const SETTINGS_KEY = 'settings';

/** The reader's settings in `storage.sync`: raw, as stored; core/settings.ts normalizes them. */
export const settingsStorage = {
  async load(): Promise<unknown> {
    return (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] ?? null;
  },
  async save(value: unknown): Promise<void> {
    await browser.storage.sync.set({ [SETTINGS_KEY]: value });
  },
  /** Calls `listener` when another popup or tab changes the settings. Returns the unsubscribe. */
  onChange(listener: (value: unknown) => void): () => void {
    const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area === 'sync' && SETTINGS_KEY in changes) listener(changes[SETTINGS_KEY]?.newValue ?? null);
    };
    browser.storage.onChanged.addListener(handler);
    return () => browser.storage.onChanged.removeListener(handler);
  },
};

/**
 * An interface string in the browser's language from _locales (English when the browser has no
 * match); '' for an unknown key. Also answers the predefined `@@ui_locale` and `@@bidi_dir`.
 */
export function message(key: string, substitutions?: readonly string[]): string {
  return browser.i18n.getMessage(key, substitutions === undefined ? undefined : [...substitutions]);
}
