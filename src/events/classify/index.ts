/**
 * The sentence-level PLOVER type classifier (hashed sparse features, multinomial logistic
 * regression trained on the NGEC synthetic stories by `scripts/train-event-type.ts`).
 *
 * @module
 */
export { classifySentence, featureWeight } from './model.js';
export { fallbackTrigger } from './fallback.js';
export type { FallbackTrigger } from './fallback.js';
export type { TypeScores } from './model.js';
export { featureStrings, hashFeature, sentenceFeatures, stem } from './features.js';
export type { FeatureWord } from './features.js';
