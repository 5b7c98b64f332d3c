/**
 * The ingest benchmark section: `sitrep ingest` end to end (read, analyse on the worker pool,
 * store) into SQLite — and PostgreSQL when `SITREP_BENCH_PG` names a database it may wipe — at
 * two corpus sizes, to show throughput and that memory stays flat as the corpus grows.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgres } from '../../src/store/index.js';
import { CORPUS } from '../extraction/corpus.js';
import { runWorker } from '../extraction/spawn-worker.js';
import { currentLoad, machineInfo } from '../machine.js';
import type { BenchContext, BenchSection, SectionResult } from '../section.js';
import { buildCorpus } from './corpus.js';
import type { IngestReport } from './protocol.js';
import { ingestSettingsToArgs } from './protocol.js';
import type { IngestRun } from './render.js';
import { renderIngestSection } from './render.js';

/** Corpus sizes: the full run shows memory at 2,000 and 10,000 pages; `--quick` a smoke run. */
const SIZES = { full: [2_000, 10_000], quick: [200, 600] };

async function wipePostgres(url: string): Promise<void> {
  const db = await openPostgres(url);
  try {
    await db.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public');
  } finally {
    await db.close();
  }
}

async function measure(context: BenchContext, tmp: string, store: string, db: string, corpusDir: string, size: number): Promise<IngestRun> {
  const out = join(tmp, `report-${store}-${size}.json`);
  const loadBefore = currentLoad();
  process.stdout.write(`bench: ingest ${size} pages into ${store} … `);
  const exit = await runWorker(join(context.root, 'bench', 'ingest', 'worker.ts'), ingestSettingsToArgs({ corpusDir, db, out, size }), {
    cwd: context.root,
    cpu: null,
    timeoutMs: 60 * 60_000,
  });
  const loadAfter = currentLoad();
  if (exit.code !== 0 || !existsSync(out)) {
    const why = exit.timedOut ? 'timed out' : `exit code ${exit.code}`;
    console.log(`failed (${why})\n${exit.tail}`);
    return { store, size, report: null, failure: `${why}; ${exit.tail.split('\n').slice(-2).join(' / ')}`, loadBefore, loadAfter };
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as IngestReport;
  console.log(`${((report.processed * 1000) / report.wallMs).toFixed(1)} pages/s`);
  return { store, size, report, failure: null, loadBefore, loadAfter };
}

/** The ingest section (see the module comment). */
export const ingestSection: BenchSection = {
  name: 'ingest',
  needs: [CORPUS],
  async run(context: BenchContext): Promise<SectionResult> {
    const machine = machineInfo();
    const sizes = context.options.quick ? SIZES.quick : SIZES.full;
    // Not SITREP_TEST_PG: the contract suite may be using that database while the bench wipes it.
    const pg = process.env['SITREP_BENCH_PG'];
    const tmp = mkdtempSync(join(tmpdir(), 'sitrep-bench-ingest-'));
    const runs: IngestRun[] = [];
    try {
      for (const size of sizes) {
        const corpusDir = join(tmp, `corpus-${size}`);
        buildCorpus(join(context.sharedData, CORPUS, 'html'), corpusDir, size);
        runs.push(await measure(context, tmp, 'sqlite', join(tmp, `ingest-${size}.db`), corpusDir, size));
        rmSync(join(tmp, `ingest-${size}.db`), { force: true });
        if (pg) {
          await wipePostgres(pg);
          runs.push(await measure(context, tmp, 'postgres', pg, corpusDir, size));
        }
        rmSync(corpusDir, { recursive: true, force: true });
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    const markdown = renderIngestSection({
      machine,
      quick: context.options.quick,
      runs,
      postgresSkipped: pg ? null : 'set SITREP_BENCH_PG to a database the bench may wipe',
    });
    const failed = runs.filter((r) => !r.report).length;
    return failed > 0 ? { markdown, partial: `${failed} run(s) failed` } : { markdown };
  },
};
