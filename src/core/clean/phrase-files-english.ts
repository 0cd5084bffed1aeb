/**
 * The extension's stand-in for phrase-files.ts (scripts/build.mjs swaps it in): English only, always at
 * hand; the article's own language comes with its quote lexicon from ui/load-languages.ts.
 */
import en from './phrases/en.json';
import type { PhraseSet } from './phrases.js';

export const PHRASE_FILES: PhraseSet = { en };
