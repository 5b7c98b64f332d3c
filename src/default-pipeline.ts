import { createPipeline } from './core/index.js';
import type { Pipeline, Stage } from './core/index.js';
import { extractStage } from './extract/index.js';
import { NLP_STAGES } from './nlp/index.js';

/** The default stages, in the order they run. Reading this list top to bottom is the pipeline. */
export const DEFAULT_STAGES: readonly Stage[] = [extractStage, ...NLP_STAGES];

/** Builds the default pipeline (checked: every stage's requirements are met). */
export function defaultPipeline(): Pipeline {
  return createPipeline(DEFAULT_STAGES);
}
