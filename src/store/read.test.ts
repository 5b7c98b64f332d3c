import { afterEach, expect, test } from 'vitest';
import { queryEventPage, queryEvents } from './read.js';
import type { SqlDb } from './sql.js';
import { sqlStore } from './sql-store.js';
import { openSqlite } from './sqlite.js';
import { actor, PLACES, testBundle } from './test-bundles.js';
import type { EventFilter, Store } from './types.js';

const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

/** Six events a month apart, alternating two actors and two places. */
async function seeded(): Promise<SqlDb> {
  const db = await openSqlite(':memory:');
  const store = await sqlStore(db);
  stores.push(store);
  for (let i = 0; i < 6; i++) {
    const who = i % 2 === 0 ? actor('Army', 'SYR', 'MIL') : actor('Police', 'IRQ', 'GOV');
    await store.ingest(
      testBundle([`Report ${i}: the ${who.name} shelled the town near the river.`, 'Nothing else.'], [[0, 'shelled', { actors: [who], location: i % 2 === 0 ? PLACES.aleppo : PLACES.geneva, date: `2016-0${1 + i}-10` }]]),
    );
  }
  return db;
}

test.each<[string, EventFilter]>([
  ['actor', { actor: 'army', limit: 2 }],
  ['country', { country: 'IRQ', limit: 2, offset: 1 }],
  ['words', { text: 'shelled river', sort: 'actor', limit: 4 }],
  ['words and country, ascending', { text: 'town', country: 'SYR', order: 'asc', limit: 5 }],
  ['type and status, by goldstein', { type: ['ASSAULT'], status: ['occurred'], sort: 'goldstein', order: 'asc', limit: 3, offset: 1 }],
  ['dates, by actor', { since: '2016-02-01', until: '2016-05-30', sort: 'actor', limit: 2 }],
  ['until, by date (the walk starts at until)', { until: '2016-04-30', limit: 2 }],
  ['sources, by country', { minSources: 1, sort: 'country', limit: 3 }],
])('a broad filter walked in sort order finds the same page as a looked-up one: %s', async (_label, filter) => {
  const db = await seeded();
  expect((await queryEvents(db, filter, 1_000_000)).map((e) => e.id)).toEqual((await queryEvents(db, filter)).map((e) => e.id));
});

test('a page comes with the total of every match', async () => {
  const db = await seeded();
  const page = await queryEventPage(db, { actor: 'police', limit: 1 });
  expect([page.total, page.items.length]).toEqual([3, 1]);
});
