import { expect, test } from 'vitest';
import type { QueryContractDeps } from './contract-query.js';
import { migrate } from './migrations.js';
import { prepareBundle } from './prepare.js';
import type { SqlDb } from './sql.js';
import { sqlStore } from './sql-store.js';
import { actor, PLACES, testBundle } from './test-bundles.js';
import type { Store } from './types.js';
import { writePrepared } from './write.js';

/** Distinct wordings of one Aleppo shelling, one per report (no two are near-duplicates). */
const REPORTS = [
  ['Syrian government forces shelled rebel-held districts of Aleppo on Tuesday, activists said.', 'Residents fled the eastern quarters.'],
  ['Helicopters dropped barrel bombs on eastern Aleppo, a monitoring group reported.', 'Rescuers pulled bodies from collapsed buildings.'],
  ['Artillery pounded opposition neighbourhoods of the northern city overnight, according to medics.', 'Hospitals said they were overwhelmed.'],
];
const SHELLING = { actors: [actor('Syrian government forces', 'SYR', 'GOV')], location: PLACES.aleppo, date: '2016-05-03' };
const PROTEST = ['Thousands marched in Damascus on Friday to demand the release of detainees.', 'Security forces watched.'];

/** Ingests one report of the shelling per figure (undefined: the report gives none), worded as `REPORTS` from `from` on. */
async function reports(store: Store, dead: readonly (number | undefined)[], from = 0): Promise<void> {
  for (const [i, figure] of dead.entries()) {
    await store.ingest(testBundle(REPORTS[from + i] as string[], [[0, 'shelled', { ...SHELLING, ...(figure === undefined ? {} : { dead: figure }) }]]));
  }
}

/** Every cluster's dead and injured figures, with the recount from its reports, by cluster id. */
async function figures(db: SqlDb): Promise<{ stored: unknown[][]; recount: unknown[][] }> {
  const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
  const stored = await db.all('SELECT id, dead, injured FROM clusters ORDER BY id');
  const recount = await db.all('SELECT c.id, (SELECT MAX(e.dead) FROM events e WHERE e.cluster_id = c.id) AS dead, (SELECT MAX(e.injured) FROM events e WHERE e.cluster_id = c.id) AS injured FROM clusters c ORDER BY c.id');
  const rows = (rs: Record<string, unknown>[]): unknown[][] => rs.map((r) => [r['id'], num(r['dead']), num(r['injured'])]);
  return { stored: rows(stored), recount: rows(recount) };
}

/**
 * The writer half of the store contract (migrations 23 and 24): the near-duplicate lookup through
 * its covering index, and a cluster's dead/injured kept on merge instead of recounted, and
 * recounted when an event changes or leaves. Run inside `runStoreContract` for every backend.
 */
export function runWriterContract({ freshDb, track }: QueryContractDeps): void {
  const open = async (): Promise<{ db: SqlDb; store: Store }> => {
    const db = await freshDb();
    const store = await sqlStore(db);
    track(store);
    return { db, store };
  };

  test.each([
    [[12, 14], 14],
    [[14, 12], 14],
    [[undefined, 5], 5],
    [[5, undefined], 5],
    [[undefined, undefined], null],
    [[3, 9, 7], 9],
  ])('merging reports with dead %j gives the cluster the largest figure, %j', async (dead, expected) => {
    const { db, store } = await open();
    await reports(store, dead);
    const { stored, recount } = await figures(db);
    expect([stored.length, stored[0]?.[1], stored]).toEqual([1, expected, recount]);
  });

  /** Statements over the 14-dead report's id (`?` bound to it) and the protest cluster's id. */
  test.each([
    ['a report whose figure is lowered', ['UPDATE events SET dead = 3 WHERE id = ?'], 12],
    ['a report whose injured figure is set', ['UPDATE events SET injured = 4 WHERE id = ?'], 14],
    ['a report moved to another cluster', ['UPDATE events SET cluster_id = (SELECT id FROM clusters WHERE type = ?) WHERE id = ?'], 12],
    ['a report deleted', ['DELETE FROM evidence WHERE event_id = ?', 'DELETE FROM event_actors WHERE event_id = ?', 'DELETE FROM events WHERE id = ?'], 12],
  ])('%s: every cluster it leaves or joins is recounted', async (_label, statements, shellingDead) => {
    const { db, store } = await open();
    await reports(store, [12, 14]);
    await store.ingest(testBundle(PROTEST, [[0, 'marched', { type: 'PROTEST', actors: [actor('Protesters', 'SYR', 'CVL')], location: PLACES.damascus, date: '2016-06-10' }]]));
    const [top] = await db.all('SELECT id FROM events WHERE dead = 14');
    const id = top?.['id'] as string;
    for (const sql of statements) await db.run(sql, sql.includes('type = ?') ? ['PROTEST', id] : [id]);
    const { stored, recount } = await figures(db);
    const [shelling] = await db.all("SELECT dead FROM clusters WHERE type = 'ASSAULT'");
    expect([Number(shelling?.['dead']), stored]).toEqual([shellingDead, recount]);
  });

  test('a version-22 database upgrades in place: merges keep the stored figure, near-duplicates are found', async () => {
    const db = await freshDb();
    await migrate(db, 22);
    const first = testBundle(REPORTS[0] as string[], [[0, 'shelled', { ...SHELLING, dead: 12 }]]);
    // The first page of an empty database reads no candidate document, so today's writer writes it as the version-22 one did.
    await db.transaction((tx) => writePrepared(tx, prepareBundle(first), db.dialect));
    const store = await sqlStore(db);
    track(store);
    await reports(store, [undefined, 5], 1);
    const copy = testBundle([...(REPORTS[0] as string[]), 'The Observatory gave no figure for the wounded.'], [[0, 'shelled', { ...SHELLING, dead: 12 }]]);
    const outcome = await store.ingest(copy);
    const { stored, recount } = await figures(db);
    expect([outcome.status, outcome.duplicateOf, stored.length, stored[0]?.[1], stored]).toEqual(['near-duplicate', first.document.id, 1, 12, recount]);
  });
}
