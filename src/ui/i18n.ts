import { message } from '../platform/browser.js';
import type { MessageKey } from './translate.js';

/** An interface string in the browser's language (ui/translate.ts has the pure side). */
export function t(key: MessageKey, substitutions: readonly (string | number)[] = []): string {
  // The browser falls back to the default locale (English) itself; '' would mean a build that forgot
  // _locales, and the key's name beats a blank button.
  return message(key, substitutions.map(String)) || key;
}

/** The browser's interface language as a BCP 47 tag ("pt-BR"), and its writing direction. */
export function interfaceLocale(): { lang: string; dir: 'ltr' | 'rtl' } {
  const lang = message('@@ui_locale').replace(/_/g, '-') || 'en';
  return { lang, dir: message('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr' };
}

/**
 * Fills the static texts of a page: `data-i18n` sets the text, `data-i18n-label` the aria-label and
 * title. The page takes the interface's language and direction, so an Arabic or Hebrew browser gets a
 * mirrored interface (the article keeps its own `lang` and `dir`).
 */
export function localizePage(doc: Document): void {
  const { lang, dir } = interfaceLocale();
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dir;
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset['i18n'] as MessageKey);
  }
  for (const element of doc.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const label = t(element.dataset['i18nLabel'] as MessageKey);
    element.setAttribute('aria-label', label);
    element.title = label;
  }
}
