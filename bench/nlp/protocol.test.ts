import { describe, expect, test } from 'vitest';
import { argsToSettings, settingsToArgs } from './protocol.js';

describe('worker settings', () => {
  test('round-trip through the argument list', () => {
    const s = { corpusDir: '/data/x=y', out: '/tmp/r.json', warmupSeconds: 10, targetSeconds: 5, maxPasses: 50 };
    expect(argsToSettings(settingsToArgs(s))).toEqual(s);
  });

  test.each([
    ['a missing key', ['--corpus=a', '--out=b', '--warmup=1', '--target=1'], 'missing --max-passes='],
    ['a non-number', ['--corpus=a', '--out=b', '--warmup=soon', '--target=1', '--max-passes=1'], '--warmup= must be'],
  ])('reject %s', (_label, argv, message) => {
    expect(() => argsToSettings(argv)).toThrow(message);
  });
});
