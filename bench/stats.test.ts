import { describe, expect, test } from 'vitest';
import { passesFor, percentile } from './stats.js';

describe('percentile', () => {
  test.each([
    ['median of an odd sample', [3, 1, 2], 50, 2],
    ['median of an even sample interpolates', [1, 2, 3, 4], 50, 2.5],
    ['p0 is the minimum', [5, 1, 9], 0, 1],
    ['p100 is the maximum', [5, 1, 9], 100, 9],
    ['p95 interpolates between ranks', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], 95, 20],
    ['a single value is every percentile', [7], 95, 7],
  ])('%s', (_label, values, p, expected) => {
    expect(percentile(values, p)).toBeCloseTo(expected);
  });

  test('an empty sample gives NaN', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  test('p outside 0–100 is refused', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('passesFor', () => {
  test.each([
    ['fast corpus fills the target', 0.5, 5, 50, 10],
    ['slow corpus gets one pass', 30, 5, 50, 1],
    ['capped at the maximum', 0.01, 5, 50, 50],
    ['an unmeasured pass gives the maximum', 0, 5, 7, 7],
  ])('%s', (_label, onePass, target, max, expected) => {
    expect(passesFor(onePass, target, max)).toBe(expected);
  });
});
