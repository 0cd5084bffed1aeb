import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/launch.js';
import { repoRoot, screenshotPath } from './harness/paths.js';
import type { FixtureServer } from './harness/server.js';
import { useBrowserSession } from './harness/session.js';
import type { ExtensionBrowser, ExtensionView } from './harness/types.js';

/**
 * Every interface language of _locales at the popup's width and in the tab: no control's text runs out
 * of its box, and every caption sits next to its control. Neither browser here can switch its own
 * interface language (Debian's Chromium carries only en-US, Firefox ESR no language packs), so the
 * test puts each locale's words in place of the English ones on the real pages, with the locale's
 * direction, and lets the browser lay them out. Screenshots: test-results/screenshots/.
 */

const EXAMPLE = '/news-example/source.html';
const LOCALES = readdirSync(path.join(repoRoot, '_locales')).sort();

interface Entry { message: string }
const messages = (locale: string): Record<string, Entry> =>
  JSON.parse(readFileSync(path.join(repoRoot, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, Entry>;
const english = messages('en');

/** English text → the locale's, for every message without placeholders. */
function translation(locale: string): Record<string, string> {
  const local = messages(locale);
  return Object.fromEntries(Object.entries(english)
    .filter(([key, entry]) => !entry.message.includes('$') && local[key])
    .map(([key, entry]) => [entry.message, (local[key] as Entry).message]));
}

/**
 * Puts the locale's words in the page: every text node and option whose English text is a message
 * (the English is kept aside, so each locale starts from it), and the locale's direction.
 */
const APPLY = `(doc, json) => {
  const { words, dir, lang } = JSON.parse(json);
  doc.documentElement.dir = dir;
  doc.documentElement.lang = lang;
  const walker = doc.createTreeWalker(doc.body, 4);
  // Text nodes only (the menus' choices are theirs too), so the page's elements and listeners stay as they are.
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) {
    if (node.__qlEnglish === undefined) node.__qlEnglish = node.data;
    const english = node.__qlEnglish.trim();
    if (english && words[english] !== undefined) node.data = node.__qlEnglish.replace(english, words[english]);
    else node.data = node.__qlEnglish;
  }
  return true;
}`;

/** Opens the panel a toolbar button controls, closing the others. */
const OPEN_PANEL = `(doc, id) => {
  for (const button of doc.querySelectorAll('[aria-controls][aria-expanded="true"]')) button.click();
  doc.querySelector('[aria-controls="' + id + '"]').click();
  return true;
}`;

/**
 * What is wrong with the visible controls' layout, in words: text clipped in a button or caption, a
 * menu narrower than its longest choice, a caption far from (or on top of) its control, fields that
 * overlap, anything past the window's edges.
 */
const LAYOUT_PROBLEMS = `(doc) => {
  const win = doc.defaultView;
  const problems = [];
  const shown = (el) => el.getClientRects().length > 0 && win.getComputedStyle(el).visibility !== 'hidden';
  const name = (el) => (el.textContent || el.getAttribute('aria-label') || el.name || el.tagName).trim().slice(0, 30);
  const width = doc.documentElement.clientWidth;
  const controls = Array.from(doc.querySelectorAll('.ql-toolbar button, .ql-toolbar a, .ql-panel button, .ql-panel select, .ql-panel input, .ql-field > span, .ql-panel legend')).filter(shown);
  for (const el of controls) {
    const box = el.getBoundingClientRect();
    if (box.left < -0.5 || box.right > width + 0.5) problems.push('past the window: ' + name(el));
    if (el.tagName !== 'SELECT' && el.tagName !== 'INPUT' && el.scrollWidth > el.clientWidth + 1) problems.push('text clipped: ' + name(el));
  }
  for (const select of Array.from(doc.querySelectorAll('.ql-panel select')).filter(shown)) {
    // The width the browser gives the same menu with nothing holding it in: its longest choice and arrow.
    const free = select.cloneNode(true);
    free.style.cssText = 'position:absolute;visibility:hidden;width:auto;max-width:none;min-width:0;flex:none';
    doc.body.append(free);
    const needed = free.getBoundingClientRect().width;
    free.remove();
    if (select.getBoundingClientRect().width + 1 < needed) problems.push('menu narrower than its choices: ' + select.name + ' ' + Math.round(select.getBoundingClientRect().width) + ' < ' + Math.round(needed));
  }
  const fields = Array.from(doc.querySelectorAll('.ql-panel .ql-field')).filter(shown);
  for (const field of fields) {
    const caption = field.querySelector(':scope > span');
    const control = field.querySelector(':scope > input, :scope > select');
    if (!caption || !control) continue;
    const a = caption.getBoundingClientRect();
    const b = control.getBoundingClientRect();
    // Beside or above it: the gap along the one axis they are apart on.
    const apartX = Math.max(b.left - a.right, a.left - b.right);
    const apartY = Math.max(b.top - a.bottom, a.top - b.bottom);
    if (apartX < -0.5 && apartY < -0.5) problems.push('caption on its control: ' + name(caption));
    if (Math.max(apartX, apartY) > 24) problems.push('caption ' + Math.round(Math.max(apartX, apartY)) + ' px from its control: ' + name(caption));
  }
  for (let i = 0; i < fields.length; i++) {
    for (let j = i + 1; j < fields.length; j++) {
      const a = fields[i].getBoundingClientRect();
      const b = fields[j].getBoundingClientRect();
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
        problems.push('fields overlap: ' + name(fields[i].querySelector('span')) + ' / ' + name(fields[j].querySelector('span')));
      }
    }
    // A control that runs past its own field runs into the next one.
    const box = fields[i].getBoundingClientRect();
    for (const part of fields[i].children) {
      const p = part.getBoundingClientRect();
      if (p.left < box.left - 0.5 || p.right > box.right + 0.5) problems.push('past its field: ' + name(part) + ' in ' + name(fields[i].querySelector('span')));
    }
  }
  return problems;
}`;

async function problemsIn(view: ExtensionView, panels: readonly string[], shot: string): Promise<string[]> {
  const found: string[] = [];
  for (const panel of panels) {
    await view.evaluate(OPEN_PANEL, panel);
    found.push(...(await view.evaluate<string[]>(LAYOUT_PROBLEMS)).map((problem) => `${panel}: ${problem}`));
    await view.screenshot(`${shot}-${panel}.png`);
  }
  return found;
}

describe.each(BROWSERS)('%s: every interface language fits', (name) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  useBrowserSession(name, (session) => ({ server, browser } = session));

  test.each(['popup', 'tab'] as const)('in the %s, in every locale of _locales', async (surface) => {
    expect(LOCALES.length).toBeGreaterThanOrEqual(2);
    const popup = await browser.openPopupFor(server.url(EXAMPLE));
    expect(popup.state).toBe('article');
    const view = surface === 'popup' ? popup : await browser.openReaderTab(popup);
    const found: string[] = [];
    for (const locale of LOCALES) {
      const dir = messages(locale)['@@bidi_dir']?.message ?? (locale === 'ar' ? 'rtl' : 'ltr');
      await view.evaluate(APPLY, JSON.stringify({ words: translation(locale), dir, lang: locale }));
      const shot = screenshotPath(name, `${surface}-${locale}`).replace(/\.png$/, '');
      found.push(...(await problemsIn(view, ['ql-settings', 'ql-read-aloud'], shot)).map((problem) => `${locale} ${problem}`));
    }
    expect(found).toEqual([]);
  });
});
