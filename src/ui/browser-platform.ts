import { settingsStorage } from '../platform/browser.js';
import { interfaceLocale, t } from './i18n.js';
import type { ReaderPlatform } from './reader-platform.js';

/** The reader's platform in an extension page: the browser's translations, storage, speech and clipboard. */
export function browserPlatform(win: Window): ReaderPlatform {
  const speech = 'speechSynthesis' in win && 'SpeechSynthesisUtterance' in win
    ? { synth: win.speechSynthesis, Utterance: (win as unknown as typeof globalThis).SpeechSynthesisUtterance }
    : null;
  return {
    t,
    locale: interfaceLocale(),
    settings: settingsStorage,
    speech,
    clipboard: win.navigator.clipboard ?? null,
  };
}
