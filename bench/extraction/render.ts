/**
 * Renders the extraction benchmark's Markdown section from measured outcomes. Pure: no clock, no
 * I/O, so the arithmetic of the ratios and the target checks can be tested.
 */
import type { CorpusScore } from '../../eval/shingles.js';
import type { MachineInfo } from '../machine.js';
import { describeMachine } from '../machine.js';
import { markdownTable } from '../markdown.js';
import type { WorkerReport } from './protocol.js';

/** What one extractor's run came to. */
export interface ExtractorOutcome {
  name: string;
  label: string;
  /** How the extractor's text output is taken. */
  output: string;
  /** `null` when the worker failed. */
  report: WorkerReport | null;
  /** Why the worker failed, when it did. */
  failure: string | null;
  score: CorpusScore | null;
  /** Pages with an empty text (whether or not the extractor threw). */
  empty: number;
  /** Lines the extractor printed to stderr/stdout (library logging). */
  logLines: number;
  /** 1-minute load average before and after the worker. */
  loadBefore: number;
  loadAfter: number;
}

/** Everything the section shows. */
export interface ExtractionRun {
  machine: MachineInfo;
  quick: boolean;
  /** How workers were pinned (e.g. "taskset, one CPU each"), or `null` when not pinned. */
  pinning: string | null;
  /** Name of sitrep's entry: the numerator of the ratios. */
  sitrep: string;
  /** Name of the Readability + jsdom entry, for the 30× target. */
  readabilityJsdom: string;
  outcomes: readonly ExtractorOutcome[];
  /** Extractors known but not run (opt-in or filtered out), with their labels. */
  notRun: readonly string[];
  /** External, not-measured-here reference throughput of trafilatura's fast mode (pages/s). */
  trafilaturaFast: number;
}

/** Pages per second of wall time over the timed passes. */
export function pagesPerSecond(r: WorkerReport): number {
  return r.timedWallMs > 0 ? (r.timedPages * 1000) / r.timedWallMs : 0;
}

/** Pages per second of this process's CPU time over the timed passes. */
export function pagesPerCpuSecond(r: WorkerReport): number {
  return r.timedCpuMs > 0 ? (r.timedPages * 1000) / r.timedCpuMs : 0;
}

