import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/core/article.js';
import { createSanitizer } from '../../src/core/sanitize.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import { englishMessages } from '../../src/ui/english-messages.js';
import { POPUP_FEATURES } from '../../src/ui/features/index.js';
import { TAB_FEATURES } from '../../src/ui/features/tab-features.js';
import type { ReaderPlatform } from '../../src/ui/reader-platform.js';
import { ReaderView, type Surface } from '../../src/ui/reader-view.js';

/**
 * The reader's features under Node, on a platform of the test's own (reader-platform.ts): read aloud's
 * states, the keys, the panels, settings and the clipboard, without a browser. The browser tests
 * (test/e2e/reader-*.test.ts) check the same features' layout and the browsers' own parts.
 */

const ARTICLE: ExtractedArticle = {
  url: 'https://example.org/news/bridge',
  title: 'Council delays the bridge vote',
  byline: 'By Ann Lee',
  siteName: 'Example News',
  publishedTime: '2025-07-04T10:00:00Z',
  lang: 'en',
  dir: null,
  excerpt: null,
  source: 'readability',
  timings: { clone: 0, prepare: 0, readability: 0 },
  contentHtml: '<div><p>The council met on Monday. “We will not build it this year,” said Jane Smith, the mayor.</p>'
    + '<p>Tom Ray disagreed. “It costs less every year we wait,” he said. The vote is in June.</p></div>',
};

/** A speech synthesis that records what it was asked to say; the test ends each utterance itself. */
class FakeUtterance extends EventTarget {
  lang = '';
  rate = 1;
  voice: unknown = null;
  constructor(readonly text: string) {
    super();
  }
}

class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = [];
  cancels = 0;
  getVoices(): unknown[] {
    return [{ name: 'Local English', lang: 'en-GB', localService: true, default: true, voiceURI: 'local-en' }];
  }
  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
  }
  cancel(): void {
    this.cancels += 1;
  }
}

interface Setup {
  view: ReaderView;
  doc: Document;
  synth: FakeSynth;
  saved: unknown[];
  copied: string[];
}

function setup(surface: Surface = 'popup', settings: Settings = DEFAULT_SETTINGS): Setup {
  const dom = new JSDOM(`<!doctype html><html><body class="ql-popup"><header class="ql-toolbar"><div id="toolbar-actions"></div></header>
    <main id="content"></main></body></html>`, { pretendToBeVisual: true });
  // jsdom has no media queries: the system is light and wants motion, as most are.
  dom.window.matchMedia = ((query: string) => ({ matches: false, media: query, addEventListener: () => {}, removeEventListener: () => {} })) as never;
  // Nor range geometry: every sentence counts as on screen, so reading never scrolls.
  dom.window.Range.prototype.getBoundingClientRect = () => ({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0, x: 0, y: 0, toJSON: () => ({}) });
  // Nor modal dialogs: opening and closing one is its open attribute and close event.
  const dialogs = dom.window.HTMLDialogElement.prototype;
  dialogs.showModal = function showModal(this: HTMLDialogElement) { this.setAttribute('open', ''); };
  dialogs.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new dom.window.Event('close'));
  };
  const doc = dom.window.document;
  const synth = new FakeSynth();
  const saved: unknown[] = [];
  const copied: string[] = [];
  const platform: ReaderPlatform = {
    t: englishMessages,
    locale: { lang: 'en', dir: 'ltr' },
    settings: { load: async () => null, save: async (value) => { saved.push(value); }, onChange: () => () => {} },
    speech: { synth: synth as unknown as SpeechSynthesis, Utterance: FakeUtterance as unknown as new (text: string) => SpeechSynthesisUtterance },
    clipboard: { writeText: async (text) => { copied.push(text); } },
  };
  const view = new ReaderView(doc, surface, doc.getElementById('content') as HTMLElement,
    doc.getElementById('toolbar-actions') as HTMLElement, createSanitizer(dom.window as unknown as Window), settings, platform);
  view.mount(surface === 'popup' ? POPUP_FEATURES : TAB_FEATURES);
  view.show(ARTICLE);
  return { view, doc, synth, saved, copied };
}

const button = (doc: Document, text: string): HTMLButtonElement => {
  const found = [...doc.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};
const toggleFor = (doc: Document, panel: string): HTMLButtonElement =>
  doc.querySelector<HTMLButtonElement>(`[aria-controls="${panel}"]`) as HTMLButtonElement;
const status = (doc: Document): string => doc.querySelector('.ql-read-aloud-status')?.textContent ?? '';
const press = (doc: Document, key: string, target: Element = doc.body): KeyboardEvent => {
  const event = new (doc.defaultView as unknown as typeof globalThis).KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};

describe('read aloud', () => {
  it('plays sentence after sentence, pauses, resumes the same sentence, and finishes', () => {
    const { doc, synth } = setup();
    const play = button(doc, 'Play');
    play.click();
    expect(doc.body.dataset['reading']).toBe('playing');
    expect(synth.spoken.map((u) => u.text)).toEqual(['The council met on Monday.']);
    expect(status(doc)).toMatch(/^Reading 1 of \d+$/);
    synth.spoken[0]?.dispatchEvent(new Event('end'));
    expect(synth.spoken).toHaveLength(2);
    expect(play.textContent).toBe('Pause');
    play.click();
    expect(doc.body.dataset['reading']).toBe('paused');
    expect(status(doc)).toBe('Paused');
    // An utterance cancelled by the pause that reports its end late does not move the reading on.
    synth.spoken[1]?.dispatchEvent(new Event('end'));
    expect(synth.spoken).toHaveLength(2);
    play.click();
    expect(doc.body.dataset['reading']).toBe('playing');
    expect(synth.spoken[2]?.text).toBe(synth.spoken[1]?.text);
    for (let i = 0; i < 50 && doc.body.dataset['reading'] === 'playing'; i++) synth.spoken.at(-1)?.dispatchEvent(new Event('end'));
    expect(doc.body.dataset['reading']).toBe('idle');
    expect(status(doc)).toBe('Finished reading.');
  });

  it('reads only the quotations when asked, and the r key starts and pauses it', () => {
    const { doc, synth } = setup();
    const quotesOnly = doc.querySelector<HTMLInputElement>('input[name="readAloudQuotesOnly"]') as HTMLInputElement;
    quotesOnly.checked = true;
    quotesOnly.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('change'));
    press(doc, 'r');
    expect(synth.spoken.map((u) => u.text)).toEqual(['“We will not build it this year,”']);
    press(doc, 'r');
    expect(doc.body.dataset['reading']).toBe('paused');
  });

  it('says so when there is no local voice, and never speaks with a remote one', () => {
    const { doc, synth } = setup();
    synth.getVoices = () => [{ name: 'Cloud', lang: 'en-US', localService: false, default: true, voiceURI: 'cloud' }];
    synth.dispatchEvent(new Event('voiceschanged'));
    expect(button(doc, 'Play').disabled).toBe(true);
    press(doc, 'r');
    expect(synth.spoken).toEqual([]);
  });
});

