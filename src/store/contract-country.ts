import { expect, test } from 'vitest';
import { haversineKm } from './cluster-match.js';
import { corpus } from './contract-query.js';
import type { QueryContractDeps } from './contract-query.js';
import { dropApiSummaries } from './api-summaries-undo.js';
import { migrate } from './migrations.js';
import { countEvents, queryEventPage, queryEvents } from './read.js';
import type { SqlDb } from './sql.js';
import { sqlStore } from './sql-store.js';
import { PLACES } from './test-bundles.js';
import { wordPageIds, wordPageSql } from './word-page.js';
import type { WordPagePlan } from './word-page.js';
import type { EventFilter, Store } from './types.js';

/**
 * The per-country pairs and summaries (migrations 15, 16) and the `near` page cut in SQL, run inside
 * `runStoreContract`'s describe block for every backend, over the query contract's corpus: an
 * Aleppo shelling by Syrian government forces reported twice, a Damascus protest (protesters →
 * Syria) and Geneva talks (Russia → United States, in Switzerland).
 */
export function runCountryContract({ fresh, freshDb, track }: QueryContractDeps): void {
  /** The corpus over a raw database the test can also change directly. */
  const corpusDb = async (): Promise<{ db: SqlDb; store: Store }> => {
    const db = await freshDb();
    const store = await sqlStore(db);
    track(store);
    await corpus(store);
    return { db, store };
  };

  test.each<[string, EventFilter, string[]]>([
    ['located in the country', { country: 'CHE' }, ['CONSULT']],
    ["an actor's country", { country: 'RUS' }, ['CONSULT']],
    ["a recipient's country", { country: 'USA' }, ['CONSULT']],
    ['located there or an actor of it, counted once', { country: 'SYR' }, ['PROTEST', 'ASSAULT']],
    ['case-insensitive', { country: 'syr' }, ['PROTEST', 'ASSAULT']],
    ['with other filters', { country: 'SYR', type: ['ASSAULT'] }, ['ASSAULT']],
    ['sorted', { country: 'SYR', sort: 'date', order: 'asc' }, ['ASSAULT', 'PROTEST']],
    ['no such country', { country: 'FRA' }, []],
  ])('country filter: %s', async (_label, filter, types) => {
    const store = await corpus(await fresh());
    const page = await store.eventPage({ ...filter, limit: 10, offset: 0 });
    expect([(await store.events(filter)).map((e) => e.type), await store.countEvents(filter), page.total, page.items.map((e) => e.type)]).toEqual([types, types.length, types.length, types]);
  });

  /** Every summarised country aggregate equals the grouped clusters (`minSources: 1` matches every event and forces the grouping). */
  const sameAsGrouped = async (store: Store, country: string): Promise<void> => {
    const grouped = { country, minSources: 1 };
    expect([
      await store.timeline({ country }, 'day'),
      await store.timeline({ country }, 'week'),
      await store.timeline({ country, since: '2016-05-04', until: '2016-06-30' }, 'week'),
      await store.network({ country }, 10),
      await store.map({ country }, 10),
      await store.map({ country, type: ['ASSAULT'] }, 10),
    ]).toEqual([
      await store.timeline(grouped, 'day'),
      await store.timeline(grouped, 'week'),
      await store.timeline({ ...grouped, since: '2016-05-04', until: '2016-06-30' }, 'week'),
      await store.network(grouped, 10),
      await store.map(grouped, 10),
      await store.map({ ...grouped, type: ['ASSAULT'] }, 10),
    ]);
  };

  /** The actor timeline (summarised for a name one actor holds) equals the grouped clusters. */
  const actorSameAsGrouped = async (store: Store, actorName: string): Promise<void> => {
    const grouped = { actorName, minSources: 1 };
    const range = { since: '2016-05-04', until: '2016-06-30' };
    expect([
      await store.timeline({ actorName }, 'day'),
      await store.timeline({ actorName }, 'week'),
      await store.timeline({ actorName, ...range, type: ['ASSAULT', 'PROTEST'] }, 'week'),
    ]).toEqual([await store.timeline(grouped, 'day'), await store.timeline(grouped, 'week'), await store.timeline({ ...grouped, ...range, type: ['ASSAULT', 'PROTEST'] }, 'week')]);
  };

  test.each(['Syrian government forces', 'Protesters', 'Syria', 'United States', 'Nobody'])('actor timeline summaries equal the grouped clusters after ingest and merges: %s', async (name) => {
    const store = await corpus(await fresh());
    await actorSameAsGrouped(store, name);
  });

  test.each(['SYR', 'RUS', 'USA', 'CHE', 'FRA'])('country summaries equal the grouped clusters after ingest and merges: %s', async (country) => {
    const store = await corpus(await fresh());
    await sameAsGrouped(store, country);
  });

  test('country summaries and pairs follow a cluster whose country, start day, place and dead change', async () => {
    const { db, store } = await corpusDb();
    const [aleppo] = await store.events({ type: ['ASSAULT'] });
    const id = aleppo?.id ?? '';
    // A merge can move a cluster's place to another country; Syria still counts it through its actor.
    await db.run("UPDATE clusters SET country = 'TUR', date_start = '2016-04-20', sort_key = '2016-04-20' WHERE id = ?", [id]);
    await db.run('UPDATE clusters SET dead = 30, sources = 5 WHERE id = ?', [id]);
    await db.run("UPDATE clusters SET place_id = (SELECT id FROM places WHERE name = 'Damascus') WHERE id = ?", [id]);
    expect([(await store.events({ country: 'TUR' })).map((e) => e.id), await store.countEvents({ country: 'SYR' })]).toEqual([[id], 2]);
    for (const country of ['SYR', 'TUR', 'RUS']) await sameAsGrouped(store, country);
    await actorSameAsGrouped(store, 'Syrian government forces');
    // Geneva's place leaves Switzerland: no actor holds it there, so the pair goes.
    await db.run("UPDATE clusters SET country = 'FRA' WHERE type = 'CONSULT'");
    expect([await store.countEvents({ country: 'CHE' }), await store.countEvents({ country: 'FRA' })]).toEqual([0, 1]);
    for (const country of ['CHE', 'FRA', 'USA']) await sameAsGrouped(store, country);
  });

  test('a database from version 14 upgrades in place: country pairs and summaries backfilled, actor pairs indexed by cluster, clusters counted', async () => {
    const { db, store } = await corpusDb();
    await dropApiSummaries(db);
    await migrate(db);
    const stats = await store.stats();
    expect([await store.countEvents({ country: 'SYR' }), stats.events, stats.eventsByType, stats.eventsByStatus]).toEqual([2, 3, { ASSAULT: 1, CONSULT: 1, PROTEST: 1 }, { occurred: 3 }]);
    for (const country of ['SYR', 'RUS', 'CHE']) await sameAsGrouped(store, country);
    await actorSameAsGrouped(store, 'Syrian government forces');
  });

  test.each<[string, EventFilter]>([
    ['an actor substring', { actor: 'syria' }],
    ['an actor sector code, sorted by dead', { actor: 'gov', sort: 'dead' }],
    ['an actor matching nothing', { actor: 'nobody' }],
    ['a country', { country: 'SYR', sort: 'date', order: 'asc' }],
    ['a country and a type', { country: 'syr', type: ['PROTEST'] }],
    ['a word', { text: 'aleppo' }],
    ['a word in two reports of one event, and a type', { text: 'aleppo', type: ['ASSAULT', 'PROTEST'] }],
    ['an exact actor name', { actorName: 'Syria' }],
    ['an exact actor name and a type, sorted by sources', { actorName: 'Russia', type: ['CONSULT'], sort: 'sources' }],
  ])('a page walked along the sort index, or looked up as few matches, equals the collected page (SQLite walks for broad filters, PostgreSQL for a word): %s', async (_label, filter) => {
    const { db } = await corpusDb();
    const paged = { ...filter, limit: 10, offset: 0 };
    // A huge match count makes the walk look cheaper, whatever the corpus's size; a count of 1 is few matches.
    const walked = (await queryEvents(db, paged, 1e9)).map((e) => e.id);
    const few = (await queryEvents(db, paged, 1)).map((e) => e.id);
    const collected = (await queryEvents(db, paged)).map((e) => e.id);
    expect([walked, few]).toEqual([collected, collected]);
  });

  // "on" is in the evidence of all three located clusters: with a page of one, end × 3 clusters < 3²,
  // so the walk's branch is taken when allowed; the plans force the other branches.
  test.each<[string, WordPagePlan, EventFilter]>([
    ['walked', { walkMin: 0, fewMax: 0 }, { text: 'on', limit: 1, offset: 0 }],
    ['walked, second page, sorted by dead ascending', { walkMin: 0, fewMax: 0 }, { text: 'on', limit: 1, offset: 1, sort: 'dead', order: 'asc' }],
    ['looked up as few', { walkMin: 1e9, fewMax: 1e9 }, { text: 'on', limit: 2, offset: 1, sort: 'sources' }],
    ['collected', { walkMin: 1e9, fewMax: 0 }, { text: 'on', limit: 10, offset: 0, sort: 'date', order: 'asc' }],
    ['past the end', { walkMin: 0, fewMax: 1e9 }, { text: 'on', limit: 10, offset: 5 }],
    ['a word in two reports of one event', { walkMin: 0, fewMax: 0 }, { text: 'aleppo', limit: 1, offset: 0 }],
    ['no match', { walkMin: 0, fewMax: 1e9 }, { text: 'zzqx', limit: 10, offset: 0 }],
  ])('a word page in one statement (count and page over the matches read once) equals the count and the collected page: %s', async (_label, plan, filter) => {
    const { db } = await corpusDb();
    const expected = { total: await countEvents(db, filter), ids: (await queryEvents(db, filter)).map((e) => e.id) };
    const words = wordPageSql(filter, plan, db.dialect);
    const [row] = words ? await db.all(words.sql, words.params) : [];
    const got = { total: Number(row?.['total']), ids: wordPageIds(row?.['ids']) };
    const page = await queryEventPage(db, filter);
    expect([got, { total: page.total, ids: page.items.map((e) => e.id) }]).toEqual([expected, expected]);
  });

  const toAleppo = (from: { lat: number; lon: number }): number => haversineKm(from.lat, from.lon, PLACES.aleppo.lat, PLACES.aleppo.lon);
  test.each<[string, () => NonNullable<EventFilter['near']>, string[]]>([
    ['a wide circle', () => ({ lat: 35, lon: 37, km: 300 }), ['PROTEST', 'ASSAULT']],
    ['a radius just over the distance', () => ({ ...PLACES.damascus, km: toAleppo(PLACES.damascus) * 1.000001 }), ['PROTEST', 'ASSAULT']],
    ['a radius just under the distance', () => ({ ...PLACES.damascus, km: toAleppo(PLACES.damascus) * 0.999999 }), ['PROTEST']],
    ['the exact distance: inside (the JavaScript check decides)', () => ({ ...PLACES.damascus, km: toAleppo(PLACES.damascus) }), ['PROTEST', 'ASSAULT']],
    ['a hair under the exact distance: outside', () => ({ ...PLACES.damascus, km: toAleppo(PLACES.damascus) * (1 - 1e-13) }), ['PROTEST']],
    ['inside the box but outside the circle (the box corner)', () => ({ lat: PLACES.aleppo.lat - 1.9, lon: PLACES.aleppo.lon - 2.4, km: 300 }), ['PROTEST']],
  ])('near: %s', async (_label, circle, types) => {
    const store = await corpus(await fresh());
    const near = circle();
    const page = await store.eventPage({ near, limit: 10, offset: 0 });
    const second = await store.eventPage({ near, limit: 1, offset: 1 });
    expect([page.items.map((e) => e.type), page.total, second.items.map((e) => e.type), await store.countEvents({ near })]).toEqual([types, types.length, types.slice(1, 2), types.length]);
  });
}
