import { describe, expect, test } from 'vitest';
import type { EventItem } from '../../api-types.js';
import { isSortKey, nextOrder, sortEvents } from './columns.js';

function event(id: string, patch: Partial<EventItem>): EventItem {
  return {
    id, type: 'ASSAULT', mode: null, context: [], cameo: '190', goldstein: -10, status: 'occurred', claimedBy: null, actors: [], recipients: [], place: null,
    dateStart: null, dateEnd: null, datePrecision: null, dead: null, injured: null, size: null, sources: 1, reports: 1, documents: [], evidence: [], ...patch,
  };
}

const EVENTS = [
  event('a', { dateStart: '2016-05-03', goldstein: -10, sources: 2, dead: 12, actors: [{ name: 'Syrian army', country: 'SYR', sector: 'MIL' }] }),
  event('b', { dateStart: '2016-06-10', goldstein: -6.5, sources: 1, type: 'PROTEST', actors: [{ name: 'Protesters', country: 'SYR', sector: 'CVL' }] }),
  event('c', { dateStart: null, goldstein: 1, sources: 1, type: 'CONSULT', dead: 0, injured: 3 }),
];

describe('sortEvents', () => {
  test.each([
    ['date', 'desc', ['b', 'a', 'c']],
    ['date', 'asc', ['a', 'b', 'c']],
    ['goldstein', 'asc', ['a', 'b', 'c']],
    ['goldstein', 'desc', ['c', 'b', 'a']],
    ['sources', 'desc', ['a', 'b', 'c']],
    ['dead', 'desc', ['a', 'c', 'b']],
    ['type', 'asc', ['a', 'c', 'b']],
    ['actor', 'asc', ['b', 'a', 'c']],
  ] as const)('by %s %s', (key, order, ids) => {
    expect(sortEvents(EVENTS, key, order).map((e) => e.id)).toEqual(ids);
  });

  test('leaves its input alone', () => {
    sortEvents(EVENTS, 'date', 'asc');
    expect(EVENTS.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('nextOrder', () => {
  test.each([
    ['date', { sort: 'type', order: 'asc' }, 'desc'],
    ['type', { sort: 'date', order: 'desc' }, 'asc'],
    ['type', { sort: 'type', order: 'asc' }, 'desc'],
    ['goldstein', { sort: 'goldstein', order: 'desc' }, 'asc'],
  ] as const)('a click on %s when sorted %o goes %s', (key, current, order) => {
    expect(nextOrder(key, current)).toBe(order);
  });
});

test.each([
  ['date', true],
  ['goldstein', true],
  ['nonsense', false],
  [null, false],
])('isSortKey(%s) is %s', (value, expected) => {
  expect(isSortKey(value)).toBe(expected);
});
