import type { QuoteKind } from './article.js';

/**
 * The reader's settings, shared by the popup and the tab and kept in `storage.sync`. Whatever is stored
 * (an older version's shape, a value edited by hand, nothing at all) is normalized here, never trusted.
 */
export type Theme = 'system' | 'light' | 'dark' | 'sepia' | 'contrast';
export type Typeface = 'serif' | 'sans' | 'mono' | 'system';

export interface Settings {
  version: 1;
  theme: Theme;
  typeface: Typeface;
  /** Body text size in CSS pixels. */
  textSize: number;
  lineHeight: number;
  /** Content width of the tab view, in em. */
  width: number;
  /** Quotation kinds shown highlighted. */
  highlight: QuoteKind[];
  /** Off means no image element is created, so no remote image is ever requested. */
  images: boolean;
}

export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia', 'contrast'];
export const TYPEFACES: readonly Typeface[] = ['serif', 'sans', 'mono', 'system'];
export const QUOTE_KINDS: readonly QuoteKind[] = ['speech', 'partial', 'title', 'scare', 'other'];
export const TEXT_SIZE = { min: 14, max: 28, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.2, max: 2.2, step: 0.1 } as const;
export const WIDTH = { min: 28, max: 56, step: 2 } as const;

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  theme: 'system',
  typeface: 'serif',
  textSize: 19,
  lineHeight: 1.6,
  width: 38,
  highlight: ['speech', 'partial'],
  images: true,
};

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

function inRange(range: { min: number; max: number }, value: unknown, fallback: number): number {
  const number = typeof value === 'string' ? Number.parseFloat(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(number * 10) / 10));
}

/** Valid settings from anything stored; every valid field kept, every invalid one back to its default. */
export function normalizeSettings(stored: unknown): Settings {
  const raw = (stored !== null && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const highlight = Array.isArray(raw['highlight'])
    ? QUOTE_KINDS.filter((kind) => (raw['highlight'] as unknown[]).includes(kind))
    : [...DEFAULT_SETTINGS.highlight];
  return {
    version: 1,
    theme: oneOf(THEMES, raw['theme'], DEFAULT_SETTINGS.theme),
    typeface: oneOf(TYPEFACES, raw['typeface'], DEFAULT_SETTINGS.typeface),
    textSize: inRange(TEXT_SIZE, raw['textSize'], DEFAULT_SETTINGS.textSize),
    lineHeight: inRange(LINE_HEIGHT, raw['lineHeight'], DEFAULT_SETTINGS.lineHeight),
    width: inRange(WIDTH, raw['width'], DEFAULT_SETTINGS.width),
    highlight,
    images: typeof raw['images'] === 'boolean' ? raw['images'] : DEFAULT_SETTINGS.images,
  };
}
