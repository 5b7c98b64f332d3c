export { readInput, ingestInput, isUrl } from './read-input.js';
export type { ReadOptions } from './read-input.js';
export { sourceFromBytes, ingestBytes, ingestString } from './source.js';
export type { SourceOptions, Ingested } from './source.js';
export type { IngestNote } from './notes.js';
export { decodeBytes, canonicalEncoding } from './decode.js';
export type { Decoded, DecodeOptions, EncodingSource } from './decode.js';
export { repairMojibake } from './mojibake.js';
export { detectMediaType } from './media-type.js';
export { fetchUrl } from './fetch-url.js';
export type { FetchOptions, Fetched } from './fetch-url.js';
export { readStream } from './read-stream.js';
export type { ByteStream } from './read-stream.js';
export { readBatch, parseBatchLine, batchLineSchema, unknownFieldsNote, BATCH_FIELDS } from './batch.js';
export type { BatchItem, BatchLineResult } from './batch.js';
export { inputErrors } from './input-errors.js';
export { isIsoDate } from './dates.js';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_MAX_REDIRECTS,
  USER_AGENT,
  formatBytes,
  parseByteSize,
} from './limits.js';
