import english from '../../_locales/en/messages.json';
import { formatMessage, type MessageEntry, type Translate } from './translate.js';

/**
 * English from _locales/en, the default locale, for the command line and the tests. The extension asks
 * the browser, which falls back to English itself, so its pages do not carry these strings.
 */
export const englishMessages: Translate = (key, substitutions = []) =>
  formatMessage((english as Record<string, MessageEntry>)[key] as MessageEntry, substitutions.map(String));
