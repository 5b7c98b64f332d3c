/**
 * Markdown of the API benchmark section: one latency table per store, the target row and verdict.
 */
import type { MachineInfo } from '../machine.js';
import { describeMachine } from '../machine.js';
import { markdownTable } from '../markdown.js';
import type { RouteLoad } from './load.js';
import type { RouteKind } from './routes.js';

/** The target: p95 under this many ms for filtered event lists and aggregations. */
export const TARGET_P95_MS = 50;

/** One store's run. */
export interface ApiRun {
  store: 'sqlite' | 'postgres';
  /** Event clusters and reports in the store, as `/api/stats` gives them. */
  events: number;
  reports: number;
  /** Wall ms of the in-place upgrade from schema 4, when it ran in this bench. */
  upgradeMs: number | null;
  loadBefore: number;
  loadAfter: number;
  /** Server processes sharing the port (`sitrep serve --workers`; its default is one per core). */
  processes: number;
  routes: MeasuredRoute[];
}

/**
 * A route's load result with its kind, the server's CPU time per request and, on PostgreSQL, the
 * database's (its backends serving the server's connections); null where unmeasured.
 */
export type MeasuredRoute = RouteLoad & { kind: RouteKind; serverCpuMs: number | null; dbCpuMs?: number | null };

/** What the section reports. */
export interface ApiReport {
  machine: MachineInfo;
  connections: number;
  seconds: number;
  quick: boolean;
  runs: ApiRun[];
  postgresSkipped: string | null;
}

const ms = (v: number): string => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');

/** Routes of a run that the target covers (lists and aggregations) and miss it (p95 at or over the target, or any failed response). */
export function overTarget(run: ApiRun): MeasuredRoute[] {
  return run.routes.filter((r) => r.kind !== 'one' && (r.p95 >= TARGET_P95_MS || r.non2xx > 0 || r.errors > 0 || r.requests === 0));
}

function runTable(run: ApiRun): string {
  const rows = run.routes.map((r) => [
    `\`${r.path}\``,
    r.kind,
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    r.requestsPerSecond.toFixed(0),
    r.serverCpuMs === null ? '–' : ms(r.serverCpuMs),
    r.dbCpuMs === null || r.dbCpuMs === undefined ? '–' : ms(r.dbCpuMs),
    r.requests === 0 ? 'no answer' : String(r.non2xx + r.errors),
    (r.meanBytes / 1024).toFixed(1),
  ]);
  const missed = overTarget(run);
  const covered = run.routes.filter((r) => r.kind !== 'one').length;
  rows.push([
    `**target: p95 < ${TARGET_P95_MS} ms for filtered event lists and aggregations**`,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    missed.length === 0 ? `**met** (${covered} of ${covered})` : `**not met**: ${covered - missed.length} of ${covered}`,
  ]);
  return markdownTable(['Route', 'kind', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'server CPU ms/req', 'db CPU ms/req', 'failed', 'KiB/resp'], rows, ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right']);
}

/** The section's Markdown. */
export function renderApiSection(report: ApiReport): string {
  const out = [
    '## HTTP API latency',
    '',
    `${describeMachine(report.machine)}${report.quick ? ' — **quick run** (1 s per route; not the reported numbers)' : ''}.`,
    '',
    `The real server (\`startServer\`, as \`sitrep serve\` runs it by default: one process per core sharing the port through node:cluster, the number is given per store below) in its own process tree over a synthetic store, loaded by \`autocannon\` with ${report.connections} connections (a handful of analysts at once: the use the API serves) for ${report.seconds} s per route after a 1 s warm-up; p50/p95/p99 over every response of the timed run, req/s = responses ÷ time. "server CPU ms/req" is the server processes' CPU time (user + system, all of them, from /proc) per request over a separate run of one request at a time (at least 20 requests and 1 s, after the load run): what one request costs in the server, nearly independent of other load on the machine; on PostgreSQL the database's own work runs in its backend processes, and "db CPU ms/req" is theirs (the backends of the server's connections, from /proc, over the same run), while the latencies include queueing behind the other connections and behind whatever else the machine runs (a process answers one request at a time, so with ${report.connections} connections over P processes p50 ≈ ${report.connections} ÷ P × the time to serve one request). The store: \`scripts/seed-store.ts\` (seed version 2: 125,000 event reports from 49,000 documents; the 16 PLOVER types at news-like frequencies; 684 actors named as the coder names them — 150 countries' governments and armies, police, opposition, protesters in the 40 conflict countries, armed groups, international organisations — with Zipf-like popularity; 1,865 real cities and countries; evidence sentences from the actor, trigger and place words plus a Zipf news vocabulary; dates over three years; about one report in five merged into an earlier event), written at schema 4 and upgraded in place by this code (every later migration's backfill), cached under \`.tmp/bench-api/\`. \`/api/timeline\` and \`/api/timeline?type=ASSAULT&since=2015-01-01\` name no interval: the API answers an open range in weeks (days only for a \`since\`..\`until\` range of at most 366 days), which before migrations 15–22's round was three years of days (1.5 MB). "failed" counts non-2xx answers and socket errors. Load and server share the machine.`,
  ];
  for (const run of report.runs) {
    out.push(
      '',
      `### ${run.store === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${run.events.toLocaleString('en-US')} events (${run.reports.toLocaleString('en-US')} reports)`,
      '',
      `${run.processes} server process${run.processes === 1 ? '' : 'es'}; load average ${run.loadBefore.toFixed(1)} before, ${run.loadAfter.toFixed(1)} after${run.upgradeMs === null ? '' : `; upgrade from schema 4 in place: ${(run.upgradeMs / 1000).toFixed(1)} s`}.`,
      '',
      runTable(run),
    );
    const missed = overTarget(run);
    if (missed.length > 0) out.push('', `Over the target: ${missed.map((r) => `\`${r.path}\` (p95 ${ms(r.p95)} ms${r.non2xx + r.errors > 0 ? `, ${r.non2xx + r.errors} failed` : ''})`).join(', ')}.`);
  }
  if (report.postgresSkipped) out.push('', `PostgreSQL not measured: ${report.postgresSkipped}.`);
  out.push('', 'Peer comparison: none. No other open event-data system serves this API over the same data; GDELT and ACLED offer hosted query services whose latency includes the internet and their own load, which says nothing about this machine.');
  return out.join('\n');
}
