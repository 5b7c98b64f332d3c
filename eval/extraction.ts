/**
 * The `extraction` suite: sitrep's article-body extraction on the ScrapingHub
 * article-extraction-benchmark pages, scored with the benchmark's own shingle metric.
 *
 * Every page goes through the public `extract()` (ingest → parse → metadata → body), with the
 * gold URL passed as `url`, exactly as a caller would. Pages are split into two halves by a
 * stable hash of their id: the "tune" half is the one to inspect while developing rules, the
 * "check" half is kept unseen page by page, so a gap between the two shows over-fitting.
 *
 * `SITREP_EVAL_VERBOSE=1` prints the ten worst pages (by F1) of the tune half;
 * `SITREP_EVAL_VERBOSE=all` prints the ten worst of all pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/article.js';
import { Document } from '../src/core/index.js';
import { defaultPipeline } from '../src/default-pipeline.js';
import { readInput } from '../src/ingest/index.js';
import { scoreCorpus, scorePage } from './shingles.js';
import type { CorpusScore } from './shingles.js';
import { markdownTable } from './suite.js';
import type { Suite, SuiteResult } from './suite.js';

const NEEDS = 'extraction/scrapinghub';

interface GoldEntry {
  url: string;
  articleBody: string;
}

/** One scored page. */
interface PageResult {
  id: string;
  half: 'tune' | 'check';
  predicted: string;
  gold: string;
}

/**
 * Which half a page id falls in: FNV-1a over the id, low bit. Stable across runs and machines,
 * independent of the page's content.
 */
export function halfOf(id: string): 'tune' | 'check' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h & 1) === 0 ? 'tune' : 'check';
}

function f1Of(predicted: string, gold: string): number {
  const s = scorePage(predicted, gold);
  const p = s.precision ?? 0;
  const r = s.recall ?? 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function row(label: string, s: CorpusScore): (string | number)[] {
  return [label, s.pages, s.f1, s.precision, s.recall, s.exact];
}

/**
 * Seconds spent in the extract stage alone over all pages (as the pipeline's history records
 * them), after one warm-up pass so the JIT does not dominate.
 */
async function timeExtractStage(dir: string, entries: readonly [string, GoldEntry][]): Promise<number> {
  const sources = await Promise.all(entries.map(([id, e]) => readInput(join(dir, 'html', `${id}.html`), { url: e.url })));
  const pipeline = defaultPipeline();
  let ms = 0;
  for (let pass = 0; pass < 2; pass++) {
    ms = 0;
    for (const source of sources) {
      const doc = await pipeline.run(new Document(source), { until: 'extract' });
      ms += doc.history.find((h) => h.stage.startsWith('extract@'))?.ms ?? 0;
    }
  }
  return ms / 1000;
}

/** The extraction suite (see the module comment). */
export const extractionSuite: Suite = {
  name: 'extraction',
  needs: NEEDS,
  async run(sharedData: string): Promise<SuiteResult> {
    const dir = join(sharedData, NEEDS);
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, GoldEntry>;
    const pages: PageResult[] = [];
    const t0 = performance.now();
    for (const [id, entry] of Object.entries(gold)) {
      const result = await extract(join(dir, 'html', `${id}.html`), { url: entry.url, id });
      pages.push({ id, half: halfOf(id), predicted: result.text, gold: entry.articleBody });
    }
    const seconds = (performance.now() - t0) / 1000;
    const stageSeconds = await timeExtractStage(dir, Object.entries(gold));
    const all = scoreCorpus(pages);
    const tune = scoreCorpus(pages.filter((p) => p.half === 'tune'));
    const check = scoreCorpus(pages.filter((p) => p.half === 'check'));

    const verbose = process.env.SITREP_EVAL_VERBOSE;
    if (verbose) {
      const pool = verbose === 'all' ? pages : pages.filter((p) => p.half === 'tune');
      const worst = pool
        .map((p) => ({ ...p, score: scorePage(p.predicted, p.gold), f1: f1Of(p.predicted, p.gold) }))
        .sort((a, b) => a.f1 - b.f1)
        .slice(0, 10);
      console.log(`worst pages (${verbose === 'all' ? 'all' : 'tune half'}):`);
      for (const w of worst) {
        console.log(`  ${w.id.slice(0, 12)} f1=${w.f1.toFixed(3)} p=${(w.score.precision ?? 0).toFixed(3)} r=${(w.score.recall ?? 0).toFixed(3)} ${gold[w.id]?.url ?? ''}`);
      }
    }

    const table = markdownTable(['pages', 'n', 'F1', 'precision', 'recall', 'exact'], [row('all', all), row('tune half', tune), row('check half', check)]);
    const markdown =
      `${table}\n\nScrapingHub article-extraction-benchmark (${pages.length} pages), token 4-gram shingles, ` +
      `per-page precision/recall averaged, F1 of the means. Pages split by a hash of their id: rules are ` +
      `developed looking at the tune half only. Speed (one process): the extract stage alone (parse, ` +
      `metadata, body) ${(pages.length / stageSeconds).toFixed(0)} pages/s; the whole \`extract()\` ` +
      `(file read, decoding, extraction, result building) ${(pages.length / seconds).toFixed(0)} pages/s.`;
    return {
      name: 'extraction',
      title: 'Article extraction (ScrapingHub benchmark)',
      metrics: { f1: all.f1, precision: all.precision, recall: all.recall, exact: all.exact },
      markdown,
    };
  },
};
