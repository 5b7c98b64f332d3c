import { describe, expect, test } from 'vitest';
import { isPostgresSpec, resolveDbSpec } from './index.js';

describe('database specs', () => {
  test.each([
    ['postgres://u:p@localhost/db', true],
    ['postgresql://localhost/db', true],
    ['./sitrep.db', false],
    ['/data/postgres.db', false],
  ])('%s is a PostgreSQL URL: %s', (spec, pg) => {
    expect(isPostgresSpec(spec)).toBe(pg);
  });

  test('the given spec wins over SITREP_DB', () => {
    expect(resolveDbSpec('given.db')).toBe('given.db');
  });
});
