/**
 * Renders the ingest benchmark's Markdown section from the runner reports. Pure: no clock, no
 * I/O, so the rates and the target checks can be tested.
 */
import type { MachineInfo } from '../machine.js';
import { describeMachine } from '../machine.js';
import { markdownTable } from '../markdown.js';
import { LOAD_BANNER, mibCell, perSecond, rateCell, underLoad, verdict } from '../nlp/targets.js';
import type { IngestReport } from './protocol.js';

/** Issue 5's throughput target for `sitrep ingest` into SQLite on this machine. */
export const INGEST_TARGET_PAGES_PER_S = 100;
/** Memory counts as flat when the largest corpus's peak RSS is within this factor of the smallest's. */
export const FLAT_MEMORY_FACTOR = 1.25;

/** One measured run, or why it failed. */
export interface IngestRun {
  store: string;
  size: number;
  report: IngestReport | null;
  failure: string | null;
  loadBefore: number;
  loadAfter: number;
}

/** Everything the section shows. */
export interface IngestSectionInput {
  machine: MachineInfo;
  quick: boolean;
  runs: readonly IngestRun[];
  /** Why PostgreSQL was not measured, when it was not. */
  postgresSkipped: string | null;
}

/** Pages/s and events/s over wall time, and pages per CPU-second (all threads). */
export function ingestRates(r: IngestReport): { pages: number; events: number; pagesCpu: number; cpuMsPerPage: number } {
  return {
    pages: perSecond(r.processed, r.wallMs),
    events: perSecond(r.events, r.wallMs),
    pagesCpu: perSecond(r.processed, r.cpuMs),
    cpuMsPerPage: r.processed > 0 ? r.cpuMs / r.processed : 0,
  };
}

/** Whether peak RSS stayed flat from the smallest to the largest corpus of one store (undefined: not measured twice). */
export function memoryFlat(runs: readonly IngestRun[], store: string): { small: IngestReport; large: IngestReport; ratio: number } | undefined {
  const done = runs.filter((r) => r.store === store && r.report).map((r) => r.report as IngestReport).sort((a, b) => a.size - b.size);
  const small = done[0];
  const large = done[done.length - 1];
  if (!small || !large || small === large || small.rssPeak === 0) return undefined;
  return { small, large, ratio: large.rssPeak / small.rssPeak };
}

