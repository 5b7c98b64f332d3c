import { expect, test } from 'vitest';
import { migrate } from './migrations.js';
import type { SqlDb } from './sql.js';
import { sqlStore } from './sql-store.js';
import { actor, PLACES, testBundle } from './test-bundles.js';
import type { EventFilter, Store } from './types.js';

/** How {@link runQueryContract} gets a store and a raw database (both start empty). */
export interface QueryContractDeps {
  fresh: () => Promise<Store>;
  freshDb: () => Promise<SqlDb>;
  /** Registers a store opened over `freshDb` so it is closed after the test. */
  track: (store: Store) => void;
}

const ALEPPO = ['Syrian government forces shelled rebel-held districts of Aleppo on Tuesday, killing at least 12 people, activists said.', 'Residents fled the city.'];
const ALEPPO_AGAIN = ['Helicopters dropped barrel bombs on eastern Aleppo, a monitoring group reported.', 'At least 14 civilians died in the raids, rescuers said.'];
const DAMASCUS = ['Thousands marched in Damascus on Friday to demand the release of detainees held by the security services.', 'Security forces watched.'];
const GENEVA = ['Russian and American envoys met in Geneva on Monday to discuss a truce for Syria.', 'No agreement was reached.'];

/**
 * Three events: an Aleppo shelling reported twice (12 and then 14 dead: the cluster's figure is
 * the larger, set when the second report merges), a Damascus protest and Geneva talks.
 */
export async function corpus(store: Store): Promise<Store> {
  const shelling = { actors: [actor('Syrian government forces', 'SYR', 'GOV')], location: PLACES.aleppo, date: '2016-05-03', dead: 12 };
  await store.ingest(testBundle(ALEPPO, [[0, 'shelled', shelling]]));
  await store.ingest(testBundle(ALEPPO_AGAIN, [[0, 'dropped', { ...shelling, date: '2016-05-04', dead: 14 }]]));
  await store.ingest(
    testBundle(DAMASCUS, [[0, 'marched', { type: 'PROTEST', actors: [actor('Protesters', 'SYR', 'CVL')], recipients: [actor('Syria', 'SYR', 'GOV')], location: PLACES.damascus, date: '2016-06-10', goldstein: -6.5 }]]),
  );
  await store.ingest(
    testBundle(GENEVA, [[0, 'met', { type: 'CONSULT', actors: [actor('Russia', 'RUS', 'GOV')], recipients: [actor('United States', 'USA', 'GOV')], location: PLACES.geneva, date: '2016-02-01' }]]),
  );
  return store;
}

/**
 * The query half of the store contract (sorting, totals, full-text search, the network summary),
 * run inside `runStoreContract`'s describe block for every backend.
 */
