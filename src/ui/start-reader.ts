import { createSanitizer } from '../core/sanitize.js';
import { DEFAULT_SETTINGS, normalizeSettings } from '../core/settings.js';
import { applySettings } from './apply-settings.js';
import { settingsStorage } from '../platform/browser.js';
import { ReaderView, type ReaderFeature, type Surface } from './reader-view.js';

/**
 * Builds the reader view of a popup or tab page, with its settings loaded and its features mounted. Each
 * page passes its own features, so the popup does not carry the tab's.
 */
export async function startReader(surface: Surface, features: readonly ReaderFeature[]): Promise<ReaderView> {
  // Draw in the system's light or dark from the first frame, before stored settings arrive.
  applySettings(document, DEFAULT_SETTINGS);
  const stored = await settingsStorage.load().catch(() => null);
  const view = new ReaderView(
    document,
    surface,
    document.getElementById('content') as HTMLElement,
    document.getElementById('toolbar-actions') as HTMLElement,
    createSanitizer(window),
    normalizeSettings(stored),
    (settings) => settingsStorage.save(settings),
  );
  // Another popup or tab changed the settings: follow them here too.
  settingsStorage.onChange((value) => void view.applySettings(normalizeSettings(value), { save: false }));
  view.mount(features);
  return view;
}
