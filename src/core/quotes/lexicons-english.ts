/**
 * The extension's stand-in for lexicons.ts (scripts/build.mjs swaps it in): English only, always at hand,
 * with its given names and titles; the article's own language comes from ui/load-lexicons.ts.
 */
import en from './lexicon/en.json';
import enNames from './lexicon/names/en.json';
import type { LexiconData, LexiconSet } from './lexicon.js';

export const LEXICONS: LexiconSet = { en: { ...en, names: enNames } as LexiconData };
