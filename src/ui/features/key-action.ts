/** What a key press in the reader asks for. */
export type KeyAction = 'next-quote' | 'previous-quote' | 'cycle-theme' | 'toggle-reading' | 'help';

/** The facts of a keydown event the decision depends on (a KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  /** The focused element: the event's target. */
  target: { tagName?: string; isContentEditable?: boolean } | null;
}

const KEYS: Readonly<Record<string, KeyAction>> = {
  j: 'next-quote',
  k: 'previous-quote',
  t: 'cycle-theme',
  r: 'toggle-reading',
  '?': 'help',
};

/** Where typing goes: a reader typing there must never trigger a shortcut. */
const TYPING_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * The reader's action for a key press, or null to leave the key to the browser. Keys with Ctrl, Alt
 * or Meta belong to the browser and the system; Shift is allowed, as `?` needs it on most layouts.
 */
export function keyAction(press: KeyPress): KeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.isComposing || press.defaultPrevented) return null;
  const target = press.target;
  if (target?.isContentEditable) return null;
  if (target?.tagName && TYPING_TAGS.has(target.tagName.toUpperCase())) return null;
  return KEYS[press.key] ?? null;
}

/** The next item of `list` after `current` (wrapping), for cycling themes. */
export function nextInCycle<T>(list: readonly T[], current: T): T {
  const index = list.indexOf(current);
  return list[(index + 1) % list.length] as T;
}

/**
 * The quotation to move to from `current` (-1 when none is focused yet): j from nothing goes to the
 * first, k from nothing to the last; no wrapping past the ends, where the reader stays put.
 */
export function stepQuote(current: number, count: number, direction: 1 | -1): number | null {
  if (count === 0) return null;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  const next = current + direction;
  return next >= 0 && next < count ? next : null;
}
