/**
 * The worker thread of the ingest pool: reads each page it is sent, asks the main thread
 * whether that content is already stored (when told to), analyses it and posts back the store's
 * rows for it (`preparedPage`). Workers never touch the store: the main thread is its single writer.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeForStore, loadPage, pageFailure } from './analyze-page.js';
import { documentId, preparedPage } from '../knowledge-base.js';
import type { FromWorker, ToWorker, WorkerSetup } from './messages.js';

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('src/batch/worker.ts runs as a worker thread only');
const decisions = new Map<number, (skip: boolean) => void>();

const post = (message: FromWorker): void => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type === 'decision') {
    decisions.get(message.seq)?.(message.skip);
    decisions.delete(message.seq);
    return;
  }
  void handle(message.seq, message.page);
});

async function handle(seq: number, page: Extract<ToWorker, { type: 'task' }>['page']): Promise<void> {
  try {
    const ingested = await loadPage(page, setup.options);
    const raw = ingested.source.raw;
    const id = documentId(raw);
    if (setup.checkKnown) {
      const skip = await new Promise<boolean>((resolve) => {
        decisions.set(seq, resolve);
        post({ type: 'loaded', seq, key: id });
      });
      if (skip) return;
    }
    const result = await analyzeForStore(page, ingested);
    // The store's rows are built here, in parallel, so the single writer thread only runs SQL.
    post({ type: 'done', seq, page: preparedPage(result, { raw, uri: page.uri, id }) });
  } catch (error) {
    post({ type: 'failed', seq, failure: pageFailure(error) });
  }
}
