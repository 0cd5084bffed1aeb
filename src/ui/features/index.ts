import type { ReaderFeature } from '../reader-view.js';
import { quotePanel } from './quote-panel.js';
import { settingsPanel } from './settings-panel.js';

/** Every feature of the reader, in toolbar order. */
export const READER_FEATURES: readonly ReaderFeature[] = [quotePanel, settingsPanel];
