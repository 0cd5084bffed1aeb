import type { QuoteKind } from '../../core/article.js';
import {
  LINE_HEIGHT, QUOTE_KINDS, TEXT_SIZE, THEMES, TYPEFACES, WIDTH, type Settings, type Theme, type Typeface,
} from '../../core/settings.js';
import { errorDetail } from '../failure-message.js';
import { settingsSaver } from '../settings-saver.js';
import { showNotice } from '../show-notice.js';
import type { ReaderFeature, ReaderView } from '../reader-view.js';
import type { MessageKey, Translate } from '../translate.js';
import { labelledField, menuOption } from './labelled-field.js';
import { toolbarToggle } from './toolbar-button.js';

export const THEME_LABELS: Record<Theme, MessageKey> = {
  system: 'themeSystem', light: 'themeLight', dark: 'themeDark', sepia: 'themeSepia', contrast: 'themeContrast',
};
const TYPEFACE_LABELS: Record<Typeface, MessageKey> = { serif: 'typefaceSerif', sans: 'typefaceSans', mono: 'typefaceMono', system: 'typefaceSystem' };
const KIND_LABELS: Record<QuoteKind, MessageKey> = {
  speech: 'kindSpeech', partial: 'kindPartial', title: 'kindTitle', scare: 'kindScare', other: 'kindOther',
};

type Control = HTMLInputElement | HTMLSelectElement;

function select<T extends string>(doc: Document, t: Translate, name: string, options: readonly T[], labels: Record<T, MessageKey>): HTMLSelectElement {
  const element = doc.createElement('select');
  element.name = name;
  for (const value of options) element.add(menuOption(doc, t(labels[value]), value));
  return element;
}

function range(doc: Document, name: string, bounds: { min: number; max: number; step: number }): HTMLInputElement {
  const input = doc.createElement('input');
  input.type = 'range';
  input.name = name;
  input.min = String(bounds.min);
  input.max = String(bounds.max);
  input.step = String(bounds.step);
  return input;
}

function checkbox(doc: Document, name: string, value: string): HTMLInputElement {
  const input = doc.createElement('input');
  input.type = 'checkbox';
  input.name = name;
  input.value = value;
  return input;
}

/** The reader's settings: applied at once, saved to storage.sync, shared by popup and tab. */
export const settingsPanel: ReaderFeature = {
  surfaces: ['popup', 'tab'],
  stage: 'controls',
  mount(view: ReaderView): void {
    const doc = view.doc;
    const { t } = view.platform;
    const panel = doc.createElement('form');
    panel.id = 'ql-settings';
    panel.className = 'ql-panel ql-settings';
    panel.setAttribute('aria-label', t('settingsLabel'));

    const theme = select(doc, t, 'theme', THEMES, THEME_LABELS);
    const typeface = select(doc, t, 'typeface', TYPEFACES, TYPEFACE_LABELS);
    const textSize = range(doc, 'textSize', TEXT_SIZE);
    const lineHeight = range(doc, 'lineHeight', LINE_HEIGHT);
    const width = range(doc, 'width', WIDTH);
    const images = checkbox(doc, 'images', 'on');
    const kinds = QUOTE_KINDS.map((kind) => checkbox(doc, 'highlight', kind));

    const highlights = doc.createElement('fieldset');
    highlights.className = 'ql-kinds';
    const legend = doc.createElement('legend');
    legend.textContent = t('settingHighlight');
    highlights.append(legend, ...kinds.map((box) => labelledField(doc, t(KIND_LABELS[box.value as QuoteKind]), box)));

    panel.append(
      labelledField(doc, t('settingTheme'), theme),
      labelledField(doc, t('settingTypeface'), typeface),
      labelledField(doc, t('settingTextSize'), textSize),
      labelledField(doc, t('settingLineHeight'), lineHeight),
      ...(view.surface === 'tab' ? [labelledField(doc, t('settingWidth'), width)] : []),
      labelledField(doc, t('settingImages'), images),
      highlights,
    );

    const show = (settings: Settings): void => {
      theme.value = settings.theme;
      typeface.value = settings.typeface;
      textSize.value = String(settings.textSize);
      lineHeight.value = String(settings.lineHeight);
      width.value = String(settings.width);
      images.checked = settings.images;
      for (const box of kinds) box.checked = settings.highlight.includes(box.value as QuoteKind);
    };
    const read = (): Settings => ({
      ...view.settings,
      theme: theme.value as Theme,
      typeface: typeface.value as Typeface,
      textSize: Number(textSize.value),
      lineHeight: Number(lineHeight.value),
      width: Number(width.value),
      images: images.checked,
      highlight: kinds.filter((box) => box.checked).map((box) => box.value as QuoteKind),
    });
    show(view.settings);
    view.onSettings(show);
    panel.addEventListener('submit', (event) => event.preventDefault());
    // Applied at every step, saved when the hand rests or lets go: storage.sync refuses a write per step.
    const saver = settingsSaver<Settings>(
      (settings) => view.platform.settings.save(settings),
      (error) => showNotice(doc, t('settingsNotSaved', [errorDetail(error)])),
    );
    const apply = (event: Event): Settings | null => {
      if (!(event.target as Control).name) return null;
      const settings = read();
      void view.applySettings(settings, { save: false });
      return settings;
    };
    panel.addEventListener('input', (event) => {
      const settings = apply(event);
      if (settings) saver.schedule(settings);
    });
    panel.addEventListener('change', (event) => {
      const settings = apply(event);
      if (settings) saver.schedule(settings);
      void saver.flush();
    });
    doc.defaultView?.addEventListener('pagehide', () => void saver.flush());

    view.toolbar.append(toolbarToggle(doc, t('settingsLabel'), 'Aa', panel));
    view.toolbar.closest('header')?.after(panel);
  },
};
