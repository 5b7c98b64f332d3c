import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PreparedBundle } from '../store/index.js';
import type { PageInput } from '../ingest/sources/index.js';
import type { PageFailure, PageOptions } from './analyze-page.js';
import type { FromWorker, ToWorker, WorkerSetup } from './messages.js';

/** What became of one page sent to the pool. */
export type PageOutcome =
  | { type: 'analysed'; page: PageInput; prepared: PreparedBundle }
  | { type: 'known'; page: PageInput; key: string }
  | { type: 'failed'; page: PageInput; failure: PageFailure };

/** Options for {@link WorkerPool}. */
export interface PoolOptions {
  /** Worker threads (default: the machine's cores). */
  workers?: number;
  options: PageOptions;
  /** Old-generation heap cap per worker, in MB (default {@link DEFAULT_WORKER_HEAP_MB}); a worker over it dies and is replaced. */
  workerHeapMb?: number;
  /** Asked once a page is read: whether content with this key is already stored (then it is not analysed). */
  isKnown?: (key: string) => Promise<boolean>;
}

interface Pending {
  page: PageInput;
  resolve: (outcome: PageOutcome) => void;
  reject: (error: Error) => void;
  worker: PoolWorker;
}

interface PoolWorker {
  thread: Worker;
  busy: number;
  /** Whether it has answered once: a worker that dies before that cannot start at all. */
  answered: boolean;
}

/** Default heap cap per worker: room for the pipeline (~200 MB) and a few large pages at once. */
export const DEFAULT_WORKER_HEAP_MB = 512;

/**
 * Young-generation size per worker, in MB. The pipeline allocates many short-lived objects per
 * page; a worker's default young generation (sized from its small heap cap) fills every few
 * milliseconds and promotes page data to the old generation, so collection took ~13% of a
 * worker's time. A larger nursery lets most of a page's garbage die young: at 128 MB a worker
 * scavenges half as often as at 64 (0.13 vs 0.27 scavenges per page, each copying about as much),
 * while at 256 MB the worker fell into repeated full collections under its heap cap (measured).
 */
const YOUNG_GENERATION_MB = 128;

/** The number of cores, the default worker count. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * A fixed set of worker threads that read and analyse pages. {@link run} sends a page to the
 * least busy worker and resolves with its outcome; it never rejects: a worker that dies takes
 * only its in-flight pages with it (reported as `worker-crashed`) and is replaced.
 */
export class WorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private closed = false;
  private broken: Error | undefined;

  constructor(private readonly config: PoolOptions) {
    const count = config.workers ?? defaultWorkers();
    for (let i = 0; i < count; i++) this.workers.push(this.spawn());
  }

  /** Worker threads in the pool. */
  get size(): number {
    return this.workers.length;
  }

  /**
   * Reads and analyses one page in a worker.
   *
   * @throws Error when the workers cannot start (a broken install): retrying page by page is futile.
   */
  run(page: PageInput): Promise<PageOutcome> {
    if (this.broken) return Promise.reject(this.broken);
    const worker = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const seq = ++this.seq;
    worker.busy += 1;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { page, resolve, reject, worker });
      worker.thread.postMessage({ type: 'task', seq, page } satisfies ToWorker);
    });
  }

  /** Stops every worker (in-flight pages are abandoned). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.thread.terminate()));
  }

  private spawn(): PoolWorker {
    const thread = startWorker({ options: this.config.options, checkKnown: this.config.isKnown !== undefined }, this.config.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB);
    const worker: PoolWorker = { thread, busy: 0, answered: false };
    thread.on('message', (message: FromWorker) => void this.onMessage(worker, message));
    thread.on('error', (error) => this.onCrash(worker, error));
    thread.on('exit', (code) => {
      if (!this.closed) this.onCrash(worker, new Error(`the worker exited with code ${code}`));
    });
    return worker;
  }

  private async onMessage(worker: PoolWorker, message: FromWorker): Promise<void> {
    worker.answered = true;
    const pending = this.pending.get(message.seq);
    if (!pending) return;
    if (message.type === 'loaded') {
      let skip = false;
      try {
        skip = (await this.config.isKnown?.(message.key)) === true;
      } catch {
        skip = false; // the store could not tell: analyse, and let the store's own dedup decide.
      }
      worker.thread.postMessage({ type: 'decision', seq: message.seq, skip } satisfies ToWorker);
      if (skip) this.settle(message.seq, { type: 'known', page: pending.page, key: message.key });
      return;
    }
    if (message.type === 'done') this.settle(message.seq, { type: 'analysed', page: pending.page, prepared: message.page });
    else this.settle(message.seq, { type: 'failed', page: pending.page, failure: message.failure });
  }

  private settle(seq: number, outcome: PageOutcome): void {
    const pending = this.pending.get(seq);
    if (!pending) return;
    this.pending.delete(seq);
    pending.worker.busy -= 1;
    pending.resolve(outcome);
  }

  private onCrash(worker: PoolWorker, error: Error): void {
    const index = this.workers.indexOf(worker);
    if (index < 0 || this.closed) return;
    void worker.thread.terminate();
    if (!worker.answered) {
      this.broken = new Error(`the analysis worker could not start (${error.message})`);
      for (const [seq, pending] of this.pending) {
        this.pending.delete(seq);
        pending.reject(this.broken);
      }
      return;
    }
    this.workers[index] = this.spawn();
    for (const [seq, pending] of this.pending) {
      if (pending.worker !== worker) continue;
      this.settle(seq, {
        type: 'failed',
        page: pending.page,
        failure: { code: 'worker-crashed', message: `the worker analysing this page failed (${error.message}); please report this with the input` },
      });
    }
  }
}

/**
 * Starts the worker thread. Built, it is `worker.js` next to this file. From source (tsx,
 * vitest) it is `worker.ts`, which plain Node cannot load and, on Node 20, tsx's hooks do not
 * reach a worker through `--import`; so a one-line bootstrap registers tsx inside the worker
 * before importing it.
 */
function startWorker(workerData: WorkerSetup, heapMb: number): Worker {
  // V8 grows a busy heap lazily, long before it collects; a cap makes it collect instead, so a
  // long run's memory levels off (the pipeline itself holds ~200 MB after a collection).
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData, resourceLimits });
  const target = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); })`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}
