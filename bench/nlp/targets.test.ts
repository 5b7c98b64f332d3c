import { describe, expect, test } from 'vitest';
import { perSecond, rateCell, shareCell, underLoad, verdict } from './targets.js';

describe('perSecond', () => {
  test.each([
    [50, 1000, 50],
    [3, 500, 6],
    [10, 0, 0],
  ])('%s in %s ms = %s/s', (count, ms, expected) => {
    expect(perSecond(count, ms)).toBe(expected);
  });
});

describe('rateCell', () => {
  test.each([
    [123456.7, '123,457'],
    [99.94, '99.9'],
    [Number.NaN, '—'],
  ])('%s → %s', (v, expected) => {
    expect(rateCell(v)).toBe(expected);
  });
});

describe('shareCell', () => {
  test.each([
    [1, 4, '25%'],
    [1, 400, '0.3%'],
    [1, 0, '—'],
  ])('%s of %s → %s', (part, whole, expected) => {
    expect(shareCell(part, whole)).toBe(expected);
  });
});

describe('verdict', () => {
  test.each([
    ['wall over target', 60, 70, 'met'],
    ['wall under, CPU over', 40, 60, 'met on CPU time only'],
    ['both under', 40, 45, 'not met'],
    ['nothing measured', undefined, undefined, 'not measured'],
    ['just over', 51, 51, 'met (borderline: within 5% of the target)'],
    ['just under', 49, 49, 'not met (borderline: within 5% of the target)'],
  ])('%s', (_label, wall, cpu, expected) => {
    expect(verdict(wall, cpu, 50)).toBe(expected);
  });
});

describe('underLoad', () => {
  test.each([
    ['quiet machine, full core', [0.4, 0.6], 1000, 1000, true, false],
    ['load shows the other core busy', [1.8, 1.2], 1000, 1000, true, true],
    ['pinned worker lost part of its core', [0.5], 700, 1000, true, true],
    ['unpinned worker: share not judged', [0.5], 700, 1000, false, false],
  ])('%s', (_label, loads, cpuMs, wallMs, pinned, expected) => {
    expect(underLoad(loads, 2, cpuMs, wallMs, pinned)).toBe(expected);
  });
});
