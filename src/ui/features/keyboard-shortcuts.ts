import { THEMES } from '../../core/settings.js';
import type { ReaderFeature, ReaderView } from '../reader-view.js';
import type { MessageKey, Translate } from '../translate.js';
import { keyAction, nextInCycle, stepQuote } from './key-action.js';
import { announce, runCommand } from './reader-commands.js';
import { showQuotation } from './show-quotation.js';
import { THEME_LABELS } from './settings-panel.js';

const HELP_ROWS: readonly (readonly [string, MessageKey])[] = [
  ['j', 'keyNextQuote'],
  ['k', 'keyPreviousQuote'],
  ['t', 'keyTheme'],
  ['r', 'keyReadAloud'],
  ['?', 'keyHelp'],
  ['Esc', 'keyClose'],
];

/** The first mark of each highlighted quotation, in reading order (a quotation may span marks). */
function quotationStarts(view: ReaderView): HTMLElement[] {
  const seen = new Set<string>();
  const starts: HTMLElement[] = [];
  for (const mark of view.rendered?.element.querySelectorAll<HTMLElement>('mark[data-quote]') ?? []) {
    const id = mark.dataset['quote'] as string;
    if (seen.has(id)) continue;
    seen.add(id);
    starts.push(mark);
  }
  return starts;
}

/**
 * Where j and k move from: the focused quotation, or else the place the reader has scrolled to (the
 * first quotation at or below the toolbar counts as "about to be read").
 */
function currentQuote(doc: Document, starts: readonly HTMLElement[], direction: 1 | -1): number {
  const active = doc.activeElement?.closest('mark[data-quote]') as HTMLElement | null;
  if (active) return starts.findIndex((mark) => mark.dataset['quote'] === active.dataset['quote']);
  const top = doc.querySelector('.ql-toolbar')?.getBoundingClientRect().bottom ?? 0;
  const ahead = starts.findIndex((mark) => mark.getBoundingClientRect().top >= top);
  if (ahead < 0) return direction === 1 ? starts.length - 1 : starts.length;
  return direction === 1 ? ahead - 1 : ahead;
}

function moveToQuote(view: ReaderView, direction: 1 | -1): void {
  const doc = view.doc;
  const starts = quotationStarts(view);
  if (starts.length === 0) {
    announce(doc, view.platform.t('noQuotes'));
    return;
  }
  const next = stepQuote(currentQuote(doc, starts, direction), starts.length, direction);
  const mark = next === null ? null : starts[next];
  if (!mark) return;
  showQuotation(doc, [...(view.rendered?.element.querySelectorAll<HTMLElement>(`mark[data-quote="${mark.dataset['quote']}"]`) ?? [mark])]);
}

function cycleTheme(view: ReaderView): void {
  const theme = nextInCycle(THEMES, view.settings.theme);
  void view.applySettings({ ...view.settings, theme }, { save: true });
  const { t } = view.platform;
  announce(view.doc, t('themeChanged', [t(THEME_LABELS[theme])]));
}

const isElement = (node: EventTarget | null): boolean => (node as Node | null)?.nodeType === 1;

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The help overlay: a modal dialog listing the keys; Escape or the button closes it. */
function helpDialog(doc: Document, t: Translate): { open(): void } {
  const dialog = doc.createElement('dialog');
  dialog.className = 'ql-help';
  dialog.setAttribute('aria-labelledby', 'ql-help-title');
  const title = doc.createElement('h2');
  title.id = 'ql-help-title';
  title.textContent = t('keysLabel');
  const list = doc.createElement('dl');
  for (const [key, label] of HELP_ROWS) {
    const term = doc.createElement('dt');
    const kbd = doc.createElement('kbd');
    kbd.textContent = key;
    term.append(kbd);
    const description = doc.createElement('dd');
    description.textContent = t(label);
    list.append(term, description);
  }
  const note = doc.createElement('p');
  note.className = 'ql-help-note';
  note.textContent = t('keysNote');
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'ql-button';
  close.textContent = t('keyClose');
  close.addEventListener('click', () => dialog.close());
  dialog.append(title, list, note, close);
  doc.body.append(dialog);

  let returnFocus: HTMLElement | null = null;
  // A modal dialog makes the page inert already; Tab also wraps inside it rather than leaving for the
  // browser's own controls, the focus trap screen reader and keyboard users expect of an overlay.
  dialog.addEventListener('keydown', (event) => {
    // Escape closes the list, as its "Esc: close" says. Taken from the browser, which would otherwise
    // close the whole popup with it (a dialog's own Escape handling leaves the key to the browser).
    // Only while open: focus may still sit on its button for a moment after it closed.
    if (event.key === 'Escape' && dialog.open) {
      event.preventDefault();
      dialog.close();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && doc.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && doc.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  dialog.addEventListener('close', () => returnFocus?.focus());
  return {
    open(): void {
      if (dialog.open) return;
      // The page's own window's classes, not this code's globals: a check that holds in any window.
      returnFocus = isElement(doc.activeElement) ? doc.activeElement as HTMLElement : null;
      dialog.showModal();
      close.focus();
    },
  };
}

/** The reader's keys (j, k, t, r, ?) and the help overlay that lists them. */
export const keyboardShortcuts: ReaderFeature = {
  surfaces: ['popup', 'tab'],
  stage: 'controls',
  mount(view): void {
    const doc = view.doc;
    const { t } = view.platform;
    const help = helpDialog(doc, t);

    const helpButton = doc.createElement('button');
    helpButton.type = 'button';
    helpButton.className = 'ql-button';
    helpButton.textContent = '?';
    helpButton.setAttribute('aria-label', t('keysLabel'));
    helpButton.title = t('keysLabel');
    helpButton.setAttribute('aria-keyshortcuts', '?');
    helpButton.addEventListener('click', () => help.open());
    view.toolbar.append(helpButton);

    doc.addEventListener('keydown', (event) => {
      // An open dialog owns the keyboard (Escape closes it natively).
      if (doc.querySelector('dialog[open]')) return;
      const action = keyAction({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        isComposing: event.isComposing,
        defaultPrevented: event.defaultPrevented,
        target: isElement(event.target) ? (event.target as HTMLElement) : null,
      });
      if (action === null) return;
      // Only the help works before an article is on screen; the rest needs one.
      if (action !== 'help' && view.rendered === null) return;
      event.preventDefault();
      switch (action) {
        case 'next-quote':
          return moveToQuote(view, 1);
        case 'previous-quote':
          return moveToQuote(view, -1);
        case 'cycle-theme':
          return cycleTheme(view);
        case 'toggle-reading':
          if (!runCommand(doc, 'toggle-reading')) announce(doc, t('readAloudUnsupported'));
          return;
        case 'help':
          return help.open();
      }
    });
  },
};
