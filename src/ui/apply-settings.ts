import type { Settings, Theme, Typeface } from '../core/settings.js';

/** Local font stacks only: no web font is ever downloaded. */
const FONT_STACKS: Record<Typeface, string> = {
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, "Noto Serif", "DejaVu Serif", Georgia, serif',
  sans: '"Inter", "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif',
  mono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace',
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
};

const DARK_QUERY = '(prefers-color-scheme: dark)';
const followed = new WeakSet<Document>();

/** The theme to draw: "system" follows the system's light or dark. */
function resolveScheme(doc: Document, theme: Theme): Exclude<Theme, 'system'> {
  if (theme !== 'system') return theme;
  return doc.defaultView?.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** Applies the look settings to the page at once, through the stylesheet's custom properties. */
export function applySettings(doc: Document, settings: Settings): void {
  const root = doc.documentElement;
  root.dataset['theme'] = settings.theme;
  root.dataset['scheme'] = resolveScheme(doc, settings.theme);
  const media = doc.defaultView?.matchMedia(DARK_QUERY);
  if (media && !followed.has(doc)) {
    followed.add(doc);
    // The system switched between light and dark while the reader is open.
    media.addEventListener('change', () => {
      root.dataset['scheme'] = resolveScheme(doc, (root.dataset['theme'] ?? 'system') as Theme);
    });
  }
  root.style.setProperty('--ql-font-body', FONT_STACKS[settings.typeface]);
  root.style.setProperty('--ql-size', `${settings.textSize}px`);
  root.style.setProperty('--ql-line', String(settings.lineHeight));
  root.style.setProperty('--ql-width', `${settings.width}em`);
}
