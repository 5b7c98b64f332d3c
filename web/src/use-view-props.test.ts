import { expect, test } from 'vitest';
import type { Filters } from './view-props.js';
import { filterQueryOf, patchedSearch } from './use-view-props.js';

test.each([
  ['adds a filter', '', { type: ['PROTEST'] }, 'type=PROTEST'],
  ['replaces a filter', 'type=AID', { type: ['PROTEST', 'ASSAULT'] }, 'type=PROTEST%2CASSAULT'],
  ['removes a filter set to undefined', 'type=AID&actor=army', { type: undefined }, 'actor=army'],
  ['removes a filter set to an empty list', 'type=AID', { type: [] }, ''],
  ['keeps the view state but restarts paging', 'sort=dead&order=desc&offset=100&limit=100', { q: 'convoy' }, 'q=convoy&sort=dead&order=desc&limit=100'],
  ['drops an invalid minSources from the URL', 'minSources=zero', { actor: 'x' }, 'actor=x'],
  ['a changed near drops the place name it had', 'near=36.2,37.16,25&place=Aleppo', { near: '1,2,3' }, 'near=1%2C2%2C3'],
  ['other changes keep the place name', 'near=36.2,37.16,25&place=Aleppo', { q: 'x' }, 'near=36.2%2C37.16%2C25&q=x&place=Aleppo'],
] as [string, string, { [K in keyof Filters]?: Filters[K] | undefined }, string][])('%s', (_name, search, patch, expected) => {
  expect(patchedSearch(search, patch)).toBe(expected);
});

test('filterQueryOf keeps filters only', () => {
  expect(filterQueryOf('?offset=50&sort=type&country=SYR&at=1,2')).toBe('country=SYR');
});
