import type { ReaderFeature } from '../reader-view.js';
import { SHARED_FEATURES } from './index.js';
import { onePanelAtATime } from './one-panel-at-a-time.js';
import { readingProgress } from './reading-progress.js';
import { tableOfContents } from './table-of-contents.js';

/**
 * The tab's features: the popup's, and for longer reading a progress bar and a table of contents. A module
 * of its own, so the popup's bundle does not carry them.
 */
export const TAB_FEATURES: readonly ReaderFeature[] = [...SHARED_FEATURES, readingProgress, tableOfContents, onePanelAtATime];