function runsTable(runs: readonly IngestRun[]): string {
  const rows = runs.map((run) => {
    const r = run.report;
    if (!r) return [run.store, run.size.toLocaleString('en-US'), `failed: ${run.failure ?? 'no report'}`, '', '', '', '', '', '', '', ''];
    const x = ingestRates(r);
    return [
      run.store,
      r.size.toLocaleString('en-US'),
      (r.wallMs / 1000).toFixed(1),
      rateCell(x.pages),
      rateCell(x.events),
      x.cpuMsPerPage.toFixed(1),
      r.mainCpuMs === undefined || r.mainCpuMs === null || r.processed === 0 ? '—' : (r.mainCpuMs / r.processed).toFixed(1),
      mibCell(r.rssPeak),
      mibCell(r.rssEnd),
      `${r.new} / ${r.nearDuplicate} / ${r.duplicate} / ${r.failed}`,
      `${run.loadBefore.toFixed(1)}–${run.loadAfter.toFixed(1)}`,
    ];
  });
  return markdownTable(
    ['store', 'pages', 'wall s', 'pages/s', 'events/s', 'CPU ms/page (all threads)', 'of which writer thread', 'peak RSS MiB', 'RSS at end MiB', 'new / near-dup / dup / failed', 'load avg'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

function memoryTable(runs: readonly IngestRun[]): string {
  const rows = runs.filter((r) => r.report).map((run) => {
    const r = run.report as IngestReport;
    return [`${run.store} ${r.size.toLocaleString('en-US')}`, ...r.rssByDecile.map((b) => mibCell(b))];
  });
  return markdownTable(['run', ...Array.from({ length: 10 }, (_, i) => `${i * 10}–${(i + 1) * 10} %`)], rows, ['left', ...Array<'right'>(10).fill('right')]);
}

function targetsTable(input: IngestSectionInput): string {
  const sqlite = input.runs.filter((r) => r.store === 'sqlite' && r.report).map((r) => r.report as IngestReport);
  const largest = sqlite.sort((a, b) => b.size - a.size)[0];
  const x = largest ? ingestRates(largest) : undefined;
  const rows = [
    [
      `\`sitrep ingest\` ≥ ${INGEST_TARGET_PAGES_PER_S} pages/s into SQLite (${largest ? largest.workers : '—'} workers)`,
      x && largest ? `${rateCell(x.pages)} pages/s on ${largest.size.toLocaleString('en-US')} pages (${rateCell(x.pagesCpu)} pages per CPU-second of all threads)` : '—',
      verdict(x?.pages, undefined, INGEST_TARGET_PAGES_PER_S),
    ],
  ];
  for (const store of [...new Set(input.runs.map((r) => r.store))]) {
    const flat = memoryFlat(input.runs, store);
    rows.push([
      `memory flat as the corpus grows (${store}: peak RSS of the largest corpus ≤ ${FLAT_MEMORY_FACTOR}× the smallest's)`,
      flat ? `${mibCell(flat.small.rssPeak)} MiB at ${flat.small.size.toLocaleString('en-US')} pages → ${mibCell(flat.large.rssPeak)} MiB at ${flat.large.size.toLocaleString('en-US')} (×${flat.ratio.toFixed(2)})` : '—',
      flat ? (flat.ratio <= FLAT_MEMORY_FACTOR ? 'met' : 'not met') : 'not measured',
    ]);
  }
  return markdownTable(['target', 'measured', 'verdict'], rows);
}

/** The Markdown section for docs/BENCHMARKS.md. */
export function renderIngestSection(input: IngestSectionInput): string {
  const out: string[] = [];
  const loads = input.runs.flatMap((r) => [r.loadBefore, r.loadAfter]);
  out.push('## Ingest: `sitrep ingest` end to end');
  out.push('');
  out.push(
    `Measured on ${describeMachine(input.machine)}${input.quick ? ' — **quick run** (`--quick`: small corpora; rough numbers)' : ''}. ` +
      `1-minute load average during the runs: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}.`,
  );
  if (underLoad(loads, input.machine.cores, undefined, undefined, false)) {
    out.push('');
    out.push(LOAD_BANNER);
  }
  out.push('');
  out.push(runsTable(input.runs));
  out.push('');
  out.push(
    'Each row is one fresh process running `ingestAll` — what `sitrep ingest <folder>` runs — with its defaults (one worker thread per core, the progress bar a terminal gets) into an empty database: ' +
      'reading and decoding each file, the whole pipeline (extract → language → events) and the store\'s rows (compressed source, MinHash, event rows) in the workers, and the writes on the main thread in batches of up to 32 pages per transaction (document, events, evidence, near-duplicate linking, event clustering). ' +
      'Wall time includes starting the workers (from TypeScript source through tsx, as the bench runs; the built CLI starts faster). ' +
      'CPU ms/page is the process\'s CPU time (every thread, user + system) per page: on a shared machine it is the steadier number; "of which writer thread" is the main thread\'s own share (Linux `/proc/thread-self`), the rest being the workers and V8\'s garbage-collector and compiler threads. ' +
      'Peak RSS is sampled every 200 ms for the whole process (main thread, workers, SQLite).',
  );
  if (input.postgresSkipped) {
    out.push('');
    out.push(`PostgreSQL: not measured (${input.postgresSkipped}).`);
  }
  out.push('');
  out.push('### Memory over the run');
  out.push('');
  out.push(memoryTable(input.runs));
  out.push('');
  out.push('Peak resident set (MiB) within each tenth of the pages (200 ms samples): flat rows mean memory does not grow with the corpus (workers have a capped heap; the listing is pulled only as fast as the pool frees up).');
  out.push('');
  out.push('### Targets');
  out.push('');
  out.push(targetsTable(input));
  out.push('');
  out.push('### Method');
  out.push('');
  out.push(
    '- Corpus: the 181 ScrapingHub pages repeated to the size shown, every copy after the first opened by a short "Update n: this report was revised." sentence, so each page has its own content hash ' +
      '(an identical copy would be skipped before analysis) while staying a near-duplicate of its original, as syndicated news is — the store\'s near-duplicate linking and event clustering do real work.',
  );
  out.push('- `node --import tsx bench/ingest/worker.ts --corpus=DIR --db=FILE --size=N`, spawned by `npm run bench -- --only=ingest`; PostgreSQL runs when `SITREP_BENCH_PG` (a database the bench may wipe) is set.');
  return out.join('\n');
}
