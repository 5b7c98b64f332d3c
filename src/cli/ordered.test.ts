import { describe, expect, test } from 'vitest';
import { mapOrdered } from './ordered.js';

/** Resolves after the other pending tasks had a chance to run (no wall-clock dependence). */
const ticks = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('mapOrdered', () => {
  test('emits in input order although later items finish first', async () => {
    const finished: number[] = [];
    const emitted: number[] = [];
    await mapOrdered([5, 4, 3, 2, 1], 5, async (n) => {
      await ticks(n);
      finished.push(n);
      return n;
    }, (n) => emitted.push(n));
    expect(finished).toEqual([1, 2, 3, 4, 5]);
    expect(emitted).toEqual([5, 4, 3, 2, 1]);
  });

  test.each([1, 2, 3])('never runs more than %i at once', async (limit) => {
    let running = 0;
    let peak = 0;
    await mapOrdered([1, 2, 3, 4, 5, 6], limit, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await ticks(3);
      running -= 1;
      return n;
    }, () => undefined);
    expect(peak).toBe(limit);
  });

  test('pulls items lazily from an async iterable', async () => {
    async function* source(): AsyncGenerator<number> {
      for (let i = 0; i < 4; i++) yield i;
    }
    const out: number[] = [];
    await mapOrdered(source(), 2, async (n) => n * 10, (n) => out.push(n));
    expect(out).toEqual([0, 10, 20, 30]);
  });
});
