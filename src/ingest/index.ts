export { readInput } from './read-input.js';
export type { ReadOptions } from './read-input.js';
export { sourceFromBytes } from './source.js';
export type { SourceOptions } from './source.js';
