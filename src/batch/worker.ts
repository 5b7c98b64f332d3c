/**
 * The worker thread of the ingest pool: reads each page it is sent, asks the main thread
 * whether that content is already stored (when told to), analyses it and posts the result
 * back. Workers never touch the store: the main thread is its single writer.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeLoaded, loadPage, pageFailure } from './analyze-page.js';
import { documentId, storableResult } from '../knowledge-base.js';
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
    if (setup.checkKnown) {
      const skip = await new Promise<boolean>((resolve) => {
        decisions.set(seq, resolve);
        post({ type: 'loaded', seq, key: documentId(ingested.source.raw) });
      });
      if (skip) return;
    }
    const result = await analyzeLoaded(page, ingested);
    post({ type: 'done', seq, result: storableResult(result), raw: ingested.source.raw });
  } catch (error) {
    post({ type: 'failed', seq, failure: pageFailure(error) });
  }
}
