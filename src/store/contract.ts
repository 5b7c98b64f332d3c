import { afterEach, describe, expect, test } from 'vitest';
import { runCountryContract } from './contract-country.js';
import { runMapContract } from './contract-map.js';
import { runQueryContract } from './contract-query.js';
import { runTotalsContract } from './contract-totals.js';
import { runWriterContract } from './contract-writer.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { prepareBundle } from './prepare.js';
import type { SqlDb } from './sql.js';
import { sqlStore } from './sql-store.js';
import { actor, PLACES, testBundle } from './test-bundles.js';
import type { EventRow, IngestBundle, Store } from './types.js';

/** Opens the database under test: `fresh` empties it first (every test starts from nothing). */
export type OpenDb = (options: { fresh: boolean }) => Promise<SqlDb>;

const WIRE = [
  'Syrian government forces shelled rebel-held districts of Aleppo on Tuesday, killing at least 12 people, activists said.',
  'The Syrian Observatory for Human Rights said the bombardment hit the Bustan al-Qasr and Sukkari neighbourhoods in the east of the city.',
  'Residents described barrel bombs dropped from helicopters falling on crowded markets as people shopped for food in the afternoon.',
  'Rebel commanders vowed to answer the attack and said their fighters were holding positions along the front line near the old city.',
  'The United Nations has repeatedly called on all sides to stop attacking civilians in the northern city, once Syria’s commercial hub.',
];
/** The same wire copy as another outlet ran it: a new headline and one sentence rewritten. */
const WIRE_UPDATED = ['Aleppo shelling kills 12, say activists', ...WIRE.slice(0, 3), 'Rebel commanders promised to respond and said fighters held their positions along the front.', WIRE[4] as string];
/** Paragraphs an updated version of the wire story appends. */
const UPDATE_ADDS = [
  'Later on Tuesday the death toll rose to 19, the Observatory said, as rescue teams searched the rubble of two apartment blocks for survivors.',
  'A spokesman for the opposition coalition condemned the strikes and urged the Security Council to impose a no-fly zone over the north of the country.',
  'Government media said the army had targeted militant positions and denied hitting residential buildings or markets in the city.',
  'Aid agencies warned that the main road into the eastern districts had been cut for a third day, leaving tens of thousands short of food and fuel.',
  'The fighting has intensified since a partial truce brokered by the United States and Russia collapsed in April after weeks of violations.',
];
const ASSAULT_ALEPPO = { actors: [actor('Syrian government forces', 'SYR', 'GOV')], location: PLACES.aleppo, date: '2016-05-03', dead: 12 };

/** One outlet's own report of the Aleppo shelling (different words, same event). */
const INDEPENDENT = [
  'Helicopters of the Assad government dropped barrel bombs on eastern Aleppo, a monitoring group reported.',
  'At least 14 civilians died in the raids on the opposition-held quarters, according to local rescue workers, who pulled bodies from collapsed buildings.',
];

/**
 * The store contract: every backend (SQLite, PostgreSQL) must pass the same behaviour tests.
 *
 * @example
 * runStoreContract('sqlite', async ({ fresh }) => openSqlite(fresh ? newTempPath() : samePath));
 */
