/**
 * The whole pipeline's benchmark run, in its own process (spawned by the pipeline section), pinned
 * to one core. Untimed: reads the corpus and ingests every page into a `Source` (as `extract()` and
 * `analyze()` ingest an HTML string). Timed: `defaultPipeline().run(new Document(source))` for each
 * page, one after another — extract, the language layer and the event layer — after a warm-up
 * pass. Per-stage time comes from each Document's `history`. Writes a {@link PipelineReport}.
 *
 * Usage: node --import tsx bench/pipeline/worker.ts --corpus=DIR --out=FILE --warmup=SECONDS
 *        --target=SECONDS --max-passes=N
 */
import { writeFileSync } from 'node:fs';
import { Document } from '../../src/core/index.js';
import type { Source } from '../../src/core/index.js';
import { defaultPipeline } from '../../src/default-pipeline.js';
import { ingestString } from '../../src/ingest/index.js';
import { loadCorpus } from '../extraction/corpus.js';
import { argsToSettings } from '../nlp/protocol.js';
import { passesFor, percentile } from '../stats.js';
import type { PipelineReport } from './protocol.js';

async function main(): Promise<void> {
  const settings = argsToSettings(process.argv.slice(2));
  const pipeline = defaultPipeline();
  const pages: { id: string; source: Source }[] = loadCorpus(settings.corpusDir).map((page) => ({
    id: page.id,
    source: ingestString(page.html, { uri: page.id, url: page.url, mediaType: 'text/html' }).source,
  }));

  let rssPeak = 0;
  const sample = () => {
    const rss = process.memoryUsage.rss();
    if (rss > rssPeak) rssPeak = rss;
  };

  const w0 = performance.now();
  let warmupPages = 0;
  for (const page of pages) {
    try {
      await pipeline.run(new Document(page.source));
    } catch {
      // Errors are recorded in the first timed pass.
    }
    warmupPages++;
    sample();
    if (performance.now() - w0 >= settings.warmupSeconds * 1000) break;
  }
  const warmupSeconds = (performance.now() - w0) / 1000;
  const passes = passesFor((warmupSeconds * pages.length) / Math.max(1, warmupPages), settings.targetSeconds, settings.maxPasses);

  const stageMs = new Map<string, number>(pipeline.names.map((n) => [n, 0]));
  const pageMs: number[] = [];
  const pageCpuMs: number[] = [];
  const errors: PipelineReport['errors'] = [];
  let sentences = 0;
  let tokens = 0;
  let events = 0;
  let emptyPages = 0;
  const rssBaseline = process.memoryUsage.rss();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (const page of pages) {
      const c0 = process.cpuUsage();
      const p0 = performance.now();
      try {
        const doc = await pipeline.run(new Document(page.source));
        for (const run of doc.history) stageMs.set(run.stage, (stageMs.get(run.stage) ?? 0) + run.ms);
        if (pass === 0) {
          sentences += doc.layer('sentences')?.length ?? 0;
          tokens += doc.layer('tokens')?.length ?? 0;
          events += doc.layer('events')?.length ?? 0;
          if (!doc.hasText || doc.text.trim().length === 0) emptyPages++;
        }
      } catch (error) {
        if (pass === 0) errors.push({ id: page.id, message: error instanceof Error ? error.message : String(error) });
      }
      pageMs.push(performance.now() - p0);
      const c = process.cpuUsage(c0);
      pageCpuMs.push((c.user + c.system) / 1000);
      sample();
    }
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);

  const report: PipelineReport = {
    pages: pages.length,
    errors,
    sentences,
    tokens,
    events,
    emptyPages,
    warmupPages,
    warmupSeconds,
    passes,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    stages: [...stageMs].map(([stage, ms]) => ({ stage, ms })),
    p50Ms: percentile(pageMs, 50),
    p95Ms: percentile(pageMs, 95),
    cpuP50Ms: percentile(pageCpuMs, 50),
    cpuP95Ms: percentile(pageCpuMs, 95),
    rssBaseline,
    rssPeak,
    maxRssKiB: process.resourceUsage().maxRSS,
  };
  writeFileSync(settings.out, JSON.stringify(report));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
