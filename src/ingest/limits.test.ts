import { describe, expect, test } from 'vitest';
import { formatBytes, parseByteSize } from './limits.js';

describe('parseByteSize', () => {
  test.each([
    ['1048576', 1048576],
    ['10MB', 10 * 1024 * 1024],
    ['512k', 512 * 1024],
    ['2 GiB', 2 * 1024 ** 3],
    ['1.5mb', 1.5 * 1024 * 1024],
    ['0', undefined],
    ['ten', undefined],
    ['-5MB', undefined],
  ])('%j → %j', (value, expected) => {
    expect(parseByteSize(value)).toBe(expected);
  });
});

describe('formatBytes', () => {
  test.each([
    [17, '17 bytes'],
    [10 * 1024 * 1024, '10 MB'],
    [1536, '1.5 KB'],
    [5_000_000, '4.77 MB'],
  ])('%d → %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  test('what it prints parses back', () => {
    expect(parseByteSize(formatBytes(20 * 1024 * 1024).replace(' ', ''))).toBe(20 * 1024 * 1024);
  });
});
