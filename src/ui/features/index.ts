import type { ReaderFeature } from '../reader-view.js';
import { interfaceLanguage } from './interface-language.js';
import { keyboardShortcuts } from './keyboard-shortcuts.js';
import { onePanelAtATime } from './one-panel-at-a-time.js';
import { quotePanel } from './quote-panel.js';
import { quoteSpeakers } from './quote-speakers.js';
import { readAloud } from './read-aloud.js';
import { readingProgress } from './reading-progress.js';
import { settingsPanel } from './settings-panel.js';
import { tableOfContents } from './table-of-contents.js';

/** The features of both pages, in toolbar order; the page's language first, before any control exists. */
const BOTH: readonly ReaderFeature[] = [interfaceLanguage, quotePanel, settingsPanel, readAloud, keyboardShortcuts, quoteSpeakers];

/** The popup's features; one panel open at a time comes last, once every panel exists. */
export const POPUP_FEATURES: readonly ReaderFeature[] = [...BOTH, onePanelAtATime];

/** The tab's: the popup's, and for longer reading a progress bar and a table of contents. */
export const TAB_FEATURES: readonly ReaderFeature[] = [...BOTH, readingProgress, tableOfContents, onePanelAtATime];
