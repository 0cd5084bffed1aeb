import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS, settingsSaver } from '../../src/ui/settings-saver.js';

describe('saving settings (ui/settings-saver.ts)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves a slider dragged through 30 steps once, with its last value, after the hand rests', async () => {
    const saved: number[] = [];
    const saver = settingsSaver(async (value: number) => { saved.push(value); }, () => {});
    for (let step = 1; step <= 30; step += 1) {
      saver.schedule(step);
      await vi.advanceTimersByTimeAsync(16);
    }
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(saved).toEqual([30]);
  });

  it('saves at once on flush (the change event, the page closing), and only once', async () => {
    const saved: number[] = [];
    const saver = settingsSaver(async (value: number) => { saved.push(value); }, () => {});
    saver.schedule(1);
    saver.schedule(2);
    await saver.flush();
    expect(saved).toEqual([2]);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    await saver.flush();
    expect(saved).toEqual([2]);
  });

  it('reports a failed save instead of swallowing it', async () => {
    const reported: unknown[] = [];
    const saver = settingsSaver(async () => { throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'); }, (error) => reported.push(error));
    saver.schedule({ textSize: 20 });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(reported).toHaveLength(1);
    expect(String(reported[0])).toMatch(/quota/);
  });
});
