import type { ReaderPlatform } from './reader-platform.js';
import type { MessageKey } from './translate.js';

/**
 * Fills the static texts of a page: `data-i18n` sets the text, `data-i18n-label` the aria-label and
 * title. The page takes the interface's language and direction, so an Arabic or Hebrew browser gets a
 * mirrored interface (the article keeps its own `lang` and `dir`).
 */
export function localizePage(doc: Document, { t, locale }: Pick<ReaderPlatform, 't' | 'locale'>): void {
  doc.documentElement.lang = locale.lang;
  doc.documentElement.dir = locale.dir;
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset['i18n'] as MessageKey);
  }
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const label = t(element.dataset['i18nLabel'] as MessageKey);
    element.setAttribute('aria-label', label);
    element.title = label;
  }
}