export function runQueryContract({ fresh, freshDb, track }: QueryContractDeps): void {
  test.each<[string, EventFilter, string[]]>([
    ['date (default), newest first', {}, ['PROTEST', 'ASSAULT', 'CONSULT']],
    ['date ascending', { sort: 'date', order: 'asc' }, ['CONSULT', 'ASSAULT', 'PROTEST']],
    ['type descending', { sort: 'type' }, ['PROTEST', 'CONSULT', 'ASSAULT']],
    ['dead, most first; none last, ties newest first', { sort: 'dead' }, ['ASSAULT', 'PROTEST', 'CONSULT']],
    ['dead ascending is the exact reverse', { sort: 'dead', order: 'asc' }, ['CONSULT', 'PROTEST', 'ASSAULT']],
    ['sources, most first', { sort: 'sources' }, ['ASSAULT', 'PROTEST', 'CONSULT']],
    ['goldstein, most cooperative first', { sort: 'goldstein' }, ['CONSULT', 'PROTEST', 'ASSAULT']],
    ['goldstein ascending', { sort: 'goldstein', order: 'asc' }, ['ASSAULT', 'PROTEST', 'CONSULT']],
    ['country of the place ascending', { sort: 'country', order: 'asc' }, ['CONSULT', 'ASSAULT', 'PROTEST']],
    ['first actor descending', { sort: 'actor' }, ['ASSAULT', 'CONSULT', 'PROTEST']],
    ['first actor ascending', { sort: 'actor', order: 'asc' }, ['PROTEST', 'CONSULT', 'ASSAULT']],
    ['a page of a sorted list', { sort: 'dead', limit: 1, offset: 1 }, ['PROTEST']],
    ['a filtered sorted list', { sort: 'goldstein', order: 'asc', type: ['PROTEST', 'CONSULT'] }, ['PROTEST', 'CONSULT']],
    ['a sorted near filter', { sort: 'goldstein', near: { lat: 36.3, lon: 37.2, km: 5000 } }, ['CONSULT', 'PROTEST', 'ASSAULT']],
  ])('events sort: %s', async (_label, filter, types) => {
    const store = await corpus(await fresh());
    expect((await store.events(filter)).map((e) => e.type)).toEqual(types);
  });

  test('the dead figure a list sorts by is the one its rows show (the largest any report gives)', async () => {
    const store = await corpus(await fresh());
    expect((await store.events({ sort: 'dead' })).map((e) => e.dead)).toEqual([14, null, null]);
  });

  test('a database from version 7 upgrades in place with its sort values backfilled', async () => {
    const db = await freshDb();
    await migrate(db, 7);
    await db.run("INSERT INTO documents (id, uri, text, source_gz, ingested_at) VALUES ('d1', 'mem:old', 'Old text.', ?, '2020-01-01')", [new Uint8Array([31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0])]);
    await db.run("INSERT INTO actors (id, name, country, sector) VALUES ('a1', 'Zeta militia', NULL, NULL), ('a2', 'Alpha police', NULL, NULL)");
    const insert = 'INSERT INTO events (id, document_id, local_id, type, cameo, goldstein, status, date_start, date_end, coded, dead, cluster_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
    await db.run(insert, ['d1:ev1', 'd1', 'ev1', 'ASSAULT', '190', -10, 'occurred', '2020-01-01', '2020-01-01', '{}', 3, 'd1:ev1']);
    await db.run(insert, ['d1:ev2', 'd1', 'ev2', 'ASSAULT', '190', -10, 'occurred', '2020-01-02', '2020-01-02', '{}', 7, 'd1:ev2']);
    await db.run("INSERT INTO event_actors (event_id, role, ord, actor_id) VALUES ('d1:ev1', 'actor', 0, 'a1'), ('d1:ev2', 'actor', 0, 'a2')");
    const cluster = "INSERT INTO clusters (id, type, status_class, status, goldstein, date_start, date_end, sort_key, actor_keys, sources, reports) VALUES (?, 'ASSAULT', 'factual', 'occurred', -10, ?, ?, ?, '[]', 1, 1)";
    await db.run(cluster, ['d1:ev1', '2020-01-01', '2020-01-01', '2020-01-01']);
    await db.run(cluster, ['d1:ev2', '2020-01-02', '2020-01-02', '2020-01-02']);
    const store = await sqlStore(db);
    track(store);
    expect([(await store.events({ sort: 'dead', order: 'asc' })).map((e) => e.id), (await store.events({ sort: 'actor', order: 'asc' })).map((e) => e.id)]).toEqual([
      ['d1:ev1', 'd1:ev2'],
      ['d1:ev2', 'd1:ev1'],
    ]);
  });

  test.each<[string, string, string[]]>([
    ['words in any order and case', 'MET envoys', ['CONSULT']],
    ['a word of a longer word does not match', 'envoy', []],
    ['every word in one evidence sentence', 'envoys reached', []],
    ['punctuation splits words, as in the text', 'rebel-held', ['ASSAULT']],
    ['the words of either report of a merged event', 'barrel bombs', ['ASSAULT']],
    ['search operators are plain words', 'envoys NOT met', []],
    ['a query without words matches nothing', '%%', []],
  ])('full-text q: %s', async (_label, text, types) => {
    const store = await corpus(await fresh());
    expect((await store.events({ text })).map((e) => e.type)).toEqual(types);
  });

  test('full-text count and timeline agree with the list', async () => {
    const store = await corpus(await fresh());
    expect([await store.countEvents({ text: 'aleppo' }), (await store.timeline({ text: 'aleppo' }, 'day')).map((b) => [b.period, b.events])]).toEqual([1, [['2016-05-03', 1]]]);
  });

  /** The corpus plus a re-ingest (a no-op) and a third Aleppo report dated earlier, which moves the cluster's start day. */
  const grown = async (): Promise<Store> => {
    const store = await corpus(await fresh());
    await store.ingest(testBundle(ALEPPO, [[0, 'shelled', { actors: [actor('Syrian government forces', 'SYR', 'GOV')], location: PLACES.aleppo, date: '2016-05-03', dead: 12 }]]));
    await store.ingest(
      testBundle(['Government aircraft struck rebel-held eastern Aleppo, the opposition said.', 'The strikes went on.'], [
        [0, 'struck', { actors: [actor('Syrian government forces', 'SYR', 'GOV')], recipients: [actor('Rebels', 'SYR', 'REB')], location: PLACES.aleppo, date: '2016-05-02' }],
      ]),
    );
    return store;
  };

  test('summaries kept by triggers answer as the unsummarised path does (minSources 1 matches every event)', async () => {
    const store = await grown();
    const all = { minSources: 1 };
    expect([
      await store.network({}, 50),
      await store.timeline({}, 'day'),
      await store.timeline({ since: '2016-05-03', until: '2016-12-31' }, 'week'),
      await store.timeline({ type: ['ASSAULT'] }, 'day'),
      await store.timeline({}, 'week'),
      await store.timeline({ since: '2016-05-04', type: ['ASSAULT', 'PROTEST'] }, 'week'),
      await store.timeline({ until: '2016-06-08' }, 'week'),
      await store.timeline({ since: '2016-05-02', until: '2016-06-12' }, 'week'),
      await store.network({ type: ['ASSAULT', 'consult'] }, 50),
    ]).toEqual([
      await store.network(all, 50),
      await store.timeline(all, 'day'),
      await store.timeline({ ...all, since: '2016-05-03', until: '2016-12-31' }, 'week'),
      await store.timeline({ ...all, type: ['ASSAULT'] }, 'day'),
      await store.timeline(all, 'week'),
      await store.timeline({ ...all, since: '2016-05-04', type: ['ASSAULT', 'PROTEST'] }, 'week'),
      await store.timeline({ ...all, until: '2016-06-08' }, 'week'),
      await store.timeline({ ...all, since: '2016-05-02', until: '2016-06-12' }, 'week'),
      await store.network({ ...all, type: ['ASSAULT', 'consult'] }, 50),
    ]);
  });

  test('a merged report that starts earlier moves its event on the timeline', async () => {
    const store = await grown();
    expect((await store.timeline({ type: ['ASSAULT'] }, 'day')).map((b) => [b.period, b.events])).toEqual([['2016-05-02', 1]]);
  });

  /** A joint meeting (PLOVER's compound actors: every participant an actor, no recipient). */
  const JOINT = testBundle(['Russia and the United States met in Geneva on Monday.', 'They spoke for hours.'], [
    [0, 'met', { type: 'CONSULT', actors: [actor('Russia', 'RUS', 'GOV'), actor('United States', 'USA', 'GOV')], location: PLACES.geneva, date: '2016-09-12' }],
  ]);
  const jointEdges = (edges: Awaited<ReturnType<Store['network']>>): [string, string, number][] =>
    edges.filter((e) => e.source.name !== e.target.name && ['Russia', 'United States'].includes(e.source.name) && ['Russia', 'United States'].includes(e.target.name)).map((e) => [e.source.name, e.target.name, e.events]);

  test.each<[string, EventFilter]>([
    ['the network summary', {}],
    ['the per-type summary', { type: ['CONSULT'] }],
    ['the filtered path', { minSources: 1 }],
  ])('a joint event is one edge per ordered pair of its actors: %s', async (_label, filter) => {
    const store = await fresh();
    await store.ingest(JOINT);
    expect(jointEdges(await store.network(filter, 50)).sort()).toEqual([['Russia', 'United States', 1], ['United States', 'Russia', 1]]);
  });

  test('a database from version 13 gets the pairs of its stored joint events', async () => {
    const db = await freshDb();
    await migrate(db, 13);
    await db.run("INSERT INTO documents (id, uri, text, source_gz, ingested_at) VALUES ('d1', 'mem:old', 'Old text.', ?, '2020-01-01')", [new Uint8Array([31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0])]);
    await db.run("INSERT INTO actors (id, name, country, sector) VALUES ('a1', 'Russia', 'RUS', 'GOV'), ('a2', 'United States', 'USA', 'GOV')");
    await db.run("INSERT INTO events (id, document_id, local_id, type, cameo, goldstein, status, date_start, date_end, coded, cluster_id) VALUES ('d1:ev1', 'd1', 'ev1', 'CONSULT', '040', 1, 'occurred', '2020-01-01', '2020-01-01', '{}', 'd1:ev1')");
    await db.run("INSERT INTO event_actors (event_id, role, ord, actor_id) VALUES ('d1:ev1', 'actor', 0, 'a1'), ('d1:ev1', 'actor', 1, 'a2')");
    await db.run("INSERT INTO clusters (id, type, status_class, status, goldstein, date_start, date_end, sort_key, actor_keys, sources, reports) VALUES ('d1:ev1', 'CONSULT', 'factual', 'occurred', 1, '2020-01-01', '2020-01-01', '2020-01-01', '[]', 1, 1)");
    const before = await db.all('SELECT source_name FROM pair_stats');
    const store = await sqlStore(db);
    track(store);
    expect([before.length, jointEdges(await store.network({}, 50)).sort(), jointEdges(await store.network({ type: ['CONSULT'] }, 50)).sort()]).toEqual([
      0,
      [['Russia', 'United States', 1], ['United States', 'Russia', 1]],
      [['Russia', 'United States', 1], ['United States', 'Russia', 1]],
    ]);
  });

  test('network and places summaries equal a recount from the stored reports', async () => {
    const db = await freshDb();
    const store = await sqlStore(db);
    track(store);
    await corpus(store);
    await store.ingest(testBundle(['Rebels fired at government troops near Aleppo.', 'Nobody was hurt.'], [[0, 'fired', { type: 'FIGHT', actors: [actor('Rebels', 'SYR', 'REB')], recipients: [actor('Syrian government forces', 'SYR', 'GOV')], location: PLACES.aleppo, date: '2016-07-01' }]]));
    const pairs = await db.all(
      `SELECT a.name AS source, b.name AS target, COUNT(DISTINCT c.id) AS n FROM clusters c
         JOIN event_actors ea ON ea.event_id = c.id AND ea.role = 'actor' JOIN actors a ON a.id = ea.actor_id
         JOIN event_actors er ON er.event_id = c.id AND er.role = 'recipient' JOIN actors b ON b.id = er.actor_id
       GROUP BY a.name, a.country, b.name, b.country ORDER BY n DESC, a.name, b.name`,
    );
    const places = await db.all('SELECT p.name, COUNT(*) AS n FROM clusters c JOIN events rep ON rep.id = c.id JOIN places p ON p.id = rep.place_id GROUP BY p.id, p.name ORDER BY n DESC, p.name');
    expect([(await store.network({}, 50)).map((e) => [e.source.name, e.target.name, e.events]), (await store.places(50)).map((p) => [p.name, p.events])]).toEqual([
      pairs.map((r) => [r['source'], r['target'], Number(r['n'])]),
      places.map((r) => [r['name'], Number(r['n'])]),
    ]);
  });
}
