import type { StorableResult } from '../knowledge-base.js';
import type { PageInput } from '../ingest/sources/index.js';
import type { PageFailure, PageOptions } from './analyze-page.js';

/** What the worker is started with. */
export interface WorkerSetup {
  options: PageOptions;
  /** Ask the main thread, once a page is read, whether its content is already stored. */
  checkKnown: boolean;
}

/** Main thread → worker. */
export type ToWorker = { type: 'task'; seq: number; page: PageInput } | { type: 'decision'; seq: number; skip: boolean };

/**
 * Worker → main thread. `raw` is the decoded source page the store keeps (evidence offsets index
 * it); `result` is only what the store writes, so the structured clone stays small.
 */
export type FromWorker =
  | { type: 'loaded'; seq: number; key: string }
  | { type: 'done'; seq: number; result: StorableResult; raw: string }
  | { type: 'failed'; seq: number; failure: PageFailure };
