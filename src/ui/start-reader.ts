import { createSanitizer } from '../core/sanitize.js';
import { DEFAULT_SETTINGS, normalizeSettings } from '../core/settings.js';
import { applySettings } from './apply-settings.js';
import { browserPlatform } from './browser-platform.js';
import type { ReaderPlatform } from './reader-platform.js';
import { ReaderView, type ReaderFeature, type Surface } from './reader-view.js';

/**
 * Builds the reader view of a popup or tab page, with its settings loaded and its features mounted. Each
 * page passes the features its bundle carries; each feature says whether it serves this surface. The
 * platform is the browser's unless given.
 */
export async function startReader(
  surface: Surface, features: readonly ReaderFeature[], platform: ReaderPlatform = browserPlatform(window),
): Promise<ReaderView> {
  // Draw in the system's light or dark from the first frame, before stored settings arrive.
  applySettings(document, DEFAULT_SETTINGS);
  const stored = await platform.settings.load().catch(() => null);
  const view = new ReaderView(
    document,
    surface,
    document.getElementById('content') as HTMLElement,
    document.getElementById('toolbar-actions') as HTMLElement,
    createSanitizer(window),
    normalizeSettings(stored),
    platform,
  );
  // Another popup or tab changed the settings: follow them here too.
  platform.settings.onChange((value) => void view.applySettings(normalizeSettings(value), { save: false }));
  view.mount(features);
  return view;
}
