import { expect, test } from 'vitest';
import { sortKeysOf } from './api.js';

test.each([
  ['sort key (default date): date, type, dead, injured, sources, goldstein, country, actor; ties newest first', ['date', 'type', 'dead', 'injured', 'sources', 'goldstein', 'country', 'actor']],
  ['sort key: date', ['date']],
  ['how to sort', []],
])('sortKeysOf(%j)', (description, keys) => {
  expect(sortKeysOf(description)).toEqual(keys);
});
