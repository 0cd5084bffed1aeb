import type { Translate } from './translate.js';

/** Where the reader's settings live (storage.sync in the extension): raw values, normalized by core/settings.ts. */
export interface SettingsStore {
  load(): Promise<unknown>;
  save(value: unknown): Promise<void>;
  /** Calls `listener` when another popup or tab changes the settings; returns the unsubscribe. */
  onChange(listener: (value: unknown) => void): () => void;
}

/** The speech the reader reads aloud with: the Web Speech API's synthesis and its utterance. */
export interface Speech {
  synth: SpeechSynthesis;
  Utterance: new (text: string) => SpeechSynthesisUtterance;
}

/**
 * What the reader's interface needs from outside the page: words, the interface's language, settings
 * storage, speech and the clipboard. The browser's (browser-platform.ts) by default; tests under Node
 * pass their own, so the features run and are checked without a browser.
 */
export interface ReaderPlatform {
  t: Translate;
  /** The interface's language as a BCP 47 tag ("pt-BR") and its writing direction. */
  locale: { lang: string; dir: 'ltr' | 'rtl' };
  settings: SettingsStore;
  /** Null where the browser has no speech synthesis. */
  speech: Speech | null;
  clipboard: { writeText(text: string): Promise<void> } | null;
}