describe('keys and panels', () => {
  it('? opens the list of keys; Escape closes it and is kept from the browser', () => {
    const { doc } = setup();
    press(doc, '?');
    const dialog = doc.querySelector('dialog.ql-help') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    const escape = press(doc, 'Escape', doc.activeElement ?? dialog);
    expect(escape.defaultPrevented).toBe(true);
    expect(dialog.open).toBe(false);
    // Nothing open: Escape is left to the browser, even while the focus is still on the list's button
    // (it returns to where it was only once the list's close event has run).
    expect(press(doc, 'Escape', doc.querySelector('dialog.ql-help button') as Element).defaultPrevented).toBe(false);
    expect(press(doc, 'Escape').defaultPrevented).toBe(false);
  });

  it('opens one panel at a time, and a quotation picked from the list closes the list', () => {
    const { doc } = setup();
    toggleFor(doc, 'ql-settings').click();
    expect((doc.getElementById('ql-settings') as HTMLElement).hidden).toBe(false);
    toggleFor(doc, 'ql-quotes').click();
    expect((doc.getElementById('ql-settings') as HTMLElement).hidden).toBe(true);
    expect(toggleFor(doc, 'ql-settings').getAttribute('aria-expanded')).toBe('false');
    const jumps = doc.querySelectorAll<HTMLButtonElement>('.ql-quote-jump');
    expect(jumps).toHaveLength(2);
    jumps[1]?.click();
    expect((doc.getElementById('ql-quotes') as HTMLElement).hidden).toBe(true);
    expect(toggleFor(doc, 'ql-quotes').getAttribute('aria-expanded')).toBe('false');
    expect((doc.activeElement as HTMLElement).closest('mark[data-quote]')?.textContent).toContain('It costs less');
  });

  it('copies a citation through the platform clipboard', async () => {
    const { doc, copied } = setup();
    toggleFor(doc, 'ql-quotes').click();
    const cite = doc.querySelector<HTMLButtonElement>('.ql-cite') as HTMLButtonElement;
    cite.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain('We will not build it this year');
    expect(cite.textContent).toBe('Copied');
  });

  it('saves a setting changed in the panel through the platform', () => {
    const { doc, saved, view } = setup();
    const theme = doc.querySelector<HTMLSelectElement>('select[name="theme"]') as HTMLSelectElement;
    theme.value = 'sepia';
    // A menu fires input, then change, as the choice is made.
    theme.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }));
    theme.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('change', { bubbles: true }));
    expect(view.settings.theme).toBe('sepia');
    expect(saved).toEqual([expect.objectContaining({ theme: 'sepia' })]);
    expect(doc.documentElement.dataset['scheme']).toBe('sepia');
  });

  it('applies a dragged slider at every step but saves it once, on release (storage.sync limits writes)', () => {
    const { doc, saved, view } = setup();
    const size = doc.querySelector<HTMLInputElement>('input[name="textSize"]') as HTMLInputElement;
    const Event = (doc.defaultView as unknown as typeof globalThis).Event;
    const steps = [Number(size.min), Number(size.min) + Number(size.step), Number(size.min) + 2 * Number(size.step)];
    for (const step of steps) {
      size.value = String(step);
      size.dispatchEvent(new Event('input', { bubbles: true }));
      expect(view.settings.textSize).toBe(step);
    }
    expect(saved).toEqual([]);
    size.dispatchEvent(new Event('change', { bubbles: true }));
    expect(saved).toEqual([expect.objectContaining({ textSize: steps.at(-1) })]);
  });

  it('says so when a setting cannot be saved, and keeps it applied', async () => {
    const { doc, view } = setup();
    (view.platform.settings as { save: (value: unknown) => Promise<void> }).save = () => Promise.reject(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    const theme = doc.querySelector<HTMLSelectElement>('select[name="theme"]') as HTMLSelectElement;
    theme.value = 'dark';
    theme.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(view.settings.theme).toBe('dark');
    expect(doc.querySelector('.ql-notice[role="alert"]')?.textContent).toMatch(/could not be saved.*quota/);
    expect(doc.querySelector('.ql-title')).not.toBeNull();
  });

  it('mounts the tab-only features in the tab and not in the popup', () => {
    expect(setup('popup').doc.querySelector('.ql-progress')).toBeNull();
    expect(setup('tab').doc.querySelector('.ql-progress')).not.toBeNull();
  });
});
