/**
 * The extension's stand-in for lexicons.ts (scripts/build.mjs swaps it in): English only, always at hand;
 * the article's own language comes from ui/load-lexicons.ts. English given names and titles
 * (lexicon/names/en.json) are not bundled: no English rule reads them yet, and the popup's size budget
 * would carry them for nothing (3.6 KB gzipped). Join them here as lexicons.ts does when one does.
 */
import en from './lexicon/en.json';
import type { LexiconData, LexiconSet } from './lexicon.js';

export const LEXICONS: LexiconSet = { en: en as LexiconData };
