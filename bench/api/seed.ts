/**
 * The API benchmark's database: the synthetic store of `scripts/seed-store.ts` (125,000 event
 * reports that merge into about 100,000 event clusters), seeded at schema 4 and upgraded in place
 * by the current code, so the numbers include every later migration's backfill. Both files are
 * cached under `.tmp/bench-api/`, keyed by {@link SEED_VERSION} and the schema version, so a rerun
 * skips the seeding (about 20 s) and, when the schema is unchanged, the upgrade.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { migrate, openPostgres, openSqlite, openStore, SCHEMA_VERSION } from '../../src/store/index.js';
import type { SqlValue } from '../../src/store/sql.js';

/** Bump when the seeding (script, sizes, seed) changes, so cached files are rebuilt. */
export const SEED_VERSION = 2;
/** Event reports seeded; about one in five joins an earlier cluster. */
export const SEED_REPORTS = 125_000;
/** Schema the seed is written at (the rest is migrated in place, as an old database would be). */
const SEED_SCHEMA = 4;

/** A seeded SQLite file ready for the server, and how long its upgrade took when it was built now. */
export interface SeededDb {
  path: string;
  /** Raw seed at schema 4 (also the source for PostgreSQL). */
  rawPath: string;
  /** Wall ms of the in-place upgrade from schema 4, when it ran in this call. */
  upgradeMs: number | null;
}

function seedRaw(root: string, dir: string): string {
  const raw = join(dir, `seed-v${SEED_VERSION}-${SEED_REPORTS}-schema${SEED_SCHEMA}.db`);
  if (existsSync(raw)) return raw;
  const tmp = `${raw}.partial`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'seed-store.ts'), '--out', tmp, '--events', String(SEED_REPORTS), '--schema', String(SEED_SCHEMA), '--seed', '1'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`bench api: seeding failed (exit ${run.status})`);
  renameSync(tmp, raw);
  return raw;
}

/** Seeds (or reuses) the SQLite store and upgrades a copy to the current schema. */
export async function seededSqlite(root: string): Promise<SeededDb> {
  const dir = join(root, '.tmp', 'bench-api');
  mkdirSync(dir, { recursive: true });
  const rawPath = seedRaw(root, dir);
  const path = join(dir, `seed-v${SEED_VERSION}-${SEED_REPORTS}-schema${SCHEMA_VERSION}.db`);
  if (existsSync(path)) return { path, rawPath, upgradeMs: null };
  const tmp = `${path}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${tmp}${suffix}`, { force: true });
  copyFileSync(rawPath, tmp);
  const start = performance.now();
  const store = await openStore(tmp);
  const upgradeMs = performance.now() - start;
  await store.close();
  renameSync(tmp, path);
  return { path, rawPath, upgradeMs };
}

/** Tables of the schema-4 seed, parents first. */
const TABLES = ['documents', 'actors', 'places', 'events', 'event_actors', 'evidence', 'clusters', 'document_bands', 'failures'];

/** What the PostgreSQL database holds once loaded: the seed and the schema it was upgraded to. */
const PG_MARK = `seed-v${SEED_VERSION}-${SEED_REPORTS}-schema${SCHEMA_VERSION}`;

/** Whether the database already holds this seed at this schema (a `bench_seed` row says so). */
async function alreadySeeded(url: string): Promise<boolean> {
  const pg = await openPostgres(url);
  try {
    const rows = await pg.all("SELECT mark FROM bench_seed WHERE mark = ?", [PG_MARK]).catch(() => []);
    return rows.length > 0;
  } finally {
    await pg.close();
  }
}

/**
 * Loads the schema-4 seed into an emptied PostgreSQL database and upgrades it there with the
 * current code; returns the upgrade's wall ms, or null when the database already held this seed
 * at this schema (loading takes minutes, so a rerun reuses it).
 */
export async function seedPostgres(url: string, rawPath: string): Promise<number | null> {
  if (await alreadySeeded(url)) return null;
  const pg = await openPostgres(url);
  const lite = await openSqlite(rawPath);
  try {
    await pg.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public');
    await migrate(pg, SEED_SCHEMA);
    for (const table of TABLES) {
      const rows = await lite.all(`SELECT * FROM ${table}`);
      const first = rows[0];
      if (!first) continue;
      const columns = Object.keys(first);
      const per = Math.max(1, Math.floor(10_000 / columns.length));
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        const values = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
        await pg.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flatMap((r) => columns.map((c) => r[c] as SqlValue)));
      }
    }
  } finally {
    await lite.close();
    await pg.close();
  }
  const start = performance.now();
  const store = await openStore(url);
  const upgradeMs = performance.now() - start;
  await store.close();
  // A database in use has planner statistics and a current visibility map (autovacuum sees to both);
  // a just-loaded one has neither yet, and the upgrade's backfills left several dead versions of
  // every cluster row, so index-only scans would still visit the heap.
  const db = await openPostgres(url);
  try {
    await db.exec('VACUUM (ANALYZE)');
    await db.exec(`CREATE TABLE bench_seed (mark TEXT NOT NULL); INSERT INTO bench_seed (mark) VALUES ('${PG_MARK}')`);
  } finally {
    await db.close();
  }
  return upgradeMs;
}