/** "12.3×" for a ratio, "—" when it cannot be computed. */
export function ratioCell(numerator: number | undefined, denominator: number | undefined): string {
  if (numerator === undefined || denominator === undefined || !(numerator > 0) || !(denominator > 0)) return '—';
  const r = numerator / denominator;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`;
}

function fixed(v: number, digits: number): string {
  return Number.isFinite(v) ? v.toFixed(digits) : '—';
}

function rate(v: number): string {
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

function mib(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(0);
}

/** Whether other work competed for the machine: the worker got < 90% of its core, or the load shows another busy core. */
export function underLoad(run: ExtractionRun): boolean {
  for (const o of run.outcomes) {
    if (Math.max(o.loadBefore, o.loadAfter) > run.machine.cores - 0.5) return true;
    if (o.report && run.pinning !== null && o.report.timedCpuMs / o.report.timedWallMs < 0.9) return true;
  }
  return false;
}

function mainTable(run: ExtractionRun): string {
  const sitrep = run.outcomes.find((o) => o.name === run.sitrep)?.report ?? undefined;
  const rows = run.outcomes.map((o) => {
    const r = o.report;
    if (!r) return [o.label, 'failed', '', '', '', '', '', '', '', ''];
    const s = o.score;
    return [
      o.label,
      rate(pagesPerSecond(r)),
      fixed(r.p50Ms, 1),
      fixed(r.p95Ms, 1),
      mib(r.rssPeak),
      s ? fixed(s.f1, 3) : '—',
      s ? fixed(s.precision, 3) : '—',
      s ? fixed(s.recall, 3) : '—',
      `${o.empty} / ${r.errors.length}`,
      ratioCell(sitrep && pagesPerSecond(sitrep), pagesPerSecond(r)),
    ];
  });
  return markdownTable(
    ['extractor', 'pages/s', 'ms/page p50', 'ms/page p95', 'peak RSS MiB', 'F1', 'precision', 'recall', 'empty / errors', 'sitrep speed ÷ this'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

function cpuTable(run: ExtractionRun): string {
  const sitrep = run.outcomes.find((o) => o.name === run.sitrep)?.report ?? undefined;
  const rows = run.outcomes
    .filter((o) => o.report !== null)
    .map((o) => {
      const r = o.report as WorkerReport;
      return [
        o.label,
        rate(pagesPerCpuSecond(r)),
        fixed(r.cpuP50Ms, 1),
        fixed(r.cpuP95Ms, 1),
        `${fixed((100 * r.timedCpuMs) / r.timedWallMs, 0)}%`,
        `${r.passes} × ${r.pages}`,
        mib(r.rssBaseline),
        `${(r.maxRssKiB / 1024).toFixed(0)}`,
        ratioCell(sitrep && pagesPerCpuSecond(sitrep), pagesPerCpuSecond(r)),
      ];
    });
  return markdownTable(
    ['extractor', 'pages/CPU-s', 'CPU ms/page p50', 'CPU ms/page p95', 'CPU share', 'timed pages', 'RSS before 1st page MiB', 'maxRSS (kernel) MiB', 'sitrep ÷ this (CPU)'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

function targetsTable(run: ExtractionRun): string {
  const sitrep = run.outcomes.find((o) => o.name === run.sitrep)?.report ?? undefined;
  const jsdom = run.outcomes.find((o) => o.name === run.readabilityJsdom)?.report ?? undefined;
  const wall = sitrep ? pagesPerSecond(sitrep) : undefined;
  const cpu = sitrep ? pagesPerCpuSecond(sitrep) : undefined;
  const verdict = (okWall: boolean | undefined, okCpu: boolean | undefined) =>
    okWall === undefined ? 'not measured' : okWall ? 'met' : okCpu ? 'met on CPU time only' : 'not met';
  const vsJsdomWall = wall !== undefined && jsdom ? wall / pagesPerSecond(jsdom) : undefined;
  const vsJsdomCpu = cpu !== undefined && jsdom ? cpu / pagesPerCpuSecond(jsdom) : undefined;
  const t = run.trafilaturaFast;
  const rows = [
    [
      'sitrep ≥ 200 pages/s on one core',
      wall === undefined ? '—' : `${rate(wall)} pages/s (${rate(cpu ?? 0)} pages/CPU-s)`,
      verdict(wall === undefined ? undefined : wall >= 200, cpu === undefined ? undefined : cpu >= 200),
    ],
    [
      'sitrep ≥ 30× Readability.js + jsdom',
      vsJsdomWall === undefined ? '—' : `${ratioCell(wall, jsdom && pagesPerSecond(jsdom))} (${ratioCell(cpu, jsdom && pagesPerCpuSecond(jsdom))} on CPU time)`,
      verdict(vsJsdomWall === undefined ? undefined : vsJsdomWall >= 30, vsJsdomCpu === undefined ? undefined : vsJsdomCpu >= 30),
    ],
    [
      `sitrep > 2× trafilatura fast mode (${t} pages/s, **external reference, not measured in this run**)`,
      wall === undefined ? '—' : `${ratioCell(wall, t)} (${ratioCell(cpu, t)} on CPU time)`,
      verdict(wall === undefined ? undefined : wall > 2 * t, cpu === undefined ? undefined : cpu > 2 * t),
    ],
  ];
  return markdownTable(['target', 'measured', 'verdict'], rows);
}

function problems(run: ExtractionRun): string[] {
  const lines: string[] = [];
  for (const o of run.outcomes) {
    if (o.failure) lines.push(`- **${o.label}** failed: ${o.failure}`);
    if (!o.report) continue;
    const parts: string[] = [];
    if (o.report.errors.length > 0) {
      const first = o.report.errors[0];
      parts.push(`threw on ${o.report.errors.length} page(s) (first: \`${first?.id.slice(0, 12)}\`: "${first?.message.slice(0, 120)}"); those pages count as empty output`);
    }
    const silent = o.empty - o.report.errors.length;
    if (silent > 0) parts.push(`returned no text on ${silent} page(s) without an error`);
    if (o.logLines > 0) parts.push(`printed ${o.logLines} log line(s) (library warnings, e.g. unparseable JSON-LD; not errors)`);
    if (parts.length > 0) lines.push(`- **${o.label}**: ${parts.join('; ')}.`);
  }
  return lines;
}

