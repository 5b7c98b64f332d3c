import { expect, test } from 'vitest';
import { dropApiSummaries } from './api-summaries-undo.js';
import { corpus } from './contract-query.js';
import { migrate } from './migrations.js';
import { sqlStore } from './sql-store.js';
import type { QueryContractDeps } from './contract-query.js';
import type { EventFilter } from './types.js';

/**
 * The map aggregate and the exact actor-name filter (migration 11), run inside
 * `runStoreContract`'s describe block for every backend, over the query contract's corpus: an
 * Aleppo shelling reported twice (14 dead at most, two sources), a Damascus protest (protesters →
 * Syria) and Geneva talks (Russia → United States).
 */
export function runMapContract({ fresh, freshDb, track }: QueryContractDeps): void {
  test.each<[string, EventFilter, number, [string, number, number, number, Record<string, number>][]]>([
    ['every located event, busiest first (ties by name)', {}, 10, [['Aleppo', 1, 14, 2, { ASSAULT: 1 }], ['Damascus', 1, 0, 1, { PROTEST: 1 }], ['Geneva', 1, 0, 1, { CONSULT: 1 }]]],
    ['a type filter', { type: ['ASSAULT'] }, 10, [['Aleppo', 1, 14, 2, { ASSAULT: 1 }]]],
    ["an actor's country", { country: 'RUS' }, 10, [['Geneva', 1, 0, 1, { CONSULT: 1 }]]],
    ['word search', { text: 'marched' }, 10, [['Damascus', 1, 0, 1, { PROTEST: 1 }]]],
    ['the limit keeps the busiest', {}, 1, [['Aleppo', 1, 14, 2, { ASSAULT: 1 }]]],
  ])('map: %s', async (_label, filter, limit, expected) => {
    const store = await corpus(await fresh());
    const map = await store.map(filter, limit);
    expect(map.places.map((p) => [p.name, p.events, p.dead, p.sources, p.types])).toEqual(expected);
  });

  test('map: the unfiltered summary equals the grouped clusters after merges (minSources 1 matches every event)', async () => {
    const store = await corpus(await fresh());
    expect(await store.map({}, 10)).toEqual(await store.map({ minSources: 1 }, 10));
  });

  test('map: totals count the places and events past the limit', async () => {
    const store = await corpus(await fresh());
    const { located, totalPlaces, places } = await store.map({}, 1);
    expect([located, totalPlaces, places.length]).toEqual([3, 3, 1]);
  });

  test.each<[string, string[]]>([
    ['a place renamed by hand (the unfiltered map reads the name from its folded row, migration 25)', ["UPDATE places SET name = 'Halab', admin1 = 'Halab Governorate' WHERE name = 'Aleppo'"]],
    ['a place moved and re-ranked by hand', ["UPDATE places SET lat = 1.5, lon = 2.5, place_precision = 'country', name = 'Zurich' WHERE name = 'Damascus'"]],
    ["a cluster moved to another place (the fold copies the new place's columns)", ["UPDATE clusters SET place_id = (SELECT id FROM places WHERE name = 'Geneva') WHERE type = 'PROTEST'"]],
  ])('map: the unfiltered summary equals the grouped clusters after %s', async (_label, statements) => {
    const db = await freshDb();
    const opened = await sqlStore(db);
    track(opened);
    const store = await corpus(opened);
    for (const sql of statements) await db.run(sql);
    expect(await store.map({}, 10)).toEqual(await store.map({ minSources: 1 }, 10));
  });

  test("map: an upgrade in place (migrations 15 to 22 and 25 taken off, then applied) fills the folded rows' place columns", async () => {
    const db = await freshDb();
    const opened = await sqlStore(db);
    track(opened);
    const store = await corpus(opened);
    const before = await store.map({}, 10);
    await dropApiSummaries(db);
    await migrate(db);
    expect([await store.map({}, 10), await store.map({ minSources: 1 }, 10)]).toEqual([before, before]);
  });

  test.each<[string, string, string[]]>([
    ['an exact name', 'Russia', ['CONSULT']],
    ['a recipient', 'United States', ['CONSULT']],
    ['not a substring ("Syria" is not "Syrian government forces")', 'Syria', ['PROTEST']],
    ['case-sensitive', 'russia', []],
  ])('actorName: %s', async (_label, name, types) => {
    const store = await corpus(await fresh());
    expect([(await store.events({ actorName: name })).map((e) => e.type), await store.countEvents({ actorName: name })]).toEqual([types, types.length]);
  });

  test.each<[string, EventFilter]>([
    ['a name substring', { actor: 'syria' }],
    ['a sector code', { actor: 'gov' }],
    ['an exact name', { actorName: 'Syrian government forces' }],
  ])('an actor-only count (from the actor → cluster pairs) equals the list: %s', async (_label, filter) => {
    const store = await corpus(await fresh());
    expect(await store.countEvents(filter)).toBe((await store.events(filter)).length);
  });

  test('a database from version 10 upgrades in place: clusters placed, words found, weeks summed', async () => {
    const db = await freshDb();
    await migrate(db, 10);
    await db.run("INSERT INTO documents (id, uri, text, source_gz, ingested_at) VALUES ('d1', 'mem:old', 'Old text.', ?, '2020-01-01')", [new Uint8Array([31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0])]);
    await db.run("INSERT INTO places (id, name, country, admin1, lat, lon, place_precision) VALUES ('p1', 'Homs', 'SYR', NULL, 34.73, 36.71, 'city')");
    await db.run(
      "INSERT INTO events (id, document_id, local_id, type, cameo, goldstein, status, place_id, date_start, date_end, coded, dead, cluster_id) VALUES ('d1:ev1', 'd1', 'ev1', 'ASSAULT', '190', -10, 'occurred', 'p1', '2020-01-01', '2020-01-01', '{}', 3, 'd1:ev1')",
    );
    await db.run(
      "INSERT INTO clusters (id, type, status_class, status, goldstein, date_start, date_end, sort_key, actor_keys, sources, reports) VALUES ('d1:ev1', 'ASSAULT', 'factual', 'occurred', -10, '2020-01-01', '2020-01-01', '2020-01-01', '[]', 1, 1)",
    );
    await db.run(
      "INSERT INTO evidence (event_id, ord, document_id, sentence, text, text_start, text_end, trigger_text, trigger_start, trigger_end) VALUES ('d1:ev1', 0, 'd1', 0, 'Shells hit Homs.', 0, 16, 'hit', 7, 10)",
    );
    const store = await sqlStore(db);
    track(store);
    expect([(await store.map({}, 10)).places.map((p) => [p.name, p.events, p.dead]), (await store.events({ text: 'homs' })).map((e) => e.id), await store.timeline({}, 'week')]).toEqual([
      [['Homs', 1, 3]],
      ['d1:ev1'],
      [{ period: '2019-12-30', type: 'ASSAULT', events: 1, cooperation: 0, conflict: 1, goldstein: -10 }],
    ]);
  });
}
