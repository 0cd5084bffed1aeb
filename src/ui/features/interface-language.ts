import { localizePage } from '../localize-page.js';
import type { ReaderFeature } from '../reader-view.js';

/**
 * The page's static texts in the browser's language, and its direction: an Arabic, Hebrew, Persian
 * or Urdu browser gets a mirrored interface. Mounted first, before the other features add controls.
 */
export const interfaceLanguage: ReaderFeature = {
  surfaces: ['popup', 'tab'],
  stage: 'language',
  mount(view): void {
    localizePage(view.doc, view.platform);
  },
};
