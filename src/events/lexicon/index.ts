/**
 * sitrep's event-coding lexicon: PLOVER codebook, CAMEO table, event triggers, status cues,
 * actors and sector nouns. Pure data + lookups; the event coder calls these.
 */
export { hasParticleReading, hasTriggerReadings, lookupTrigger, allTriggers, normalizeLemma } from './triggers.js';
export type { TriggerEntry, ObjectRole } from './triggers.js';
export { lookupActor, actorMayStartWith, actorCandidates, actorRecords, droppedStateAliases } from './actors.js';
export type { ActorEntry } from './actors.js';
export { lookupStateVariant } from './state-variants.js';
export { sectorForNoun, sectorForTitle, sectorModifier, sectorRules, isAmbiguousSectorNoun } from './sectors.js';
export { cameoInfo, cameoTable, complementCameo, refineCameo } from './cameo.js';
export type { CameoInfo, RefineInput, RefinedCameo } from './cameo.js';
export { STATUS_CUES, cueKindsIn } from './cues.js';
export type { StatusCues, CueKind } from './cues.js';
export { PLOVER_TYPES, ploverCodebook, isPloverType, modesFor, isPloverContext, isSectorCode, futureShift } from './plover.js';
export type { PloverType, PloverCodebook } from './plover.js';
export { validateLexicon } from './validate.js';
export { actorShift, hasSenseLimits, senseExcluded } from './senses.js';
export type { ActorShift, SenseActor, SenseContext } from './senses.js';
export { foldKey } from './normalize.js';
