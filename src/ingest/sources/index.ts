export { expandInputs, countPages } from './expand.js';
export type { ExpandOptions } from './expand.js';
export type { ListOptions } from './lists.js';
export type { PageInput, PageContent, InputFailure, SourceItem } from './types.js';
export { DEFAULT_EXTENSIONS, fileKind } from './walk.js';
export { sourceErrors } from './source-errors.js';