/** The Markdown section for docs/BENCHMARKS.md. */
export function renderExtractionSection(run: ExtractionRun): string {
  const loads = run.outcomes.flatMap((o) => [o.loadBefore, o.loadAfter]);
  const loadRange = loads.length ? `${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}` : 'n/a';
  const first = run.outcomes.find((o) => o.report)?.report;
  const pages = first?.pages ?? 0;
  const loaded = underLoad(run);
  const sitrepLabel = run.outcomes.find((o) => o.name === run.sitrep)?.label ?? run.sitrep;
  const out: string[] = [];
  out.push('## Article extraction: throughput and memory');
  out.push('');
  out.push(
    `Measured on ${describeMachine(run.machine)}${run.quick ? ' — **quick run** (`--quick`: short warm-up, ~1 s of timed passes; rough numbers)' : ''}. ` +
      `1-minute load average during the run: ${loadRange}.`,
  );
  if (loaded) {
    out.push('');
    out.push(
      '> **Taken under load**: other processes were competing for the machine during this run (load average above, or a worker got under 90% of its CPU). ' +
        'Wall-clock numbers are pessimistic and ratios between extractors measured at different moments are noisy; the CPU-time table below is the steadier view.',
    );
  }
  out.push('');
  out.push(mainTable(run));
  out.push('');
  out.push(
    `${pages} pages of the ScrapingHub article-extraction benchmark, the same pages and gold as \`npm run eval\`. ` +
      'pages/s = timed pages ÷ wall time of the timed passes; ms/page = wall time per page; peak RSS = highest `process.memoryUsage().rss` sampled after each page ' +
      '(includes Node, tsx, the loaded modules and the whole corpus held in memory; see "RSS before 1st page" below). ' +
      'F1 / precision / recall: the benchmark\'s shingle metric (`eval/shingles.ts` `scoreCorpus`) on the text of the first timed pass. ' +
      `"sitrep speed ÷ this": the pages/s of the ${sitrepLabel} row over the row's, both from this run; the targets below use that row too.`,
  );
  out.push('');
  out.push('### Targets');
  out.push('');
  out.push(targetsTable(run));
  out.push('');
  out.push('### CPU-time view');
  out.push('');
  out.push(cpuTable(run));
  out.push('');
  out.push(
    'CPU time is the worker process\'s own (user + system, all its threads, from `process.cpuUsage()`), so other processes on the machine do not inflate it the way they inflate wall time. ' +
      'CPU share = CPU time ÷ wall time over the timed passes' +
      (run.pinning ? ` (workers are pinned to one CPU with ${run.pinning}, so 100% means the core was all theirs; garbage-collector threads share that core)` : ' (workers not pinned: GC helper threads may push it past 100%)') +
      '. maxRSS (kernel) = `process.resourceUsage().maxRSS`.',
  );
  out.push('');
  out.push('### Method');
  out.push('');
  out.push(
    '- One fresh Node process per extractor (`node --import tsx bench/extraction/worker.ts <extractor>`), so its modules and peak memory are its own. ' +
      'All pages are read into memory before anything is timed (no file I/O in the numbers). Pages run one after another on the main thread (`await` each), never in parallel.',
  );
  out.push(
    `- Warm-up: one pass over the corpus, cut short after ${run.quick ? 2 : 10} s for slow extractors. Then whole timed passes over all ${pages} pages until ` +
      `${run.quick ? '~1 s' : '~5 s'} are spent (at least one pass; slow extractors get exactly one).`,
  );
  out.push('- Text taken from each extractor (each adapter in `bench/peers/` does everything a caller must do to get plain text, and that work is timed):');
  for (const o of run.outcomes) out.push(`  - ${o.label}: ${o.output}`);
  out.push(
    '  - "text by block elements" (`bench/peers/html-to-text.ts`): one block per block-level element, blocks joined by a blank line, as sitrep builds its own text, so that the `\\w+` tokens of the metric are not fused across `</p><p>` by a plain tag strip.',
  );
  if (run.notRun.length > 0) out.push(`- Not run here (opt-in with \`--extractors=\`): ${run.notRun.join(', ')}.`);
  out.push(`- trafilatura (Python) is not installable here; its ${run.trafilaturaFast} pages/s (fast mode) is an external reference figure, not measured in this run.`);
  const issues = problems(run);
  if (issues.length > 0) {
    out.push('');
    out.push('### Peer problems seen in this run');
    out.push('');
    out.push(...issues);
  }
  return out.join('\n');
}
