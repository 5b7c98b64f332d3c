/**
 * The API latency benchmark section: the real HTTP server over a store of about 100,000 events,
 * SQLite always and PostgreSQL when `SITREP_BENCH_PG` names a database the bench may wipe.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { currentLoad, machineInfo } from '../machine.js';
import type { BenchContext, BenchSection, SectionResult } from '../section.js';
import { loadRoute } from './load.js';
import type { ApiRun } from './render.js';
import { renderApiSection } from './render.js';
import { ROUTES } from './routes.js';
import { openPostgres } from '../../src/store/index.js';
import { seedPostgres, seededSqlite } from './seed.js';

/**
 * Concurrent clients. An analyst workbench serves a handful of people at once; 10 connections on
 * the bench machine's 2 shared cores measured queueing behind other work more than the API, so
 * the load is 4 clients (each sends its next request as soon as its answer arrives), and the
 * server's own CPU per request is reported beside the latencies.
 */
const CONNECTIONS = 4;

/** CPU time (user + system, ms) one process has used so far, from /proc; null where there is no /proc. */
function ownCpuMs(pid: number): number | null {
  try {
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th, in clock ticks (100 per second on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * CPU time (ms) of the server: its process and the serving processes it forked (their own /proc
 * entries: a live child's time is not in its parent's counters); null where there is no /proc.
 */
function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  const own = ownCpuMs(pid);
  if (own === null) return null;
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // No children list: the server's own time is all there is.
  }
  return children.reduce((sum, child) => sum + (ownCpuMs(child) ?? 0), own);
}

/** Starts `bench/api/server.ts` over `db`; resolves with its URL once it listens. */
function startServerProcess(root: string, db: string): Promise<{ url: string; processes: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench', 'api', 'server.ts'), db], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /READY (\S+) PROCESSES (\d+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], processes: Number(m[2]), child });
    });
    child.once('exit', (code) => reject(new Error(`bench api: the server exited (${code}) before listening`)));
  });
}

/**
 * Waits until the server has answered what a load run left queued: one more request is answered
 * after everything that arrived before it (one event loop, synchronous queries).
 */
async function drain(url: string): Promise<void> {
  await get(`${url}/api/places?limit=1`);
  await sleep(200);
}

/** GET with a retry: under heavy load a connection may be reset while the server works through a backlog. */
async function get(url: string): Promise<ArrayBuffer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (await fetch(url)).arrayBuffer();
    } catch (error) {
      if (attempt >= 3) throw new Error(`bench api: GET ${url} failed: ${String((error as { cause?: unknown }).cause ?? error)}`);
      await sleep(1000);
    }
  }
}

/**
 * The server's CPU ms per request, from one request at a time for at least a second (/proc's
 * 10 ms clock ticks need that many requests to resolve a 1 ms request); null without /proc.
 */
async function sequentialCpuMs(url: string, path: string, pid: number | undefined, dbPids: readonly number[]): Promise<{ server: number | null; db: number | null }> {
  await get(`${url}${path}`);
  const dbCpu = (): number | null => (dbPids.length === 0 ? null : dbPids.reduce((sum, p) => sum + (ownCpuMs(p) ?? 0), 0));
  const before = processCpuMs(pid);
  const dbBefore = dbCpu();
  const start = performance.now();
  let n = 0;
  while (n < 20 || performance.now() - start < 1000) {
    await get(`${url}${path}`);
    n++;
  }
  const after = processCpuMs(pid);
  const dbAfter = dbCpu();
  return { server: before === null || after === null ? null : (after - before) / n, db: dbBefore === null || dbAfter === null ? null : (dbAfter - dbBefore) / n };
}

/**
 * The PostgreSQL backends serving the server's connections: every client backend of the bench
 * database but the one asking (the bench owns that database, so nothing else connects to it).
 */
