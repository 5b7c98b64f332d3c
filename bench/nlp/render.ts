/**
 * Renders the language-layer benchmark's Markdown section from the worker's report. Pure: no
 * clock, no I/O, so the rates and the target check can be tested.
 */
import type { MachineInfo } from '../machine.js';
import { markdownTable } from '../markdown.js';
import type { NlpReport } from './protocol.js';
import type { WorkerOutcome } from './run-worker.js';
import { mibCell, perSecond, rateCell, sectionHeader, shareCell, verdict } from './targets.js';

/** Issue 3's target for the whole language layer on one core. */
export const NLP_TARGET_TOKENS_PER_S = 50_000;

/** Everything the section shows. */
export interface NlpRun {
  machine: MachineInfo;
  quick: boolean;
  /** How the worker was pinned, or `null` when not pinned. */
  pinning: string | null;
  /** The worker's timing settings, for the method notes. */
  warmupSeconds: number;
  targetSeconds: number;
  outcome: WorkerOutcome<NlpReport>;
}

/** Tokens and sentences per second of wall and of CPU time, for `wallMs`/`cpuMs` over all timed passes. */
export interface LayerRates {
  tokens: number;
  sentences: number;
  tokensCpu: number;
  sentencesCpu: number;
}

/** The rates of a span of work that took `wallMs` / `cpuMs` over all of `r`'s timed passes. */
export function layerRates(r: NlpReport, wallMs: number, cpuMs: number): LayerRates {
  return {
    tokens: perSecond(r.tokens * r.passes, wallMs),
    sentences: perSecond(r.sentences * r.passes, wallMs),
    tokensCpu: perSecond(r.tokens * r.passes, cpuMs),
    sentencesCpu: perSecond(r.sentences * r.passes, cpuMs),
  };
}

function mainTable(r: NlpReport): string {
  const stageSum = r.stages.reduce((a, s) => a + s.wallMs, 0);
  const row = (label: string, wallMs: number, cpuMs: number, share: string) => {
    const x = layerRates(r, wallMs, cpuMs);
    return [label, (wallMs / r.passes).toFixed(0), rateCell(x.tokens), rateCell(x.sentences), rateCell(x.tokensCpu), rateCell(x.sentencesCpu), share];
  };
  return markdownTable(
    ['stage', 'ms per pass', 'tokens/s', 'sentences/s', 'tokens/CPU-s', 'sentences/CPU-s', 'share of layer time'],
    [row('**whole layer**', r.wallMs, r.cpuMs, '100%'), ...r.stages.map((s) => row(`\`${s.stage}\``, s.wallMs, s.cpuMs, shareCell(s.wallMs, stageSum)))],
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

function targetsTable(r: NlpReport | null): string {
  const x = r ? layerRates(r, r.wallMs, r.cpuMs) : undefined;
  return markdownTable(
    ['target', 'measured', 'verdict'],
    [
      [
        `whole language layer ≥ ${NLP_TARGET_TOKENS_PER_S.toLocaleString('en-US')} tokens/s on one core`,
        x ? `${rateCell(x.tokens)} tokens/s (${rateCell(x.tokensCpu)} tokens/CPU-s)` : '—',
        verdict(x?.tokens, x?.tokensCpu, NLP_TARGET_TOKENS_PER_S),
      ],
    ],
  );
}

/** The Markdown section for docs/BENCHMARKS.md. */
export function renderNlpSection(run: NlpRun): string {
  const { outcome } = run;
  const r = outcome.report;
  const out: string[] = [];
  out.push(
    ...sectionHeader({
      title: 'Language layer: tokens/s and sentences/s',
      machine: run.machine,
      quick: run.quick,
      loadBefore: outcome.loadBefore,
      loadAfter: outcome.loadAfter,
      cpuMs: r?.cpuMs,
      wallMs: r?.wallMs,
      pinned: run.pinning !== null,
    }),
  );
  if (!r) {
    out.push(`**The worker failed**: ${outcome.failure ?? 'no report'}. Nothing was measured.`);
    out.push('');
    out.push('### Targets');
    out.push('');
    out.push(targetsTable(null));
    return out.join('\n');
  }
  out.push(mainTable(r));
  out.push('');
  out.push(
    `${r.pages} pages of the ScrapingHub article-extraction benchmark (the extraction section's pages), extracted once before timing: ` +
      `${r.tokens.toLocaleString('en-US')} tokens, ${r.sentences.toLocaleString('en-US')} sentences, ${r.chars.toLocaleString('en-US')} characters of article text per pass` +
      `${r.emptyPages > 0 ? ` (${r.emptyPages} page(s) with no text)` : ''}; ${r.passes} timed pass(es). ` +
      'tokens/s and sentences/s = tokens (sentences) of the pass × passes ÷ time; a stage\'s row divides the same counts by that stage\'s own time, so it reads "how fast would the layer be if it were only this stage". ' +
      `Whole layer per page: p50 ${r.p50Ms.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms (wall). ` +
      `Peak RSS ${mibCell(r.rssPeak)} MiB (before the first timed page: ${mibCell(r.rssBaseline)} MiB, with the extracted corpus and its copies in memory; kernel maxRSS ${(r.maxRssKiB / 1024).toFixed(0)} MiB; the peak includes garbage V8 has not collected yet, so it tends to grow with the number of passes).`,
  );
  if (r.errors.length > 0) {
    const first = r.errors[0];
    out.push('');
    out.push(`**${r.errors.length} page(s) failed** in the language layer (first: \`${first?.id.slice(0, 12)}\`: "${first?.message.slice(0, 160)}"); their tokens count up to the failing stage.`);
  }
  out.push('');
  out.push('### Targets');
  out.push('');
  out.push(targetsTable(r));
  out.push('');
  out.push(
    `CPU time is the worker's own (user + system, \`process.cpuUsage()\`): other processes on the machine do not inflate it. CPU share over the timed passes: ${shareCell(r.cpuMs, r.wallMs)}` +
      (run.pinning ? ` (pinned to one CPU with ${run.pinning}, garbage-collector threads included).` : ' (not pinned: GC helper threads may push it past 100%).'),
  );
  out.push('');
  out.push('### Method');
  out.push('');
  out.push(
    '- One fresh Node process (`node --import tsx bench/nlp/worker.ts`). Untimed: every page is ingested as `extract()` ingests an HTML string and run through the extract stage once; each Document is kept as JSON.',
  );
  out.push(
    '- Before each pass, fresh copies are rebuilt with `Document.fromJSON` (untimed), so every pass starts from extracted Documents with no language layers. ' +
      'Each stage of `NLP_STAGES` (`src/nlp/index.ts`) runs over each page in order; every `stage.run` is timed on its own (wall and CPU), and the whole layer is timed around the stage loop of each page, in the same process and passes.',
  );
  out.push(
    `- Warm-up: one pass over the corpus (all stages), cut short after ${run.quick ? 2 : run.warmupSeconds} s. Then as many whole timed passes as the warm-up's pace says fill ${run.quick ? '~1 s' : `~${run.targetSeconds} s`} (at least one; the warm-up includes JIT compilation, so the timed passes often take less).`,
  );
  out.push('- Tagger speed alone (GMB sentences, no extraction) is `scripts/bench-nlp.ts --only tagger`.');
  return out.join('\n');
}
