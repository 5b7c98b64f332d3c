import type { ExpandOptions, PageInput, SourceItem } from '../ingest/sources/index.js';
import { countPages, expandInputs } from '../ingest/sources/index.js';
import { recordFailure } from '../knowledge-base.js';
import type { Store } from '../store/index.js';
import type { PageOptions } from './analyze-page.js';
import { WorkerPool, defaultWorkers } from './pool.js';
import type { PageOutcome } from './pool.js';
import { ProgressBar } from './progress.js';
import type { ProgressSink } from './progress.js';
import { addFailure, emptySummary } from './summary.js';
import type { FailedInput, IngestSummary } from './summary.js';
import { BatchWriter } from './writer.js';

/** Options for {@link ingestAll}. */
export interface IngestRunOptions {
  /** Worker threads (default: the machine's cores). */
  workers?: number;
  /** Per-page options (`--date`, `--max-bytes`, fetch limits, `--encoding`). */
  page?: PageOptions;
  /** How inputs are expanded (folder extensions, feed content, stdin). */
  expand?: ExpandOptions;
  /** Read and hash each page, and skip its analysis when the store has it (default true). */
  skipKnown?: boolean;
  /** Draw a progress bar here (a TTY); none when absent. */
  progress?: ProgressSink;
  /** Called for every failure as it happens (the CLI prints them unless --quiet). */
  onFailure?: (failure: FailedInput) => void;
}

/**
 * Pages in flight per worker: more than one keeps a worker busy while its next page is read or
 * fetched and while it waits for the writer's "already stored?" answer, which queues behind the
 * writer's transactions. A batch holds the main thread for 32 pages' writes (~100 ms, more under
 * load) and a page takes a worker ~25 ms, so a worker needs several answered pages in hand to
 * stay busy through one: with 4 the workers waited 7% of the time in a 2,000-page ingest, with 8
 * 3% (the rest is start and end).
 */
const PER_WORKER = 8;

/**
 * Pages per write transaction at most, and the longest an analysed page waits for its batch (ms).
 * One commit per page cost the writer more than the rows themselves; 32 pages share a commit
 * nearly as well as more would, while keeping each batch short enough that the workers' "already
 * stored?" questions are answered promptly. A killed run loses at most one batch of analysis
 * (it is redone on re-run).
 */
const BATCH_PAGES = 32;
const BATCH_WAIT_MS = 1000;

/**
 * Ingests everything the inputs hold into the store: expands them (files, folders, globs, URLs,
 * feeds, sitemaps, WARCs, batch JSONL), analyses the pages on a pool of worker threads (which also
 * lay each page out as the store's rows) and writes them from this thread, the single writer, in
 * batches of up to {@link BATCH_PAGES} pages per transaction. Memory stays flat: the listing is
 * pulled only as fast as the pool frees up (a few pages per worker in flight) and the write queue
 * is bounded. Re-running is safe: a page already stored (or queued) is recognised by its content
 * hash after it is read and is not analysed again; a run killed mid-way loses only the pages in
 * flight and the batch not yet committed.
 * A failing page or input is recorded in the store with its error and the run goes on.
 *
 * @throws Error only when the run cannot go on at all (the workers cannot start, the store fails).
 */
export async function ingestAll(specs: readonly string[], store: Store, options: IngestRunOptions = {}): Promise<IngestSummary> {
  const workers = options.workers ?? defaultWorkers();
  const summary = emptySummary(workers);
  const started = performance.now();
  const bar = options.progress ? new ProgressBar(options.progress, await countPages(specs, options.expand ?? {})) : undefined;
  const draw = (force = false): void => bar?.update({ done: summary.processed, events: summary.events, errors: summary.failed }, force);

  const fail = async (failure: FailedInput): Promise<void> => {
    addFailure(summary, failure);
    options.onFailure?.(failure);
    await recordFailure(store, failure.uri, { code: failure.code, message: failure.message });
  };
  const settle = async (outcome: PageOutcome): Promise<void> => {
    if (outcome.type === 'failed') {
      await fail({ uri: outcome.page.uri, ...outcome.failure });
    } else if (outcome.type === 'known') {
      summary.processed += 1;
      summary.duplicate += 1;
      summary.skipped += 1;
    } else {
      // Counted once its batch is committed (onWritten).
      await writer.add(outcome.prepared);
      return;
    }
    draw();
  };

  const writer = new BatchWriter(store, {
    maxPages: BATCH_PAGES,
    maxWaitMs: BATCH_WAIT_MS,
    onWritten: (_page, stored) => {
      summary.processed += 1;
      summary.events += stored.events;
      if (stored.status === 'new') summary.new += 1;
      else if (stored.status === 'near-duplicate') summary.nearDuplicate += 1;
      else summary.duplicate += 1;
      draw();
    },
  });
  const pool = new WorkerPool({
    workers,
    options: options.page ?? {},
    ...(options.skipKnown === false ? {} : { isKnown: async (key: string) => writer.has(key) || (await store.hasDocument(key)) }),
  });
  const limit = workers * PER_WORKER;
  const inflight = new Set<Promise<void>>();
  // The first store error ends the run: writing on would only fail again and hide it.
  let fatal: unknown;
  const track = (page: PageInput): void => {
    const task = pool
      .run(page)
      .then(settle)
      .catch((error: unknown) => {
        fatal ??= error;
      })
      .finally(() => inflight.delete(task));
    inflight.add(task);
  };
  let listed = 0;
  try {
    draw(true);
    for await (const item of expandInputs(specs, options.expand ?? {}) as AsyncIterable<SourceItem>) {
      if (fatal !== undefined) break;
      listed += 1;
      if (item.type === 'failure') {
        await fail({ uri: item.uri, code: item.code, message: item.message });
        draw();
        continue;
      }
      track(item);
      while (inflight.size >= limit && fatal === undefined) await Promise.race(inflight);
    }
    bar?.setTotal(listed);
    await Promise.all(inflight);
    if (fatal !== undefined) throw fatal;
    await writer.flush();
  } finally {
    await pool.close();
    // A run stopped early still keeps the pages already analysed (a no-op after a normal end;
    // the error that stopped the run is the one thrown).
    await writer.flush().catch(() => undefined);
    summary.elapsedMs = performance.now() - started;
    summary.pagesPerSecond = summary.elapsedMs > 0 ? (summary.processed * 1000) / summary.elapsedMs : 0;
    draw(true);
    bar?.clear();
  }
  return summary;
}
