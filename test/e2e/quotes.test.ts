import { beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/launch.js';
import { useBrowserSession } from './harness/session.js';
import { screenshotPath } from './harness/paths.js';
import type { FixtureServer } from './harness/server.js';
import type { ExtensionBrowser, ExtensionView } from './harness/types.js';

/**
 * The quotations of the user's example page in the real popup: every highlight with its speaker, the
 * speaker on keyboard focus, the quote panel, "Copy citation" and the exports.
 */

const EXAMPLE = '/news-example/source.html';
/** Each highlighted quotation of the example page, by its first words, and who said it. */
const SPEAKERS: readonly [string, string][] = [
  ['‘He could get offended’', 'Vladimir Putin'],
  ['“Please, don’t be angry.', 'Vladimir Putin'],
  ['"eliminate the root causes"', 'Yuri Ushakov'],
  ['“Russia will not back down,”', 'Yuri Ushakov'],
  ['“I hope that maybe tomorrow', 'Volodymyr Zelenskyy'],
  ['“I’m not sure that they have', 'Volodymyr Zelenskyy'],
  ['“Putin stressed the importance', 'Yuri Ushakov'],
  ['“Just a couple of days ago', 'Leonid Pasechnik'],
  ['“realities on the ground”', 'Vladimir Putin'],
  ['“We are not seeking the surrender', 'Vladimir Putin'],
  ['“I have said many times', 'Vladimir Putin'],
];

/** In the page: every highlighted quotation as [text of its marks, speaker], in reading order. */
const MARKED = `(doc) => {
  const byId = new Map();
  for (const mark of doc.querySelectorAll('mark[data-quote]')) {
    const entry = byId.get(mark.dataset.quote) || { text: '', speaker: mark.dataset.speaker || null, kind: mark.dataset.kind };
    entry.text += mark.textContent;
    byId.set(mark.dataset.quote, entry);
  }
  return Array.from(byId.values());
}`;

/** In the page: remember what the page hands to the clipboard and to downloads, then click `selector`. */
const CAPTURE_AND_CLICK = `async (doc, selector) => {
  const win = doc.defaultView;
  win.__captured = [];
  const write = win.navigator.clipboard.writeText.bind(win.navigator.clipboard);
  win.navigator.clipboard.writeText = (text) => { win.__captured.push(text); return write(text); };
  const createObjectURL = win.URL.createObjectURL;
  win.URL.createObjectURL = (blob) => { win.__captured.push(blob); return createObjectURL.call(win.URL, blob); };
  doc.querySelector(selector).click();
  await new Promise((resolve) => win.setTimeout(resolve, 300));
  const texts = await Promise.all(win.__captured.map((item) => typeof item === 'string' ? item : item.text()));
  return texts;
}`;

describe.each(BROWSERS)('%s: quotations on the example page', (name) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let popup: ExtensionView;

  useBrowserSession(name, (session) => ({ server, browser } = session));
  beforeAll(async () => {
    popup = await browser.openPopupFor(server.url(EXAMPLE));
  });

  test('11 highlighted quotations, each with the right speaker', async () => {
    const marked = await popup.evaluate<{ text: string; speaker: string | null; kind: string }[]>(MARKED);
    expect(marked.map((quote) => [quote.text.replace(/\s+/g, ' ').slice(0, 40), quote.speaker])).toEqual(
      SPEAKERS.map(([start, speaker]) => [expect.stringMatching(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[‘’']/g, "['‘’]")}`)), speaker]),
    );
    expect(marked.every((quote) => quote.kind === 'speech' || quote.kind === 'partial')).toBe(true);
  });

  test('the title in marks is not highlighted', async () => {
    const marks = await popup.query('mark[data-quote]');
    expect(marks.some((mark) => mark.text.includes('Strong Ideas'))).toBe(false);
  });

  test('the speaker shows on hover (title) and on keyboard focus', async () => {
    const [first] = await popup.query('.ql-body mark[data-quote][tabindex="0"]');
    expect(first?.attributes['title']).toBe('Vladimir Putin');
    const tip = await popup.evaluate<{ hidden: boolean; text: string }>(`(doc) => {
      doc.querySelector('.ql-body mark[data-quote][tabindex="0"]').focus();
      const tip = doc.querySelector('.ql-speaker-tip');
      return { hidden: tip.hidden, text: tip.textContent };
    }`);
    expect(tip).toEqual({ hidden: false, text: expect.stringContaining('Vladimir Putin') });
  });

  test('the quote panel groups the quotations by speaker, with counts', async () => {
    await popup.click('#toolbar-actions button[aria-controls="ql-quotes"]');
    const groups = await popup.query('#ql-quotes .ql-speaker-group h2');
    expect(groups.map((group) => group.text.replace(/\s+/g, ' ').trim())).toEqual([
      'Vladimir Putin 5', 'Yuri Ushakov 3', 'Volodymyr Zelenskyy 2', 'Leonid Pasechnik 1',
    ]);
    await popup.screenshot(screenshotPath(name, 'quote-panel'));
  });

  test('a click on a quote in the panel scrolls to it, focuses and flashes it', async () => {
    const jumped = await popup.evaluate<{ focused: string; flashing: number }>(`async (doc) => {
      const item = doc.querySelectorAll('#ql-quotes .ql-quote-jump')[2];
      item.click();
      await new Promise((resolve) => doc.defaultView.setTimeout(resolve, 50));
      return { focused: doc.activeElement.textContent, flashing: doc.querySelectorAll('mark.ql-flash').length };
    }`);
    expect(jumped.focused).toMatch(/^“realities on the ground”/);
    expect(jumped.flashing).toBeGreaterThan(0);
  });

  test('"Copy citation" copies quote, speaker, headline, site, date and a link to the quote', async () => {
    const [citation] = await popup.evaluate<string[]>(CAPTURE_AND_CLICK, '#ql-quotes .ql-cite');
    expect(citation).toBe(
      `“He could get offended” — Vladimir Putin, in "'He could get offended': Putin halts forum to take Donald Trump's call", ` +
      `Business Standard, 2025-07-04. ${server.url(EXAMPLE)}#:~:text=He%20could%20get%20offended`,
    );
  });

  test('exports every quotation as Markdown and as JSON', async () => {
    const [markdown] = await popup.evaluate<string[]>(CAPTURE_AND_CLICK, '#ql-quotes .ql-export-md');
    expect(markdown).toContain('## Vladimir Putin (5)');
    expect(markdown).toContain('> “Russia will not back down,”');
    const [json] = await popup.evaluate<string[]>(CAPTURE_AND_CLICK, '#ql-quotes .ql-export-json');
    const exported = JSON.parse(json ?? '{}') as { quotes: { speaker: string | null; url: string }[] };
    expect(exported.quotes).toHaveLength(11);
    expect(exported.quotes.every((quote) => quote.speaker !== null && quote.url.includes('#:~:text='))).toBe(true);
  });

  test('no errors in the popup', async () => {
    expect(await popup.errors()).toEqual([]);
  });
});
