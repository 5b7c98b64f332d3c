/** Public API of sitrep's entity tagger (PERSON, ORG, LOC, NORP over tokenised sentences). */
export { loadTagger, createTagger } from './tagger.js';
export { tagDocument, applyContext, collectNames, nameKey } from './document.js';
export { simpleTokenize } from './simple-tokenize.js';
export type { SimpleToken } from './simple-tokenize.js';
export { ENTITY_TYPES } from './types.js';
export type { DocContext, EntityType, TaggedSpan, Tagger, TaggerToken } from './types.js';
export { applyConventions, isCountryName } from './conventions.js';
