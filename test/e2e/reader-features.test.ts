import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/launch.js';
import { repoRoot, screenshotPath } from './harness/paths.js';
import type { FixtureServer } from './harness/server.js';
import { useBrowserSession } from './harness/session.js';
import type { ExtensionBrowser, ExtensionView } from './harness/types.js';
import { SET_FIELD, until } from './harness/in-page.js';

/**
 * The reader's features in real browsers: settings that apply at once and persist, images off, the
 * contents list of a long article, the help overlay, and axe-core on the popup and the tab in every
 * theme. Screenshots land in test-results/screenshots/.
 */

const EXAMPLE = '/news-example/source.html';
const LONG_READ = '/long-read/source.html';
const THEMES = ['light', 'dark', 'sepia', 'contrast'] as const;

/** Page-side helpers, as `(doc, arg) => value` sources for ExtensionView.evaluate. */
const ROOT_DATA = `(doc) => ({ theme: doc.documentElement.dataset.theme, scheme: doc.documentElement.dataset.scheme })`;
const PRESS = `(doc, json) => {
  const { key, selector } = JSON.parse(json);
  const target = selector ? doc.querySelector(selector) : doc.body;
  if (selector) target.focus();
  target.dispatchEvent(new doc.defaultView.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  return true;
}`;
const HELP_STATE = `(doc) => {
  const dialog = doc.querySelector('dialog.ql-help');
  return { open: !!dialog && dialog.open, focusInside: !!dialog && dialog.contains(doc.activeElement), text: dialog ? dialog.innerText : '' };
}`;
const CLOSE_HELP = `(doc) => { doc.querySelector('dialog.ql-help')?.close(); return true; }`;
/**
 * Loads axe from the extension's own origin (the only scripts its CSP allows), runs it, and returns
 * the violations in a few words each.
 */
const RUN_AXE = `async (doc) => {
  const win = doc.defaultView;
  if (!win.axe) {
    await new Promise((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = '/axe.min.js';
      script.onload = resolve;
      script.onerror = () => reject(new Error('axe did not load'));
      doc.head.append(script);
    });
  }
  const result = await win.axe.run(doc, { resultTypes: ['violations'] });
  return result.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '));
}`;

type Evaluate = <T>(fn: string, arg?: string) => Promise<T>;

/** The harness's evaluate, which this file needs; absent in an older harness, where the tests skip. */
function evaluator(view: ExtensionView): Evaluate {
  const evaluate = (view as Partial<Pick<ExtensionView, 'evaluate'>>).evaluate;
  if (!evaluate) throw new Error('the e2e harness has no ExtensionView.evaluate');
  return evaluate.bind(view) as Evaluate;
}

async function setTheme(view: ExtensionView, theme: string): Promise<void> {
  const evaluate = evaluator(view);
  await evaluate(SET_FIELD, JSON.stringify({ name: 'theme', value: theme }));
  await until(`data-scheme ${theme}`, () => evaluate<{ scheme: string }>(ROOT_DATA), (data) => data.scheme === theme);
}

describe.each(BROWSERS)('%s: reader features', (name) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  // axe beside the extension's own files, so the pages can load it as one of their own scripts.
  useBrowserSession(name, (session) => ({ server, browser } = session), {
    extraFiles: { 'axe.min.js': path.join(repoRoot, 'node_modules/axe-core/axe.min.js') },
  });

  test('a theme chosen in the settings panel applies at once and is there when the popup opens again', async () => {
    const popup = await browser.openPopupFor(server.url(EXAMPLE));
    expect(popup.state).toBe('article');
    await setTheme(popup, 'dark');
    await setTheme(popup, 'sepia');
    // Saving to storage.sync is asynchronous: give it a moment before closing the popup.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const again = await browser.openPopupFor(server.url(EXAMPLE));
    const evaluate = evaluator(again);
    expect(await evaluate(ROOT_DATA)).toEqual({ theme: 'sepia', scheme: 'sepia' });
    const [select] = await again.query('select[name="theme"] option:checked');
    expect(select?.attributes['value']).toBe('sepia');
    await setTheme(again, 'light');
  });

  test('images off: the article has no image element at all', async () => {
    const popup = await browser.openPopupFor(server.url(EXAMPLE));
    expect((await popup.query('.ql-article img')).length).toBeGreaterThan(0);
    const evaluate = evaluator(popup);
    await evaluate(SET_FIELD, JSON.stringify({ name: 'images', value: false }));
    await until('no images', () => popup.query('.ql-article img'), (images) => images.length === 0);
    expect(await popup.query('.ql-article p')).not.toHaveLength(0);
    await evaluate(SET_FIELD, JSON.stringify({ name: 'images', value: true }));
    await until('images back', () => popup.query('.ql-article img'), (images) => images.length > 0);
  });

  test('? opens the help overlay with the focus inside; typed into a menu it does nothing', async () => {
    const popup = await browser.openPopupFor(server.url(EXAMPLE));
    const evaluate = evaluator(popup);
    await evaluate(PRESS, JSON.stringify({ key: '?', selector: 'select[name="theme"]' }));
    expect((await evaluate<{ open: boolean }>(HELP_STATE)).open).toBe(false);
    await evaluate(PRESS, JSON.stringify({ key: '?' }));
    const help = await evaluate<{ open: boolean; focusInside: boolean; text: string }>(HELP_STATE);
    expect(help).toMatchObject({ open: true, focusInside: true });
    expect(help.text).toContain('Next quotation');
    await popup.screenshot(screenshotPath(name, 'popup-help'));
    await evaluate(CLOSE_HELP);
  });

  test('the reader tab (Open in tab) shows a contents list and reading progress for a long article', async () => {
    const popup = await browser.openPopupFor(server.url(LONG_READ));
    expect(popup.state).toBe('article');
    const reader = await browser.openReaderTab(popup);
    const links = await reader.query('nav.ql-toc a');
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) {
      const id = (link.attributes['href'] ?? '').slice(1);
      expect(await reader.query(`.ql-body [id="${id}"]`)).toHaveLength(1);
    }
    const [progress] = await reader.query('[role="progressbar"]');
    expect(progress?.attributes['aria-valuenow']).toMatch(/^\d+$/);
  });

  test('axe finds no violation in the popup or the tab, in any theme; screenshots in light and dark', async () => {
    const found: string[] = [];
    const errors: string[] = [];
    for (const theme of THEMES) {
      const popup = await browser.openPopupFor(server.url(LONG_READ));
      await setTheme(popup, theme);
      found.push(...(await evaluator(popup)<string[]>(RUN_AXE)).map((violation) => `popup ${theme}: ${violation}`));
      if (theme === 'light' || theme === 'dark') await popup.screenshot(screenshotPath(name, `popup-${theme}`));
      errors.push(...await popup.errors());
      // A tab opened now is the one in front, which is the one a screenshot shows.
      const tab = await browser.openReaderTab(popup);
      expect(await evaluator(tab)(ROOT_DATA)).toEqual({ theme, scheme: theme });
      found.push(...(await evaluator(tab)<string[]>(RUN_AXE)).map((violation) => `tab ${theme}: ${violation}`));
      if (theme === 'light' || theme === 'dark') await tab.screenshot(screenshotPath(name, `tab-${theme}`));
      errors.push(...await tab.errors());
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
});
