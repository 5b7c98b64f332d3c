/**
 * Renders the whole-pipeline benchmark's Markdown section from the worker's report. Pure: no
 * clock, no I/O, so the rates, shares and target check can be tested.
 */
import type { MachineInfo } from '../machine.js';
import { markdownTable } from '../markdown.js';
import type { WorkerOutcome } from '../nlp/run-worker.js';
import { mibCell, perSecond, rateCell, sectionHeader, shareCell, verdict } from '../nlp/targets.js';
import type { PipelineReport } from './protocol.js';

/** Issue 4's target for extract → events on one core. */
export const PIPELINE_TARGET_SENTENCES_PER_S = 2_000;

/** A published throughput of another event coder, shown for scale; never measured here. */
export interface ExternalReference {
  system: string;
  /** Sentences per second, as published (a range where the source gives one). */
  sentencesPerSecond: string;
  note: string;
}

/** Everything the section shows. */
export interface PipelineRun {
  machine: MachineInfo;
  quick: boolean;
  /** How the worker was pinned, or `null` when not pinned. */
  pinning: string | null;
  warmupSeconds: number;
  targetSeconds: number;
  outcome: WorkerOutcome<PipelineReport>;
  references: readonly ExternalReference[];
}

/** Pages, sentences, events and tokens per second of wall time and of CPU time over the timed passes. */
export interface PipelineRates {
  pages: number;
  sentences: number;
  events: number;
  tokens: number;
  pagesCpu: number;
  sentencesCpu: number;
  eventsCpu: number;
  tokensCpu: number;
}

/** The rates of `r`'s timed passes. */
export function pipelineRates(r: PipelineReport): PipelineRates {
  const n = r.passes;
  return {
    pages: perSecond(r.pages * n, r.wallMs),
    sentences: perSecond(r.sentences * n, r.wallMs),
    events: perSecond(r.events * n, r.wallMs),
    tokens: perSecond(r.tokens * n, r.wallMs),
    pagesCpu: perSecond(r.pages * n, r.cpuMs),
    sentencesCpu: perSecond(r.sentences * n, r.cpuMs),
    eventsCpu: perSecond(r.events * n, r.cpuMs),
    tokensCpu: perSecond(r.tokens * n, r.cpuMs),
  };
}

/** Which layer of the system a stage belongs to, for the subtotals of the stage table. */
export function stageGroup(stage: string): 'extract' | 'language' | 'events' {
  const name = stage.replace(/@v\d+$/, '');
  if (name === 'extract') return 'extract';
  return ['actors', 'places', 'events'].includes(name) ? 'events' : 'language';
}

