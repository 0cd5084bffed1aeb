/**
 * Saving settings without exceeding `storage.sync`'s write rate (Chromium: 120 writes a minute, 2 a
 * second): a slider sends an `input` event for every step it passes, so those wait until the hand rests
 * (`schedule`), and the `change` at its release, or the page closing, saves at once (`flush`). A failed
 * save is reported, never swallowed: the setting applies on screen, but the reader is told it is not kept.
 */
export interface SettingsSaver<T> {
  /** Saves `value` once no other value came for `delayMs`. */
  schedule(value: T): void;
  /** Saves what is waiting now, if anything. Resolves once it is saved or its failure reported. */
  flush(): Promise<void>;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SAVE_DELAY_MS = 600;

export function settingsSaver<T>(
  save: (value: T) => Promise<void>,
  report: (error: unknown) => void,
  delayMs = SAVE_DELAY_MS,
  timers: Timers = { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as number) },
): SettingsSaver<T> {
  let waiting: { value: T } | null = null;
  let timer: unknown = null;
  const flush = async (): Promise<void> => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (waiting === null) return;
    const { value } = waiting;
    waiting = null;
    try {
      await save(value);
    } catch (error) {
      report(error);
    }
  };
  return {
    schedule(value: T): void {
      waiting = { value };
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(() => void flush(), delayMs);
    },
    flush,
  };
}
