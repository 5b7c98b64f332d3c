/**
 * The whole-pipeline benchmark section: `defaultPipeline()` from raw HTML to coded events on the
 * ScrapingHub pages, in one fresh worker pinned to one core, with published figures of other
 * event coders for scale.
 */
import { join } from 'node:path';
import { CORPUS } from '../extraction/corpus.js';
import { hasTaskset } from '../extraction/spawn-worker.js';
import { machineInfo } from '../machine.js';
import { runTimedWorker } from '../nlp/run-worker.js';
import type { BenchContext, BenchSection, SectionResult } from '../section.js';
import type { PipelineReport } from './protocol.js';
import { renderPipelineSection } from './render.js';
import type { ExternalReference } from './render.js';

const TIMING = { warmupSeconds: 15, targetSeconds: 20 };

/** Published throughputs of other event coders (issue 4); external, never measured by this bench. */
const REFERENCES: readonly ExternalReference[] = [
  { system: 'TABARI', sentencesPerSecond: '1,000–2,000', note: 'dictionary pattern coder (C++) over pre-split sentences' },
  { system: 'PETRARCH', sentencesPerSecond: '150', note: 'coder alone, over sentences already parsed' },
  { system: 'PETRARCH\'s constituency parser (its input)', sentencesPerSecond: '2–5', note: 'the parse PETRARCH needs, which bounds the whole chain' },
];

/** The pipeline section (see the module comment). */
export const pipelineSection: BenchSection = {
  name: 'pipeline',
  needs: [CORPUS],
  async run(context: BenchContext): Promise<SectionResult> {
    const machine = machineInfo();
    const pinned = context.options.pin && process.platform === 'linux' && hasTaskset();
    const outcome = await runTimedWorker<PipelineReport>(context, 'pipeline', join('bench', 'pipeline', 'worker.ts'), join(context.sharedData, CORPUS), TIMING);
    const markdown = renderPipelineSection({
      machine,
      quick: context.options.quick,
      pinning: pinned ? '`taskset -c <idlest CPU>`' : null,
      ...TIMING,
      outcome,
      references: REFERENCES,
    });
    return outcome.report ? { markdown } : { markdown, partial: 'the worker failed' };
  },
};
