/**
 * The event layer: actors, places and PLOVER events with evidence, as pipeline stages that read
 * only the Document's layers.
 *
 * @module
 */
import type { Stage } from '../core/index.js';
import { actorsStage } from './actors/stage.js';
import { eventsStage } from './coder/stage.js';
import { placesStage } from './geo/stage.js';

export { actorsStage, placesStage, eventsStage };
export { mergeTold } from './coder/dedup.js';

/** The event stages in run order (after the language stages). */
export const EVENT_STAGES: readonly Stage[] = [actorsStage, placesStage, eventsStage];
