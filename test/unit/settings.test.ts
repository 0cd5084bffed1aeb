import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LINE_HEIGHT, normalizeSettings, TEXT_SIZE, THEMES, WIDTH, type Settings } from '../../src/core/settings.js';

/** Whatever storage.sync hands back — an older version's shape, a hand edit, junk — comes out valid. */
function expectValid(settings: Settings): void {
  expect(settings.version).toBe(1);
  expect(THEMES).toContain(settings.theme);
  for (const [value, range] of [[settings.textSize, TEXT_SIZE], [settings.lineHeight, LINE_HEIGHT], [settings.width, WIDTH]] as const) {
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(range.min);
    expect(value).toBeLessThanOrEqual(range.max);
  }
  expect(typeof settings.images).toBe('boolean');
  expect(Array.isArray(settings.highlight)).toBe(true);
}

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored, and for values that are not settings at all', () => {
    for (const stored of [undefined, null, 0, 42, '', 'dark', true, [], ['dark'], () => 1]) {
      expect(normalizeSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid settings exactly as they are', () => {
    const chosen: Settings = {
      version: 1, theme: 'sepia', typeface: 'mono', textSize: 24, lineHeight: 1.9, width: 50, highlight: ['title', 'scare'], images: false,
    };
    expect(normalizeSettings(chosen)).toEqual(chosen);
    expect(normalizeSettings(normalizeSettings(chosen))).toEqual(chosen);
  });

  it('migrates an older, partial value: the fields it has are kept, the missing ones take their defaults', () => {
    // A version that knew only the theme and the text size, and no version field.
    const migrated = normalizeSettings({ theme: 'dark', textSize: 22 });
    expect(migrated).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 22 });
  });

  it('reads numbers stored as strings, with or without a unit', () => {
    const migrated = normalizeSettings({ textSize: '21', lineHeight: '1.8', width: '44em' });
    expect(migrated.textSize).toBe(21);
    expect(migrated.lineHeight).toBe(1.8);
    expect(migrated.width).toBe(44);
  });

  it('clamps numbers outside their range instead of dropping them', () => {
    const migrated = normalizeSettings({ textSize: 99, lineHeight: 0.5, width: -3 });
    expect(migrated.textSize).toBe(TEXT_SIZE.max);
    expect(migrated.lineHeight).toBe(LINE_HEIGHT.min);
    expect(migrated.width).toBe(WIDTH.min);
  });

  it('puts back defaults for numbers that are no numbers', () => {
    for (const junk of [NaN, Infinity, -Infinity, 'large', '', null, {}, [20], true]) {
      const migrated = normalizeSettings({ textSize: junk, lineHeight: junk, width: junk });
      expect([migrated.textSize, migrated.lineHeight, migrated.width]).toEqual([DEFAULT_SETTINGS.textSize, DEFAULT_SETTINGS.lineHeight, DEFAULT_SETTINGS.width]);
    }
  });

  it('replaces an unknown theme or typeface (a removed one, a typo, another type) with the default', () => {
    for (const theme of ['solarized', 'night', '', 3, null, ['dark']]) {
      expect(normalizeSettings({ theme }).theme).toBe(DEFAULT_SETTINGS.theme);
    }
    expect(normalizeSettings({ typeface: 'comic' }).typeface).toBe(DEFAULT_SETTINGS.typeface);
    // Known names survive alongside an unknown one.
    expect(normalizeSettings({ theme: 'solarized', typeface: 'sans' }).typeface).toBe('sans');
  });

  it('keeps the known quotation kinds of a highlight list, once each, in a fixed order', () => {
    expect(normalizeSettings({ highlight: ['partial', 'speech', 'speech', 'rumour', 7, null] }).highlight).toEqual(['speech', 'partial']);
    // An empty list is a choice (highlight nothing), not a missing value.
    expect(normalizeSettings({ highlight: [] }).highlight).toEqual([]);
    expect(normalizeSettings({ highlight: 'speech' }).highlight).toEqual(DEFAULT_SETTINGS.highlight);
  });

  it('never shares the default highlight list with the caller (a push would change every later default)', () => {
    const settings = normalizeSettings(null);
    settings.highlight.push('scare');
    expect(DEFAULT_SETTINGS.highlight).toEqual(['speech', 'partial']);
  });

  it('ignores fields it does not know and an older version number', () => {
    const migrated = normalizeSettings({ version: 0, theme: 'contrast', fontFamily: 'Arial', columns: 2 });
    expect(migrated).toEqual({ ...DEFAULT_SETTINGS, theme: 'contrast' });
    expect(migrated).not.toHaveProperty('fontFamily');
  });

  it('survives hostile shapes without throwing', () => {
    const proto = JSON.parse('{"__proto__": {"theme": "dark"}, "images": false}') as unknown;
    expectValid(normalizeSettings(proto));
    expect(normalizeSettings(proto).images).toBe(false);
    expect(() => normalizeSettings(Object.create(null))).not.toThrow();
    expectValid(normalizeSettings(Object.create(null)));
  });
});
