/**
 * What the API's summaries (migrations 15–22 and 25: clusters per country with their timeline, map and
 * network summaries, actor pairs by cluster, clusters per type and status, the map folded per place, on PostgreSQL each evidence row's cluster, a covering type/since index, the timeline per actor) cost the write path:
 * `Store.ingestPrepared` over the same synthetic pages into a fresh database with the current
 * schema, and with those migrations taken off (their triggers, tables and indexes), alternating
 * runs. Process CPU time and wall time of the ingest calls only (pages are prepared beforehand).
 * On PostgreSQL the triggers run in the database server, so only wall time says anything there.
 *
 *   npx tsx bench/api/write-cost.ts [--pages 2000] [--runs 2] [--pg postgres://… (a database it may wipe)]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropApiSummaries } from '../../src/store/api-summaries-undo.js';
import { openPostgres, openSqlite } from '../../src/store/index.js';
import { prepareBundle } from '../../src/store/prepare.js';
import type { PreparedBundle } from '../../src/store/prepare.js';
import type { SqlDb } from '../../src/store/sql.js';
import { sqlStore } from '../../src/store/sql-store.js';
import { actor, testBundle } from '../../src/store/test-bundles.js';
import type { TestEventSpec } from '../../src/store/test-bundles.js';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const PAGES = Number(arg('pages', '2000'));
const RUNS = Number(arg('runs', '2'));
const PG = arg('pg', '');

/** A small deterministic generator (mulberry32), so every run writes the same pages. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['SYR', 'IRQ', 'TUR', 'UKR', 'RUS', 'USA', 'AFG', 'YEM', 'LBY', 'SDN'];
const SECTORS = ['GOV', 'MIL', 'REB', 'CVL', 'COP'];
const TYPES: [string, number][] = [['ASSAULT', -9], ['PROTEST', -6.5], ['CONSULT', 1], ['AID', 7], ['ACCUSE', -2]];

/** Pages of one to three events over ten countries' places and actors and 90 days, so a share of the reports merge into earlier clusters. */
function pages(n: number): PreparedBundle[] {
  const next = random(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const out: PreparedBundle[] = [];
  for (let i = 0; i < n; i++) {
    const events: [number, string, TestEventSpec][] = [];
    const sentences: string[] = [];
    const count = 1 + Math.floor(next() * 3);
    for (let k = 0; k < count; k++) {
      const country = pick(COUNTRIES);
      const other = pick(COUNTRIES);
      const [type, goldstein] = pick(TYPES);
      const city = `City${Math.floor(next() * 8)} ${country}`;
      const day = 1 + Math.floor(next() * 90);
      const date = new Date(Date.UTC(2016, 0, day)).toISOString().slice(0, 10);
      sentences.push(`Page ${i} event ${k}: forces struck ${city} on that day, officials said.`);
      events.push([
        k,
        'struck',
        {
          type,
          goldstein,
          actors: [actor(`${country} ${pick(SECTORS)}`, country, pick(SECTORS))],
          recipients: next() < 0.6 ? [actor(`${other} ${pick(SECTORS)}`, other, pick(SECTORS))] : [],
          location: { text: city, name: city, lat: 30 + COUNTRIES.indexOf(country), lon: 30 + (day % 8) / 10, country, admin1: `R${day % 3}`, precision: 'city' },
          date,
          ...(type === 'ASSAULT' ? { dead: Math.floor(next() * 20) } : {}),
        },
      ]);
    }
    out.push(prepareBundle(testBundle(sentences, events, { url: `https://wire.example/${i}` })));
  }
  return out;
}

/** Ingests the pages in the batch size the ingest writer uses; CPU and wall ms of the ingest calls. */
async function ingest(db: SqlDb, withSummaries: boolean, prepared: readonly PreparedBundle[]): Promise<{ cpu: number; wall: number }> {
  const store = await sqlStore(db);
  if (!withSummaries) await dropApiSummaries(db);
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let i = 0; i < prepared.length; i += 32) await store.ingestPrepared(prepared.slice(i, i + 32));
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - wall0;
  await store.close();
  return { cpu: (cpu.user + cpu.system) / 1000, wall };
}

async function freshDb(dir: string, run: string): Promise<SqlDb> {
  if (!PG) return openSqlite(join(dir, `${run}.db`));
  const db = await openPostgres(PG);
  await db.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public');
  return db;
}

const prepared = pages(PAGES);
const dir = mkdtempSync(join(tmpdir(), 'sitrep-write-cost-'));
const results: Record<'with' | 'without', { cpu: number; wall: number }[]> = { with: [], without: [] };
try {
  for (let r = 0; r < RUNS; r++) {
    for (const variant of r % 2 === 0 ? (['without', 'with'] as const) : (['with', 'without'] as const)) {
      results[variant].push(await ingest(await freshDb(dir, `${variant}-${r}`), variant === 'with', prepared));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const events = prepared.reduce((n, p) => n + p.events.length, 0);
for (const variant of ['without', 'with'] as const) {
  const runs = results[variant];
  const best = (k: 'cpu' | 'wall'): number => Math.min(...runs.map((x) => x[k]));
  console.log(
    `${PG ? 'postgres' : 'sqlite'} ${variant.padEnd(7)} migrations 15-22+25: ${PAGES} pages (${events} reports), best of ${runs.length}: ` +
      `CPU ${best('cpu').toFixed(0)} ms (${(best('cpu') / PAGES).toFixed(2)} ms/page), wall ${best('wall').toFixed(0)} ms (${(best('wall') / PAGES).toFixed(2)} ms/page)`,
  );
}
