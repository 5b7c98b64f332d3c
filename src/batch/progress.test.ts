import { expect, test } from 'vitest';
import { clock, formatProgress } from './progress.js';

test.each([
  ['total known: bar, rate, events, errors, ETA', { done: 50, events: 7, errors: 1 }, 100, 10_000, '[############------------] 50/100 · 5.0 pages/s · 7 events · 1 error · ETA 0:10'],
  ['total unknown: count and rate only', { done: 30, events: 0, errors: 2 }, undefined, 3_000, '30 pages · 10.0 pages/s · 0 events · 2 errors'],
  ['done: no ETA', { done: 10, events: 3, errors: 0 }, 10, 2_000, '[########################] 10/10 · 5.0 pages/s · 3 events · 0 errors'],
])('%s', (_name, counts, total, elapsed, expected) => {
  expect(formatProgress(counts, total, elapsed)).toBe(expected);
});

test.each([
  [5, '0:05'],
  [65, '1:05'],
  [3725, '1:02:05'],
])('clock(%d) = %s', (seconds, expected) => {
  expect(clock(seconds)).toBe(expected);
});
