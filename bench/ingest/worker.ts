/**
 * The ingest benchmark's runner, in its own process (spawned by the ingest section): opens the
 * store and runs `ingestAll` — what `sitrep ingest <folder>` runs — over a corpus folder with the
 * CLI's defaults (one worker thread per core), sampling the process's resident memory, and writes
 * an {@link IngestReport}.
 *
 * Usage: node --import tsx bench/ingest/worker.ts --corpus=DIR --db=SPEC --out=FILE --size=N [--workers=N]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ingestAll } from '../../src/batch/run.js';
import { defaultWorkers } from '../../src/batch/pool.js';
import { openStore } from '../../src/store/index.js';
import type { IngestReport } from './protocol.js';
import { argsToIngestSettings } from './protocol.js';

/** CPU time of the calling thread (user + system), ms, from Linux's `/proc/thread-self/stat`; null elsewhere. */
function threadCpuMs(): number | null {
  try {
    // Fields after the ")" that closes the command name: utime and stime are the 12th and 13th, in clock ticks (100 Hz).
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const settings = argsToIngestSettings(process.argv.slice(2));
  const workers = settings.workers ?? defaultWorkers();
  const store = await openStore(settings.db);
  let rssPeak = 0;
  let done = 0;
  // Peak RSS within each tenth of the pages: the 200 ms samples go to the tenth the run is in.
  const rssByDecile: number[] = Array<number>(10).fill(0);
  const sample = (): number => {
    const rss = process.memoryUsage.rss();
    if (rss > rssPeak) rssPeak = rss;
    const tenth = Math.min(9, Math.floor((done * 10) / Math.max(1, settings.size)));
    if (rss > (rssByDecile[tenth] ?? 0)) rssByDecile[tenth] = rss;
    return rss;
  };
  const timer = setInterval(sample, 200);
  const cpu0 = process.cpuUsage();
  const main0 = threadCpuMs();
  const summary = await ingestAll([settings.corpusDir], store, {
    workers,
    // The progress bar a terminal run draws (so the listing is counted first, as on a TTY); its
    // "done/total" tells which tenth of the corpus the memory samples belong to.
    progress: {
      write: (line: string): boolean => {
        const m = /(\d+)\/(\d+)/.exec(line);
        if (m) done = Number(m[1]);
        return true;
      },
    },
  });
  const cpu = process.cpuUsage(cpu0);
  const main1 = threadCpuMs();
  clearInterval(timer);
  const rssEnd = process.memoryUsage.rss();
  await store.close();
  const report: IngestReport = {
    store: store.kind,
    size: settings.size,
    workers,
    processed: summary.processed,
    new: summary.new,
    nearDuplicate: summary.nearDuplicate,
    duplicate: summary.duplicate,
    failed: summary.failed,
    events: summary.events,
    wallMs: summary.elapsedMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    mainCpuMs: main0 === null || main1 === null ? null : main1 - main0,
    rssPeak,
    rssEnd,
    rssByDecile,
    maxRssKiB: process.resourceUsage().maxRSS,
  };
  writeFileSync(settings.out, JSON.stringify(report));
}

await main();
