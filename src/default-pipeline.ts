import { createPipeline } from './core/index.js';
import type { Pipeline, Stage } from './core/index.js';
import { EVENT_STAGES } from './events/index.js';
import { extractStage } from './extract/index.js';
import { headlineEventsStage } from './headline-events.js';
import { NLP_STAGES } from './nlp/index.js';

/** The default stages, in the order they run. Reading this list top to bottom is the pipeline. */
export const DEFAULT_STAGES: readonly Stage[] = [extractStage, ...NLP_STAGES, ...EVENT_STAGES, headlineEventsStage];

let cached: Pipeline | undefined;

/** The default pipeline (checked once: every stage's requirements are met; frozen, so shared). */
export function defaultPipeline(): Pipeline {
  cached ??= createPipeline(DEFAULT_STAGES);
  return cached;
}
