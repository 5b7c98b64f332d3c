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
 * The writer half of the store contract (migration 23): the near-duplicate lookup through its
 * covering index on an upgraded database. Run inside `runStoreContract` for every backend.
 */
export function runWriterContract({ freshDb, track }: QueryContractDeps): void {
  const open = async (): Promise<{ db: SqlDb; store: Store }> => {
    const db = await freshDb();
    const store = await sqlStore(db);
    track(store);
    return { db, store };
  };

  test('a version-22 database upgrades in place: near-duplicates are found, merges keep the largest figure', async () => {
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
