import type { ReaderFeature } from '../reader-view.js';
import { POPUP_FEATURES } from './index.js';
import { readingProgress } from './reading-progress.js';
import { tableOfContents } from './table-of-contents.js';

/**
 * The tab's features: the popup's, and for longer reading a progress bar and a table of contents, which
 * serve the tab only. A module of its own, so the popup's bundle does not carry them.
 */
export const TAB_FEATURES: readonly ReaderFeature[] = [...POPUP_FEATURES, readingProgress, tableOfContents];
