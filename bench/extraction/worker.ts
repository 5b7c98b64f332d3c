/**
 * One extractor's benchmark run, in its own process (spawned by the extraction section), so its
 * peak memory is its own. Reads the corpus into memory, loads the extractor, runs a warm-up pass,
 * then timed passes over the whole corpus, one page at a time on the main thread, and writes a
 * {@link WorkerReport} as JSON.
 *
 * Usage: node --import tsx bench/extraction/worker.ts <extractor> --corpus=DIR --out=FILE
 *        --warmup=SECONDS --target=SECONDS --max-passes=N
 */
import { writeFileSync } from 'node:fs';
import { passesFor, percentile } from '../stats.js';
import { loadCorpus } from './corpus.js';
import { extractorByName } from './extractors.js';
import { argsToSettings } from './protocol.js';
import type { PageError, WorkerReport } from './protocol.js';

async function main(): Promise<void> {
  const settings = argsToSettings(process.argv.slice(2));
  const entry = extractorByName(settings.extractor);
  if (!entry) throw new Error(`worker: unknown extractor ${settings.extractor}`);
  // Gold texts are not needed here; drop them so they are not counted in this process's memory.
  const pages = loadCorpus(settings.corpusDir).map(({ id, url, html }) => ({ id, url, html }));
  const extractText = await entry.load();

  let rssPeak = 0;
  const sample = () => {
    const rss = process.memoryUsage.rss();
    if (rss > rssPeak) rssPeak = rss;
  };
  sample();
  const rssBaseline = rssPeak;

  // Warm-up: lets the JIT compile the hot paths and the extractor fill its lazy caches. One pass
  // over the corpus, cut short after `warmupSeconds` so slow extractors do not spend minutes here.
  const w0 = performance.now();
  let warmupPages = 0;
  for (const page of pages) {
    try {
      await extractText(page.html, page.url);
    } catch {
      // Errors are recorded in the first timed pass.
    }
    warmupPages++;
    sample();
    if (performance.now() - w0 >= settings.warmupSeconds * 1000) break;
  }
  const warmupSeconds = (performance.now() - w0) / 1000;
  // Estimate one full pass from the warm-up, then fill the target time with whole passes.
  const onePass = (warmupSeconds * pages.length) / warmupPages;
  const passes = passesFor(onePass, settings.targetSeconds, settings.maxPasses);

  const durations: number[] = [];
  const cpuDurations: number[] = [];
  const texts: string[] = [];
  const errors: PageError[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (const page of pages) {
      const c0 = process.cpuUsage();
      const p0 = performance.now();
      let text = '';
      try {
        text = await extractText(page.html, page.url);
      } catch (error) {
        if (pass === 0) errors.push({ id: page.id, message: error instanceof Error ? error.message : String(error) });
      }
      durations.push(performance.now() - p0);
      const c = process.cpuUsage(c0);
      cpuDurations.push((c.user + c.system) / 1000);
      if (pass === 0) texts.push(text);
      sample();
    }
  }
  const timedWallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);

  const report: WorkerReport = {
    extractor: entry.name,
    pages: pages.length,
    warmupPages,
    warmupSeconds,
    passes,
    timedPages: durations.length,
    timedWallMs,
    timedCpuMs: (cpu.user + cpu.system) / 1000,
    p50Ms: percentile(durations, 50),
    p95Ms: percentile(durations, 95),
    maxMs: Math.max(...durations),
    cpuP50Ms: percentile(cpuDurations, 50),
    cpuP95Ms: percentile(cpuDurations, 95),
    rssBaseline,
    rssPeak,
    maxRssKiB: process.resourceUsage().maxRSS,
    texts,
    errors,
  };
  writeFileSync(settings.out, JSON.stringify(report));
}

// A peer may leave a rejected promise behind (e.g. a timer firing after its DOM was closed);
// report it without killing the run, since the page's own result was already taken.
process.on('unhandledRejection', (reason) => {
  console.error(`worker: unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`);
});

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
