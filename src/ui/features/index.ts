import type { ReaderFeature } from '../reader-view.js';
import { interfaceLanguage } from './interface-language.js';
import { keyboardShortcuts } from './keyboard-shortcuts.js';
import { onePanelAtATime } from './one-panel-at-a-time.js';
import { quotePanel } from './quote-panel.js';
import { quoteSpeakers } from './quote-speakers.js';
import { readAloud } from './read-aloud.js';
import { settingsPanel } from './settings-panel.js';

/**
 * The features the popup's bundle carries, the controls in toolbar order; each says which surfaces it
 * serves and when it mounts (feature-order.ts). The tab's bundle adds its own in tab-features.ts.
 */
export const POPUP_FEATURES: readonly ReaderFeature[] = [interfaceLanguage, quotePanel, settingsPanel, readAloud, keyboardShortcuts, quoteSpeakers, onePanelAtATime];
