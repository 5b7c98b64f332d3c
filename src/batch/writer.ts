import type { IngestOutcome, PreparedBundle, Store } from '../store/index.js';

/** Options for {@link BatchWriter}. */
export interface BatchWriterOptions {
  /** Pages per transaction at most (a full batch is written at once). */
  maxPages: number;
  /** Longest a queued page waits for its batch to be written, in ms. */
  maxWaitMs: number;
  /** Called, in queue order, for each page once its batch is committed. */
  onWritten: (page: PreparedBundle, outcome: IngestOutcome) => void;
}

/**
 * Group commit for the ingest writer: analysed pages queue up and are written together, many
 * pages to one transaction (`Store.ingestPrepared`), when the batch is full or its first page has
 * waited `maxWaitMs`. A commit costs about as much for one page as for fifty, and pages written
 * together share the index pages they touch, so this is most of the writer's time saved.
 * Pages in a batch are written in the order they were queued, as one page at a time would be.
 * A run killed mid-batch loses only the uncommitted batch, which is analysed again on the re-run.
 */
export class BatchWriter {
  private queue: PreparedBundle[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(
    private readonly store: Store,
    private readonly options: BatchWriterOptions,
  ) {}

  /** Pages queued and not yet committed. */
  get pending(): number {
    return this.queue.length;
  }

  /** Whether a page with this document id is queued (not yet committed). */
  has(id: string): boolean {
    return this.queue.some((page) => page.document.id === id);
  }

  /**
   * Queues one page. Resolves at once unless the queue is full, then once that batch is written
   * (so a fast pool cannot pile up pages in memory).
   *
   * @throws the store's error when an earlier batch failed (the run cannot go on).
   */
  async add(page: PreparedBundle): Promise<void> {
    this.throwIfFailed();
    this.queue.push(page);
    if (this.queue.length >= this.options.maxPages) {
      await this.flush();
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      // A failure is kept and thrown by the next add() or flush().
      void this.flush().catch(() => undefined);
    }, this.options.maxWaitMs);
  }

  /**
   * Writes everything queued, after any batch already being written.
   *
   * @throws the store's error (this batch's or an earlier one's).
   */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const batch = this.queue;
    this.queue = [];
    const run = this.writing.then(async () => {
      if (batch.length === 0 || this.failure !== undefined) return;
      try {
        const outcomes = await this.store.ingestPrepared(batch);
        batch.forEach((page, i) => {
          const outcome = outcomes[i];
          if (outcome) this.options.onWritten(page, outcome);
        });
      } catch (error) {
        this.failure ??= error;
      }
    });
    this.writing = run;
    await run;
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
