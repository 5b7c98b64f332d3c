/**
 * The language layer: sentences and tokens, entities, mentions, dates, quantities and quotes,
 * each a pipeline stage writing one or two Document layers.
 * @module
 */
import type { Stage } from '../core/index.js';
import { datesStage } from './dates/stage.js';
import { entitiesStage } from './entity-spans/stage.js';
import { mentionsStage } from './mentions/stage.js';
import { quantitiesStage } from './quantities/stage.js';
import { quotesStage } from './quotes/stage.js';
import { tokensStage } from './tokens/stage.js';

export { tokensStage, entitiesStage, mentionsStage, datesStage, quantitiesStage, quotesStage };

/** The language stages in run order (each requires only what the ones before it assign). */
export const NLP_STAGES: readonly Stage[] = [tokensStage, entitiesStage, mentionsStage, datesStage, quantitiesStage, quotesStage];
