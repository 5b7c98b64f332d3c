/**
 * The extraction benchmark section: sitrep against its peers on the ScrapingHub pages, one fresh
 * worker process per extractor, then speed, memory and F1 side by side.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreCorpus } from '../../eval/shingles.js';
import { currentLoad, machineInfo } from '../machine.js';
import type { BenchContext, BenchSection, SectionResult } from '../section.js';
import { CORPUS, loadCorpus } from './corpus.js';
import { EXTRACTORS, SITREP } from './extractors.js';
import type { WorkerReport } from './protocol.js';
import { settingsToArgs } from './protocol.js';
import { renderExtractionSection } from './render.js';
import type { ExtractorOutcome } from './render.js';
import { hasTaskset, idlestCpu, runWorker } from './spawn-worker.js';

/** trafilatura fast mode on the same benchmark, measured elsewhere (trafilatura is Python). */
const TRAFILATURA_FAST_PAGES_PER_S = 88;

/** The extraction section (see the module comment). */
export const extractionSection: BenchSection = {
  name: 'extraction',
  needs: [CORPUS],
  async run(context: BenchContext): Promise<SectionResult> {
    const { options, root } = context;
    const corpusDir = join(context.sharedData, CORPUS);
    const gold = loadCorpus(corpusDir).map((p) => p.gold);
    const wanted = options.extractors;
    if (wanted) {
      const unknown = wanted.filter((n) => !EXTRACTORS.some((e) => e.name === n));
      if (unknown.length > 0) throw new Error(`bench: unknown extractor(s) ${unknown.join(', ')}; known: ${EXTRACTORS.map((e) => e.name).join(', ')}`);
    }
    const selected = EXTRACTORS.filter((e) => (wanted ? wanted.includes(e.name) : e.byDefault));
    const notRun = EXTRACTORS.filter((e) => !selected.includes(e)).map((e) => (e.offReason && !wanted ? `${e.label} (${e.offReason})` : e.label));
    const pin = options.pin && process.platform === 'linux' && hasTaskset();
    const tmp = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    const machine = machineInfo();
    const outcomes: ExtractorOutcome[] = [];
    try {
      for (const entry of selected) {
        const out = join(tmp, `${entry.name}.json`);
        const cpu = pin ? await idlestCpu() : null;
        const loadBefore = currentLoad();
        process.stdout.write(`bench: extraction: ${entry.name}${cpu === null ? '' : ` (CPU ${cpu})`} … `);
        const exit = await runWorker(
          join(root, 'bench', 'extraction', 'worker.ts'),
          settingsToArgs({
            extractor: entry.name,
            corpusDir,
            out,
            warmupSeconds: options.quick ? 2 : 10,
            targetSeconds: options.quick ? 1 : 5,
            maxPasses: options.quick ? 3 : 50,
          }),
          { cwd: root, cpu, timeoutMs: (options.quick ? 5 : 15) * 60_000 },
        );
        const loadAfter = currentLoad();
        const base = { name: entry.name, label: entry.label, output: entry.output, logLines: exit.logLines, loadBefore, loadAfter };
        if (exit.code !== 0 || !existsSync(out)) {
          const why = exit.timedOut ? 'timed out' : `exit code ${exit.code}`;
          console.log(`failed (${why})\n${exit.tail}`);
          outcomes.push({ ...base, report: null, failure: `${why}; last output: ${exit.tail.split('\n').slice(-3).join(' / ')}`, score: null, empty: 0 });
          continue;
        }
        const report = JSON.parse(readFileSync(out, 'utf8')) as WorkerReport;
        const score = scoreCorpus(report.texts.map((predicted, i) => ({ predicted, gold: gold[i] ?? '' })));
        const empty = report.texts.filter((t) => t.trim().length === 0).length;
        console.log(`${((report.timedPages * 1000) / report.timedWallMs).toFixed(1)} pages/s, F1 ${score.f1.toFixed(3)}`);
        outcomes.push({ ...base, report, failure: null, score, empty });
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    const missing = EXTRACTORS.filter((e) => e.byDefault && !selected.includes(e)).map((e) => e.name);
    const markdown = renderExtractionSection({
      machine,
      quick: options.quick,
      pinning: pin ? '`taskset -c <idlest CPU>`' : null,
      sitrep: SITREP,
      readabilityJsdom: 'readability-jsdom',
      outcomes,
      notRun,
      trafilaturaFast: TRAFILATURA_FAST_PAGES_PER_S,
    });
    return missing.length > 0 ? { markdown, partial: `--extractors= left out ${missing.join(', ')}` } : { markdown };
  },
};
