import type { ReaderFeature } from '../reader-view.js';
import { interfaceLanguage } from './interface-language.js';
import { keyboardShortcuts } from './keyboard-shortcuts.js';
import { onePanelAtATime } from './one-panel-at-a-time.js';
import { quotePanel } from './quote-panel.js';
import { quoteSpeakers } from './quote-speakers.js';
import { readAloud } from './read-aloud.js';
import { settingsPanel } from './settings-panel.js';

/** The features of both pages, in toolbar order; the page's language first, before any control exists. */
export const SHARED_FEATURES: readonly ReaderFeature[] = [interfaceLanguage, quotePanel, settingsPanel, readAloud, keyboardShortcuts, quoteSpeakers];

/** The popup's features; one panel open at a time comes last, once every panel exists. The tab's are in tab-features.ts. */
export const POPUP_FEATURES: readonly ReaderFeature[] = [...SHARED_FEATURES, onePanelAtATime];