function ratesTable(r: PipelineReport): string {
  const x = pipelineRates(r);
  return markdownTable(
    ['clock', 'pages/s', 'sentences/s', 'events/s', 'tokens/s', 'ms/page p50', 'ms/page p95'],
    [
      ['wall', rateCell(x.pages), rateCell(x.sentences), rateCell(x.events), rateCell(x.tokens), r.p50Ms.toFixed(1), r.p95Ms.toFixed(1)],
      ['CPU', rateCell(x.pagesCpu), rateCell(x.sentencesCpu), rateCell(x.eventsCpu), rateCell(x.tokensCpu), r.cpuP50Ms.toFixed(1), r.cpuP95Ms.toFixed(1)],
    ],
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

function stagesTable(r: PipelineReport): string {
  const total = r.stages.reduce((a, s) => a + s.ms, 0);
  const groups = new Map<string, number>();
  for (const s of r.stages) groups.set(stageGroup(s.stage), (groups.get(stageGroup(s.stage)) ?? 0) + s.ms);
  const rows = r.stages.map((s) => [`\`${s.stage}\``, stageGroup(s.stage), (s.ms / r.passes).toFixed(0), shareCell(s.ms, total), rateCell(perSecond(r.sentences * r.passes, s.ms))]);
  for (const [group, ms] of groups) rows.push([`**${group} (all its stages)**`, group, (ms / r.passes).toFixed(0), shareCell(ms, total), rateCell(perSecond(r.sentences * r.passes, ms))]);
  return markdownTable(['stage', 'layer', 'ms per pass', 'share', 'sentences/s of this stage alone'], rows, ['left', 'left', 'right', 'right', 'right']);
}

function targetsTable(run: PipelineRun): string {
  const r = run.outcome.report;
  const x = r ? pipelineRates(r) : undefined;
  const rows = [
    [
      `extract → events ≥ ${PIPELINE_TARGET_SENTENCES_PER_S.toLocaleString('en-US')} sentences/s on one core`,
      x ? `${rateCell(x.sentences)} sentences/s (${rateCell(x.sentencesCpu)} sentences/CPU-s)` : '—',
      verdict(x?.sentences, x?.sentencesCpu, PIPELINE_TARGET_SENTENCES_PER_S),
    ],
  ];
  return markdownTable(['target', 'measured', 'verdict'], rows);
}

function referencesTable(refs: readonly ExternalReference[]): string {
  return markdownTable(
    ['system', 'sentences/s', 'what it covers'],
    refs.map((ref) => [`${ref.system} (**external reference, not measured in this run**)`, ref.sentencesPerSecond, ref.note]),
    ['left', 'right', 'left'],
  );
}

/** The Markdown section for docs/BENCHMARKS.md. */
export function renderPipelineSection(run: PipelineRun): string {
  const { outcome } = run;
  const r = outcome.report;
  const out: string[] = [];
  out.push(
    ...sectionHeader({
      title: 'Whole pipeline: extract → events',
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
  } else {
    out.push(ratesTable(r));
    out.push('');
    out.push(
      `\`defaultPipeline().run(new Document(source))\` on the ${r.pages} pages of the extraction section: per pass ${r.sentences.toLocaleString('en-US')} sentences, ` +
        `${r.tokens.toLocaleString('en-US')} tokens and ${r.events.toLocaleString('en-US')} coded events${r.emptyPages > 0 ? ` (${r.emptyPages} page(s) with no text)` : ''}; ${r.passes} timed pass(es). ` +
        'Rates = counts of one pass × passes ÷ time of the timed passes; the CPU row divides by the worker\'s own CPU time (user + system), which other processes do not inflate. ' +
        `CPU share over the timed passes: ${shareCell(r.cpuMs, r.wallMs)}. ` +
        `Peak RSS ${mibCell(r.rssPeak)} MiB (before the first timed page, after the warm-up loaded every model: ${mibCell(r.rssBaseline)} MiB; kernel maxRSS ${(r.maxRssKiB / 1024).toFixed(0)} MiB; the peak includes garbage V8 has not collected yet, so it tends to grow with the number of passes).`,
    );
    if (r.errors.length > 0) {
      const first = r.errors[0];
      out.push('');
      out.push(`**${r.errors.length} page(s) failed** (first: \`${first?.id.slice(0, 12)}\`: "${first?.message.slice(0, 160)}"); they count in pages/s but add no sentences or events.`);
    }
    out.push('');
    out.push('### Where the time goes');
    out.push('');
    out.push(stagesTable(r));
    out.push('');
    out.push(
      'Wall ms per stage from each Document\'s `history` (the pipeline times every stage), summed over the timed passes; share = of the summed stage time. ' +
        '"sentences/s of this stage alone" is the pass\'s sentences ÷ that stage\'s time: the ceiling the pipeline would have if only that stage ran.',
    );
  }
  out.push('');
  out.push('### Targets');
  out.push('');
  out.push(targetsTable(run));
  out.push('');
  out.push(referencesTable(run.references));
  out.push('');
  out.push(
    'The reference rows are published figures for other event coders on other machines and other text; they are for scale only, not a comparison measured here. ' +
      'TABARI and PETRARCH code sentences that are already split (PETRARCH also already parsed); the sitrep rate above starts from raw HTML.',
  );
  out.push('');
  out.push('### Method');
  out.push('');
  out.push(
    '- One fresh Node process (`node --import tsx bench/pipeline/worker.ts`). Untimed: every page is read and ingested into a `Source` as `extract()` ingests an HTML string. ' +
      'Timed: `defaultPipeline().run(new Document(source))` per page, one after another on the main thread — extract, the language stages, the event stages.',
  );
  out.push(
    `- Warm-up: one pass over the corpus, cut short after ${run.quick ? 2 : run.warmupSeconds} s (the first pages also load the models). Then as many whole timed passes as the warm-up's pace says fill ${run.quick ? '~1 s' : `~${run.targetSeconds} s`} (at least one; the warm-up includes JIT compilation, so the timed passes often take less).`,
  );
  return out.join('\n');
}
