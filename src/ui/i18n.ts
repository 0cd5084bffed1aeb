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
