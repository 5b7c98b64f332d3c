export { createApp, DEFAULT_MAX_BODY_BYTES } from './app.js';
export type { AppOptions } from './app.js';
export type { AnalyzeFn } from './deps.js';
export { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from './schemas.js';
export { OPERATIONS, openApiDocument } from './openapi.js';
