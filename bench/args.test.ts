import { describe, expect, test } from 'vitest';
import { parseBenchArgs } from './args.js';

describe('parseBenchArgs', () => {
  test('defaults: everything, pinned, written', () => {
    expect(parseBenchArgs([])).toEqual({ quick: false, only: undefined, extractors: undefined, pin: true, write: true, help: false });
  });

  test.each([
    ['--quick', { quick: true }],
    ['--only=extraction,ingest', { only: ['extraction', 'ingest'] }],
    ['--extractors=sitrep, readability-jsdom', { extractors: ['sitrep', 'readability-jsdom'] }],
    ['--no-pin', { pin: false }],
    ['--no-write', { write: false }],
  ])('%s', (arg, expected) => {
    expect(parseBenchArgs([arg])).toMatchObject(expected);
  });

  test('an unknown option is refused', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option --fast/);
  });
});
