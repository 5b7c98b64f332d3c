/**
 * The language-layer benchmark section: tokens/s and sentences/s of the NLP stages over the
 * extracted ScrapingHub pages, whole layer and per stage, in one fresh worker pinned to one core.
 */
import { join } from 'node:path';
import { CORPUS } from '../extraction/corpus.js';
import { hasTaskset } from '../extraction/spawn-worker.js';
import { machineInfo } from '../machine.js';
import type { BenchContext, BenchSection, SectionResult } from '../section.js';
import type { NlpReport } from './protocol.js';
import { renderNlpSection } from './render.js';
import { runTimedWorker } from './run-worker.js';

const TIMING = { warmupSeconds: 10, targetSeconds: 20 };

/** The nlp section (see the module comment). */
export const nlpSection: BenchSection = {
  name: 'nlp',
  needs: [CORPUS],
  async run(context: BenchContext): Promise<SectionResult> {
    const machine = machineInfo();
    const pinned = context.options.pin && process.platform === 'linux' && hasTaskset();
    const outcome = await runTimedWorker<NlpReport>(context, 'nlp', join('bench', 'nlp', 'worker.ts'), join(context.sharedData, CORPUS), TIMING);
    const markdown = renderNlpSection({ machine, quick: context.options.quick, pinning: pinned ? '`taskset -c <idlest CPU>`' : null, ...TIMING, outcome });
    return outcome.report ? { markdown } : { markdown, partial: 'the worker failed' };
  },
};
