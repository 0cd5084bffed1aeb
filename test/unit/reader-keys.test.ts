import { describe, expect, it } from 'vitest';
import { keyAction, nextInCycle, stepQuote, type KeyPress } from '../../src/ui/features/key-action.js';
import { THEMES } from '../../src/core/settings.js';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: 'BODY' }, ...extra,
});

describe('keyAction', () => {
  it('maps the reader keys', () => {
    expect(keyAction(press('j'))).toBe('next-quote');
    expect(keyAction(press('k'))).toBe('previous-quote');
    expect(keyAction(press('t'))).toBe('cycle-theme');
    expect(keyAction(press('r'))).toBe('toggle-reading');
    expect(keyAction(press('?'))).toBe('help');
  });

  it('leaves every other key to the browser', () => {
    for (const key of ['J', 'x', ' ', 'Enter', 'Escape', 'ArrowDown', 'Tab', '/', 'F5']) expect(keyAction(press(key))).toBeNull();
  });

  it('never takes a key pressed with Ctrl, Alt or Meta', () => {
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) {
      expect(keyAction(press('r', { [modifier]: true }))).toBeNull();
      expect(keyAction(press('t', { [modifier]: true }))).toBeNull();
    }
  });

  it('accepts Shift, which types the question mark on most layouts', () => {
    expect(keyAction(press('?', { target: { tagName: 'BUTTON' } }))).toBe('help');
  });

  it('never takes a key typed into a field, a menu or editable text', () => {
    for (const tagName of ['INPUT', 'select', 'TEXTAREA']) expect(keyAction(press('j', { target: { tagName } }))).toBeNull();
    expect(keyAction(press('t', { target: { tagName: 'DIV', isContentEditable: true } }))).toBeNull();
  });

  it('works from buttons, links and quotations', () => {
    for (const tagName of ['BUTTON', 'A', 'MARK', 'MAIN']) expect(keyAction(press('k', { target: { tagName } }))).toBe('previous-quote');
    expect(keyAction(press('k', { target: null }))).toBe('previous-quote');
  });

  it('ignores a key an input method is composing or another handler has taken', () => {
    expect(keyAction(press('j', { isComposing: true }))).toBeNull();
    expect(keyAction(press('j', { defaultPrevented: true }))).toBeNull();
  });
});

describe('nextInCycle', () => {
  it('goes through every theme and back to the first', () => {
    let theme = THEMES[0] as (typeof THEMES)[number];
    const seen = [theme];
    for (let i = 1; i < THEMES.length; i += 1) seen.push((theme = nextInCycle(THEMES, theme)));
    expect(seen).toEqual([...THEMES]);
    expect(nextInCycle(THEMES, theme)).toBe(THEMES[0]);
  });
});

describe('stepQuote', () => {
  it('starts at the first quotation going forward and at the last going back', () => {
    expect(stepQuote(-1, 4, 1)).toBe(0);
    expect(stepQuote(-1, 4, -1)).toBe(3);
  });
  it('moves by one and stops at the ends', () => {
    expect(stepQuote(1, 4, 1)).toBe(2);
    expect(stepQuote(1, 4, -1)).toBe(0);
    expect(stepQuote(3, 4, 1)).toBeNull();
    expect(stepQuote(0, 4, -1)).toBeNull();
  });
  it('has nowhere to go without quotations', () => {
    expect(stepQuote(-1, 0, 1)).toBeNull();
  });
});
