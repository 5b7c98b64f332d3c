/**
 * The language layer's benchmark run, in its own process (spawned by the nlp section), pinned to
 * one core. Untimed: reads the corpus, extracts every page once (ingest + extract stage) and keeps
 * each Document as JSON. Then a warm-up pass and timed passes; before each pass, fresh Document
 * copies are rebuilt from that JSON (untimed: the copying is not the language layer's cost), and
 * the pass runs every NLP stage over every page, each stage timed on its own (wall and CPU), so
 * the stage rows and the whole-layer row come from the same runs. Writes an {@link NlpReport}.
 *
 * Usage: node --import tsx bench/nlp/worker.ts --corpus=DIR --out=FILE --warmup=SECONDS
 *        --target=SECONDS --max-passes=N
 */
import { writeFileSync } from 'node:fs';
import { Document, createPipeline } from '../../src/core/index.js';
import type { DocumentJSON, StageContext } from '../../src/core/index.js';
import { extractStage } from '../../src/extract/index.js';
import { ingestString } from '../../src/ingest/index.js';
import { NLP_STAGES } from '../../src/nlp/index.js';
import { loadCorpus } from '../extraction/corpus.js';
import { passesFor, percentile } from '../stats.js';
import { argsToSettings } from './protocol.js';
import type { NlpReport, StageTime } from './protocol.js';

const cpuMsSince = (c0: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

async function main(): Promise<void> {
  const settings = argsToSettings(process.argv.slice(2));
  const extractOnly = createPipeline([extractStage]);
  const pages: { id: string; json: DocumentJSON }[] = [];
  for (const page of loadCorpus(settings.corpusDir)) {
    const { source } = ingestString(page.html, { uri: page.id, url: page.url, mediaType: 'text/html' });
    pages.push({ id: page.id, json: (await extractOnly.run(new Document(source))).toJSON() });
  }
  const emptyPages = pages.filter((p) => (p.json.text ?? '').trim().length === 0).length;
  const ctx: StageContext = { debug: () => {} };
  const fresh = (): Document[] => pages.map((p) => Document.fromJSON(p.json));

  let rssPeak = 0;
  const sample = () => {
    const rss = process.memoryUsage.rss();
    if (rss > rssPeak) rssPeak = rss;
  };

  // Warm-up: one pass through every stage (JIT, lazily loaded models), cut short after warmupSeconds.
  let docs = fresh();
  const w0 = performance.now();
  let warmupPages = 0;
  for (let doc of docs) {
    try {
      for (const stage of NLP_STAGES) doc = await stage.run(doc, ctx);
    } catch {
      // Errors are recorded in the first timed pass.
    }
    warmupPages++;
    sample();
    if (performance.now() - w0 >= settings.warmupSeconds * 1000) break;
  }
  const warmupSeconds = (performance.now() - w0) / 1000;
  const passes = passesFor((warmupSeconds * pages.length) / Math.max(1, warmupPages), settings.targetSeconds, settings.maxPasses);

  const stages: StageTime[] = NLP_STAGES.map((s) => ({ stage: s.name, wallMs: 0, cpuMs: 0 }));
  const pageMs: number[] = [];
  const errors: NlpReport['errors'] = [];
  let tokens = 0;
  let sentences = 0;
  let chars = 0;
  let wallMs = 0;
  let cpuMs = 0;
  let rssBaseline = 0;
  for (let pass = 0; pass < passes; pass++) {
    docs = fresh(); // untimed: each pass starts from the extracted Documents, no layer of the last pass
    sample();
    if (pass === 0) rssBaseline = process.memoryUsage.rss();
    const pc0 = process.cpuUsage();
    const pt0 = performance.now();
    for (const [i, start] of docs.entries()) {
      let doc = start;
      const p0 = performance.now();
      try {
        for (const [k, stage] of NLP_STAGES.entries()) {
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          doc = await stage.run(doc, ctx);
          const slot = stages[k] as StageTime;
          slot.wallMs += performance.now() - t0;
          slot.cpuMs += cpuMsSince(c0);
        }
      } catch (error) {
        if (pass === 0) errors.push({ id: pages[i]?.id ?? String(i), message: error instanceof Error ? error.message : String(error) });
      }
      pageMs.push(performance.now() - p0);
      if (pass === 0) {
        tokens += doc.layer('tokens')?.length ?? 0;
        sentences += doc.layer('sentences')?.length ?? 0;
        chars += doc.hasText ? doc.text.length : 0;
      }
      sample();
    }
    wallMs += performance.now() - pt0;
    cpuMs += cpuMsSince(pc0);
  }

  const report: NlpReport = {
    pages: pages.length,
    emptyPages,
    errors,
    tokens,
    sentences,
    chars,
    warmupPages,
    warmupSeconds,
    passes,
    wallMs,
    cpuMs,
    stages,
    p50Ms: percentile(pageMs, 50),
    p95Ms: percentile(pageMs, 95),
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