export function runStoreContract(name: string, open: OpenDb): void {
  describe(`store contract: ${name}`, () => {
    const opened: Store[] = [];
    const fresh = async (): Promise<Store> => {
      const store = await sqlStore(await open({ fresh: true }));
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close().catch(() => undefined);
    });

    test('a new database records every migration', async () => {
      const store = await fresh();
      expect(await store.migrations()).toEqual(MIGRATIONS.map((m) => m.version));
    });

    test('a version-1 database upgrades in place and keeps its events', async () => {
      const db = await open({ fresh: true });
      await migrate(db, 1);
      await db.run("INSERT INTO documents (id, uri, text, source_gz, ingested_at) VALUES ('d1', 'mem:old', 'Old text.', ?, '2020-01-01')", [new Uint8Array([31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0])]);
      await db.run("INSERT INTO events (id, document_id, local_id, type, cameo, goldstein, status, date_start, date_end, coded) VALUES ('d1:ev1', 'd1', 'ev1', 'PROTEST', '140', -6.5, 'occurred', '2020-01-01', '2020-01-01', '{}')");
      const store = await sqlStore(db);
      opened.push(store);
      expect(await store.migrations()).toEqual(MIGRATIONS.map((m) => m.version));
      expect((await store.events()).map((e) => [e.id, e.type, e.sources])).toEqual([['d1:ev1', 'PROTEST', 1]]);
    });

    test('an upgraded database is backfilled: newest first with undated last, representative status and score', async () => {
      const db = await open({ fresh: true });
      await migrate(db, 1);
      await db.run("INSERT INTO documents (id, uri, text, source_gz, ingested_at) VALUES ('d1', 'mem:old', 'Old text.', ?, '2020-01-01')", [new Uint8Array([31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0])]);
      const insert = 'INSERT INTO events (id, document_id, local_id, type, cameo, goldstein, status, date_start, date_end, coded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
      await db.run(insert, ['d1:ev1', 'd1', 'ev1', 'PROTEST', '140', -6.5, 'occurred', null, null, '{}']);
      await db.run(insert, ['d1:ev2', 'd1', 'ev2', 'PROTEST', '140', 3, 'planned', '2020-01-01', '2020-01-01', '{}']);
      await db.run(insert, ['d1:ev3', 'd1', 'ev3', 'PROTEST', '140', -2, 'occurred', '2020-02-01', '2020-02-01', '{}']);
      const store = await sqlStore(db);
      opened.push(store);
      const stats = await store.stats();
      expect([
        (await store.events()).map((e) => e.id),
        (await store.events({ status: ['planned'] })).map((e) => e.id),
        stats.eventsByStatus,
        (await store.timeline({}, 'day')).map((b) => [b.period, b.cooperation, b.conflict]),
      ]).toEqual([
        ['d1:ev3', 'd1:ev2', 'd1:ev1'],
        ['d1:ev2'],
        { occurred: 2, planned: 1 },
        [['2020-01-01', 1, 0], ['2020-02-01', 0, 1]],
      ]);
    });

    test('re-ingesting the same page is a no-op', async () => {
      const store = await fresh();
      const bundle = testBundle(WIRE, [[0, 'shelled', ASSAULT_ALEPPO]]);
      const first = await store.ingest(bundle);
      const again = await store.ingest(bundle);
      expect([first.status, again.status, again.events]).toEqual(['new', 'duplicate', 0]);
      expect((await store.stats()).reports).toBe(1);
    });

    test('the source page is kept and evidence offsets resolve in text and source', async () => {
      const store = await fresh();
      const bundle = testBundle(WIRE, [[1, 'said', { type: 'ACCUSE', location: PLACES.aleppo }]]);
      await store.ingest(bundle);
      const doc = await store.getDocument(bundle.document.id);
      const [event] = await store.events();
      const ev = event?.evidence[0];
      expect(doc?.source).toBe(bundle.document.source);
      expect([doc?.text.slice(ev?.start, ev?.end), doc?.source.slice(ev?.sourceStart ?? 0, ev?.sourceEnd ?? 0)]).toEqual([WIRE[1], WIRE[1]]);
    });

    test('a page that fails mid-write leaves nothing behind', async () => {
      const store = await fresh();
      const bundle = testBundle(WIRE, [[0, 'shelled', ASSAULT_ALEPPO]]);
      // A trigger without text violates NOT NULL after the document row is written.
      (bundle.events[0]?.evidence[0]?.trigger as { text: unknown }).text = null;
      await expect(store.ingest(bundle)).rejects.toThrow();
      expect([await store.hasDocument(bundle.document.id), (await store.stats()).documents]).toEqual([false, 0]);
    });

    test('a prepared batch stores the same as ingesting its pages one by one, in one transaction', async () => {
      const pages = [
        testBundle(WIRE, [[0, 'shelled', ASSAULT_ALEPPO]], { url: 'https://wire.example/a' }),
        testBundle(WIRE_UPDATED, [[1, 'shelled', ASSAULT_ALEPPO]], { url: 'https://paper.example/b' }),
        testBundle(INDEPENDENT, [[0, 'dropped', { actors: [actor('Assad government', 'SYR', 'GOV')], location: PLACES.aleppo, date: '2016-05-03', dead: 14 }]]),
      ];
      const oneByOne = await fresh();
      const expected = [];
      for (const page of pages) expected.push(await oneByOne.ingest(page));
      const batched = await fresh();
      const outcomes = await batched.ingestPrepared([...pages, pages[0] as IngestBundle].map(prepareBundle));
      const strip = (rows: EventRow[]): unknown => rows.map((r) => ({ ...r, documents: [...r.documents].sort() }));
      expect([outcomes, strip(await batched.events()), await batched.stats()]).toEqual([
        [...expected, { documentId: pages[0]?.document.id, status: 'duplicate', events: 0, duplicateOf: pages[0]?.document.id }],
        strip(await oneByOne.events()),
        await oneByOne.stats(),
      ]);
    });

    test('a prepared batch that fails mid-write leaves none of its pages behind', async () => {
      const store = await fresh();
      const good = testBundle(WIRE, [[0, 'shelled', ASSAULT_ALEPPO]]);
      const bad = testBundle(INDEPENDENT, [[0, 'dropped', ASSAULT_ALEPPO]]);
      (bad.events[0]?.evidence[0]?.trigger as { text: unknown }).text = null;
      await expect(store.ingestPrepared([good, bad].map(prepareBundle))).rejects.toThrow();
      expect([await store.hasDocument(good.document.id), (await store.stats()).documents]).toEqual([false, 0]);
    });

    test('a near-duplicate page is linked and not counted as another source', async () => {
      const store = await fresh();
      const a = await store.ingest(testBundle(WIRE, [[0, 'shelled', ASSAULT_ALEPPO]], { url: 'https://wire.example/a' }));
      const b = await store.ingest(testBundle(WIRE_UPDATED, [[1, 'shelled', ASSAULT_ALEPPO]], { url: 'https://paper.example/b' }));
      const [event] = await store.events();
      expect([b.status, (await store.documents())[1]?.duplicateOf, event?.sources, event?.reports]).toEqual(['near-duplicate', a.documentId, 1, 2]);
    });

    test('an updated version that adds as much text again is linked to the first', async () => {
      const store = await fresh();
      const a = await store.ingest(testBundle(WIRE, [[0, 'shelled', ASSAULT_ALEPPO]]));
      const update = [...WIRE, ...UPDATE_ADDS];
      const b = await store.ingest(testBundle(update, [[0, 'shelled', ASSAULT_ALEPPO]]));
      expect([b.status, b.duplicateOf]).toEqual(['near-duplicate', a.documentId]);
    });

    test('independent reports of the same event become one cluster with two sources', async () => {
      const store = await fresh();
      await store.ingest(testBundle(WIRE, [[0, 'shelled', ASSAULT_ALEPPO]]));
      await store.ingest(testBundle(INDEPENDENT, [[0, 'dropped', { actors: [actor('Assad government', 'SYR', 'GOV')], location: PLACES.azaz, date: '2016-05-04', dead: 14 }]]));
      const events = await store.events();
      expect(events.map((e) => [e.sources, e.reports, e.dead, e.dateStart, e.dateEnd, e.evidence.length])).toEqual([[2, 2, 14, '2016-05-03', '2016-05-04', 2]]);
    });

    test.each([
      ['another type', { type: 'PROTEST' }],
      ['a place far away', { location: PLACES.damascus }],
      ['a date outside the window', { date: '2016-05-12' }],
      ['another status', { status: 'negated' as const }],
      ['no shared actor', { actors: [actor('Islamic State', 'IMG', 'REB')] }],
    ])('a report with %s starts its own cluster', async (_label, change) => {
      const store = await fresh();
      await store.ingest(testBundle(WIRE, [[0, 'shelled', ASSAULT_ALEPPO]]));
      await store.ingest(testBundle(INDEPENDENT, [[0, 'dropped', { ...ASSAULT_ALEPPO, ...change }]]));
      expect((await store.events()).length).toBe(2);
    });

    /** Three events: Aleppo (two sources), Damascus protest, Geneva talks. */
    const corpus = async (): Promise<Store> => {
      const store = await fresh();
      await store.ingest(testBundle(WIRE, [[0, 'shelled', ASSAULT_ALEPPO]], { published: '2016-05-03' }));
      await store.ingest(testBundle(INDEPENDENT, [[0, 'dropped', { ...ASSAULT_ALEPPO, date: '2016-05-04' }]]));
      await store.ingest(
        testBundle(
          ['Thousands marched in Damascus on Friday to demand the release of detainees held by the security services.', 'Security forces watched.'],
          [[0, 'marched', { type: 'PROTEST', actors: [actor('Protesters', 'SYR', 'CVL')], recipients: [actor('Syria', 'SYR', 'GOV')], location: PLACES.damascus, date: '2016-06-10', goldstein: -6.5 }]],
        ),
      );
      await store.ingest(
        testBundle(
          ['Russian and American envoys met in Geneva on Monday to discuss a truce for Syria.', 'No agreement was reached.'],
          [[0, 'met', { type: 'CONSULT', actors: [actor('Russia', 'RUS', 'GOV')], recipients: [actor('United States', 'USA', 'GOV')], location: PLACES.geneva, date: '2016-02-01' }]],
        ),
      );
      return store;
    };

    test.each([
      ['near Aleppo (50 km)', { near: { lat: 36.3, lon: 37.2, km: 50 } }, ['ASSAULT']],
      ['near Aleppo (5 km) misses it', { near: { lat: 36.6, lon: 37.6, km: 5 } }, []],
      ['since May', { since: '2016-05-01' }, ['PROTEST', 'ASSAULT']],
      ['until May 3 (the range starts then)', { until: '2016-05-03' }, ['ASSAULT', 'CONSULT']],
      ['since and until', { since: '2016-05-05', until: '2016-12-31' }, ['PROTEST']],
      ['two or more sources', { minSources: 2 }, ['ASSAULT']],
      ['actor name', { actor: 'russia' }, ['CONSULT']],
      ['actor sector', { actor: 'CVL' }, ['PROTEST']],
      ['country of an actor', { country: 'usa' }, ['CONSULT']],
      ['country of the place', { country: 'CHE' }, ['CONSULT']],
      ['type', { type: ['protest', 'consult'] }, ['PROTEST', 'CONSULT']],
      ['status', { status: ['negated'] }, []],
    ])('events filter: %s', async (_label, filter, types) => {
      const store = await corpus();
      expect((await store.events(filter)).map((e) => e.type)).toEqual(types);
    });

    test.each([
      ['first page', { limit: 2 }, ['PROTEST', 'ASSAULT']],
      ['second page', { limit: 2, offset: 2 }, ['CONSULT']],
      ['past the end', { limit: 2, offset: 4 }, []],
      ['a page of a near filter', { near: { lat: 36.3, lon: 37.2, km: 5000 }, limit: 1, offset: 1 }, ['ASSAULT']],
      ['evidence text', { text: 'ENVOYS met' }, ['CONSULT']],
      ['evidence text with a wildcard character', { text: '100%' }, []],
    ])('events page: %s', async (_label, filter, types) => {
      const store = await corpus();
      expect((await store.events(filter)).map((e) => e.type)).toEqual(types);
    });

    test.each([
      ['everything', {}, 3],
      ['one type', { type: ['ASSAULT'] }, 3 - 2],
      ['near, exact distance', { near: { lat: 36.3, lon: 37.2, km: 50 } }, 1],
      ['a page does not change the total', { limit: 1, offset: 1 }, 3],
      ['types, any case', { type: ['assault', 'CONSULT'] }, 2],
      ['a status, any case', { status: ['OCCURRED'] }, 3],
      ['a status nothing has', { status: ['planned'] }, 0],
      ['a type and a status', { type: ['PROTEST'], status: ['occurred', 'planned'] }, 1],
    ])('countEvents: %s', async (_label, filter, n) => {
      const store = await corpus();
      expect(await store.countEvents(filter)).toBe(n);
    });

    test('event by id has every report\'s evidence; an unknown id is undefined', async () => {
      const store = await corpus();
      const [assault] = await store.events({ type: ['ASSAULT'] });
      const one = await store.event(assault?.id ?? '');
      expect([one?.evidence.length, await store.event('nope')]).toEqual([2, undefined]);
    });

    test.each([
      ['day', [['2016-02-01', 'CONSULT', 1, 1, 0], ['2016-05-03', 'ASSAULT', 1, 0, 1], ['2016-06-10', 'PROTEST', 1, 0, 1]]],
      ['week', [['2016-02-01', 'CONSULT', 1, 1, 0], ['2016-05-02', 'ASSAULT', 1, 0, 1], ['2016-06-06', 'PROTEST', 1, 0, 1]]],
    ] as const)('timeline by %s: counts per period and type with the balance', async (interval, expected) => {
      const store = await corpus();
      const buckets = await store.timeline({}, interval);
      expect(buckets.map((b) => [b.period, b.type, b.events, b.cooperation, b.conflict])).toEqual(expected);
    });

    test('network: actor to recipient pairs with counts and balance', async () => {
      const store = await corpus();
      const edges = await store.network({}, 10);
      expect(edges.map((e) => [e.source.name, e.target.name, e.events, e.cooperation, e.conflict])).toEqual([
        ['Protesters', 'Syria', 1, 0, 1],
        ['Russia', 'United States', 1, 1, 0],
      ]);
    });

    test('places come with event counts', async () => {
      const store = await corpus();
      expect((await store.places(10)).map((p) => [p.name, p.events])).toEqual([['Aleppo', 1], ['Damascus', 1], ['Geneva', 1]]);
    });

    test('actors come with event counts and their cooperation/conflict balance', async () => {
      const store = await corpus();
      const russia = (await store.actors()).find((a) => a.name === 'Russia');
      const army = (await store.actors()).filter((a) => a.country === 'SYR' && a.sector === 'GOV' && a.asActor > 0);
      expect([russia?.events, russia?.cooperation, russia?.conflict, army.every((a) => a.conflict === 1)]).toEqual([1, 1, 0, true]);
    });

    test('actor and place summaries kept on write equal a recount from the stored reports', async () => {
      const db = await open({ fresh: true });
      const store = await sqlStore(db);
      opened.push(store);
      const army = actor('Syrian government forces', 'SYR', 'GOV');
      await store.ingest(testBundle(WIRE, [[0, 'shelled', ASSAULT_ALEPPO]]));
      await store.ingest(testBundle(INDEPENDENT, [[0, 'dropped', { ...ASSAULT_ALEPPO, date: '2016-05-04', recipients: [army] }]]));
      await store.ingest(testBundle(['Protesters in Damascus demanded that the army withdraw.', 'Nobody answered.'], [[0, 'demanded', { type: 'DEMAND', actors: [actor('Protesters', 'SYR', 'CVL')], recipients: [army], location: PLACES.damascus, date: '2016-06-10', goldstein: 2 }]]));
      const recount = await db.all(
        `SELECT a.name, COUNT(DISTINCT e.cluster_id) AS events,
           COUNT(DISTINCT CASE WHEN ea.role = 'actor' THEN e.cluster_id END) AS as_actor,
           COUNT(DISTINCT CASE WHEN ea.role = 'recipient' THEN e.cluster_id END) AS as_recipient,
           COUNT(DISTINCT CASE WHEN rep.goldstein > 0 THEN e.cluster_id END) AS cooperation,
           COUNT(DISTINCT CASE WHEN rep.goldstein < 0 THEN e.cluster_id END) AS conflict, AVG(rep.goldstein) AS goldstein
         FROM actors a JOIN event_actors ea ON ea.actor_id = a.id JOIN events e ON e.id = ea.event_id JOIN events rep ON rep.id = e.cluster_id
         GROUP BY a.id, a.name ORDER BY a.name`,
      );
      const places = await db.all(
        `SELECT p.name, COUNT(DISTINCT e.cluster_id) AS n FROM places p JOIN events e ON e.place_id = p.id GROUP BY p.name, p.country ORDER BY n DESC, p.name`,
      );
      expect((await store.stats()).topPlaces.map((p) => [p.name, p.events])).toEqual(places.map((r) => [r['name'], Number(r['n'])]));
      const summaries = (await store.actors()).map((a) => [a.name, a.events, a.asActor, a.asRecipient, a.cooperation, a.conflict, a.goldstein]);
      expect(summaries.sort((x, y) => String(x[0]).localeCompare(String(y[0])))).toEqual(
        recount.map((r) => [r['name'], Number(r['events']), Number(r['as_actor']), Number(r['as_recipient']), Number(r['cooperation']), Number(r['conflict']), Math.round(Number(r['goldstein']) * 100) / 100]),
      );
    });

    test('stats count documents, events, actors and failures', async () => {
      const store = await corpus();
      await store.recordFailure({ input: 'missing.html', code: 'not-found', message: 'no such file' });
      const s = await store.stats();
      expect([s.documents, s.events, s.reports, s.errors, s.eventsByType['ASSAULT'], s.topPlaces[0]?.name]).toEqual([4, 3, 4, 1, 1, 'Aleppo']);
    });

    runQueryContract({ fresh, freshDb: () => open({ fresh: true }), track: (s) => opened.push(s) });
    runMapContract({ fresh, freshDb: () => open({ fresh: true }), track: (s) => opened.push(s) });
    runCountryContract({ fresh, freshDb: () => open({ fresh: true }), track: (s) => opened.push(s) });
    runTotalsContract({ freshDb: () => open({ fresh: true }), track: (s) => opened.push(s) });
    runWriterContract({ fresh, freshDb: () => open({ fresh: true }), track: (s) => opened.push(s) });

    test('documents persist when the database is opened again', async () => {
      const store = await fresh();
      const bundle = testBundle(WIRE, [[0, 'shelled', ASSAULT_ALEPPO]]);
      await store.ingest(bundle);
      await store.close();
      const again = await sqlStore(await open({ fresh: false }));
      opened.push(again);
      expect(await again.hasDocument(bundle.document.id)).toBe(true);
    });
  });
}
