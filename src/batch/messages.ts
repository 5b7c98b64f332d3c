import type { PreparedBundle } from '../store/index.js';
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
 * Worker → main thread. `page` is the analysed page already laid out as the store's rows (source
 * compressed, MinHash computed): the writer only runs the statements, and the structured clone
 * carries compact rows instead of the decoded page and the analysis objects.
 */
export type FromWorker =
  | { type: 'loaded'; seq: number; key: string }
  | { type: 'done'; seq: number; page: PreparedBundle }
  | { type: 'failed'; seq: number; failure: PageFailure };