async function serverBackends(db: string): Promise<number[]> {
  if (!/^postgres(ql)?:\/\//i.test(db)) return [];
  const pg = await openPostgres(db);
  try {
    const rows = await pg.all("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'");
    return rows.map((r) => Number(r['pid']));
  } finally {
    await pg.close();
  }
}

async function measureStore(root: string, store: ApiRun['store'], db: string, upgradeMs: number | null, seconds: number): Promise<ApiRun> {
  const { url, processes, child } = await startServerProcess(root, db);
  try {
    const stats = (await (await fetch(`${url}/api/stats`)).json()) as { events: number; reports: number };
    const first = (await (await fetch(`${url}/api/events?limit=1`)).json()) as { items: { id: string }[] };
    // encodeURI keeps the ':' of event ids (legal in a path); autocannon got no answer to '%3A'.
    const id = encodeURI(first.items[0]?.id ?? 'none');
    // Every serving process has opened its connection by now (each answered a request above or at start).
    const dbPids = await serverBackends(db);
    const loadBefore = currentLoad();
    const routes: ApiRun['routes'] = [];
    for (const route of selectedRoutes()) {
      const path = route.path.replace('{id}', id);
      await loadRoute(url, path, CONNECTIONS, 1);
      await drain(url);
      const measured = await loadRoute(url, path, CONNECTIONS, seconds);
      await drain(url);
      const cpu = await sequentialCpuMs(url, path, child.pid, dbPids);
      console.log(
        `bench: api ${store} ${path}: p50 ${measured.p50.toFixed(1)} ms, p95 ${measured.p95.toFixed(1)} ms, ${measured.requestsPerSecond.toFixed(0)} req/s, server CPU ${cpu.server?.toFixed(1) ?? '?'} ms/req${cpu.db === null ? '' : `, db CPU ${cpu.db.toFixed(1)} ms/req`}`,
      );
      routes.push({ ...measured, kind: route.kind, serverCpuMs: cpu.server, dbCpuMs: cpu.db });
    }
    return { store, events: stats.events, reports: stats.reports, upgradeMs, loadBefore, loadAfter: currentLoad(), processes, routes };
  } finally {
    child.kill('SIGTERM');
  }
}

/**
 * The routes to measure: all of them, or those whose path holds one of the comma-separated
 * substrings of `SITREP_BENCH_API_ROUTES` (a quick look at a few routes while working on them; the
 * section is then marked partial).
 */
function selectedRoutes(): readonly (typeof ROUTES)[number][] {
  const only = (process.env['SITREP_BENCH_API_ROUTES'] ?? '').split(',').filter(Boolean);
  return only.length === 0 ? ROUTES : ROUTES.filter((r) => only.some((o) => r.path.includes(o)));
}

/** The API section (see the module comment). */
export const apiSection: BenchSection = {
  name: 'api',
  needs: [],
  async run(context: BenchContext): Promise<SectionResult> {
    const machine = machineInfo();
    const seconds = context.options.quick ? 2 : 5;
    console.log('bench: api: seeding (cached under .tmp/bench-api/) …');
    const seeded = await seededSqlite(context.root);
    const runs: ApiRun[] = [await measureStore(context.root, 'sqlite', seeded.path, seeded.upgradeMs, seconds)];
    // Not SITREP_TEST_PG: the contract suite may be using that database while the bench wipes it.
    const pg = process.env['SITREP_BENCH_PG'];
    if (pg) {
      console.log('bench: api: loading the seed into PostgreSQL …');
      const upgradeMs = await seedPostgres(pg, seeded.rawPath);
      runs.push(await measureStore(context.root, 'postgres', pg, upgradeMs, seconds));
    }
    const markdown = renderApiSection({ machine, connections: CONNECTIONS, seconds, quick: context.options.quick, runs, postgresSkipped: pg ? null : 'set SITREP_BENCH_PG to a database the bench may wipe' });
    if (selectedRoutes() !== ROUTES) return { markdown, partial: 'some routes only (SITREP_BENCH_API_ROUTES)' };
    return context.options.quick ? { markdown, partial: 'quick run' } : { markdown };
  },
};
