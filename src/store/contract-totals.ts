import { expect, test } from 'vitest';
import { corpus } from './contract-query.js';
import { queryEventPage } from './read.js';
import type { SqlDb } from './sql.js';
import { sqlStore } from './sql-store.js';
import { actor, PLACES, testBundle } from './test-bundles.js';
import type { EventFilter, Store } from './types.js';

/** How {@link runTotalsContract} gets a raw database (empty) and closes the store opened over it. */
export interface TotalsContractDeps {
  freshDb: () => Promise<SqlDb>;
  /** Registers a store opened over `freshDb` so it is closed after the test. */
  track: (store: Store) => void;
}

/**
 * The capped total of a filter with `actor` (`EventPage.totalExact`), with a small cap so a few
 * events cross it. The corpus holds four clusters with a government actor (sector GOV): the
 * Aleppo shelling (one), the Damascus protest (its recipient), and two Geneva talks between Russia
 * and the United States (two each): six actor-event pairs, so the count must de-duplicate.
 * PostgreSQL counts few pairs by hashing them and many by walking them in cluster order: caps of
 * 3 and more take the first way here, caps of 1 and 2 the second.
 */
export function runTotalsContract({ freshDb, track }: TotalsContractDeps): void {
  const talks = ['Russian and American envoys met again in Geneva on Thursday to extend the truce.', 'Both sides called it progress.'];
  const opened = async (): Promise<SqlDb> => {
    const db = await freshDb();
    const store = await sqlStore(db);
    track(store);
    await corpus(store);
    await store.ingest(testBundle(talks, [[0, 'met', { type: 'CONSULT', actors: [actor('Russia', 'RUS', 'GOV')], recipients: [actor('United States', 'USA', 'GOV')], location: PLACES.geneva, date: '2016-09-01' }]]));
    return db;
  };

  test.each<[string, EventFilter, number, number, boolean]>([
    ['under the cap: exact', { actor: 'gov' }, 10, 4, true],
    ['at the cap: exact', { actor: 'gov' }, 4, 4, true],
    ['one over the cap (pairs hashed on PostgreSQL)', { actor: 'gov' }, 3, 3, false],
    ['far over the cap (pairs walked on PostgreSQL)', { actor: 'gov' }, 1, 1, false],
    ['a name substring over the cap', { actor: 'r' }, 2, 2, false],
    ['no actor matches', { actor: 'nobody' }, 1, 0, true],
    ['with another filter, under the cap', { actor: 'gov', type: ['CONSULT'] }, 2, 2, true],
    ['with another filter, over the cap', { actor: 'gov', type: ['CONSULT', 'PROTEST'] }, 2, 2, false],
    ['a filter without actor is never capped', { type: ['CONSULT', 'PROTEST'] }, 1, 3, true],
  ])('an actor filter counts up to the cap: %s', async (_label, filter, cap, total, exact) => {
    const db = await opened();
    const page = await queryEventPage(db, { ...filter, limit: 2, offset: 0 }, cap);
    const all = await queryEventPage(db, { ...filter, limit: 100, offset: 0 }, 100);
    // The page itself is never cut by the cap: the same first rows as an uncapped count's page.
    expect([page.total, page.totalExact, page.items.map((e) => e.id)]).toEqual([total, exact, all.items.slice(0, 2).map((e) => e.id)]);
  });

  test.each<[string, EventFilter]>([
    ['unfiltered (the kept fold)', {}],
    ['filtered (grouped clusters)', { minSources: 1 }],
  ])('the map totals count events and places past its limit: %s', async (_label, filter) => {
    const store = await sqlStore(await opened());
    track(store);
    // Four located events at three places (both Geneva talks in Geneva): the counts differ, so neither can stand for the other.
    const { located, totalPlaces, places } = await store.map(filter, 1);
    expect([located, totalPlaces, places.map((p) => [p.name, p.events, p.types])]).toEqual([4, 3, [['Geneva', 2, { CONSULT: 2 }]]]);
  });

  test('a capped page past the cap still lists its events', async () => {
    const db = await opened();
    const page = await queryEventPage(db, { actor: 'gov', limit: 2, offset: 2 }, 1);
    expect([page.total, page.totalExact, page.items.length]).toEqual([1, false, 2]);
  });
}
