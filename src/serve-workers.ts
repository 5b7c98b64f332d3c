/**
 * Several server processes on one port (node:cluster), so that requests run on every core: one
 * Node process answers one request at a time (the store's queries are synchronous on SQLite), so
 * with a handful of analysts at once a single process queues them behind each other while the
 * other cores idle. Each forked process opens its own store connection (SQLite in WAL mode lets
 * several processes read and write one file; PostgreSQL gives each its own pool).
 */
import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';

/** Most server processes {@link defaultServerProcesses} picks: past this, memory grows for little gain. */
const MAX_DEFAULT_PROCESSES = 4;

/** Server processes `sitrep serve` runs unless told otherwise: one per core, at most four. */
export function defaultServerProcesses(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_PROCESSES));
}

/** Whether this process is a server process forked by {@link forkServers}. */
export function isForkedServer(): boolean {
  return cluster.isWorker;
}

/** The message a forked server process sends once it listens. */
interface ListeningMessage {
  sitrepListening: string;
}

function isListeningMessage(message: unknown): message is ListeningMessage {
  return typeof message === 'object' && message !== null && typeof (message as Partial<ListeningMessage>).sitrepListening === 'string';
}

/** In a forked server process: tells the primary it listens at `url` (a no-op elsewhere). */
export function reportListening(url: string): void {
  if (cluster.isWorker) process.send?.({ sitrepListening: url } satisfies ListeningMessage);
}

/**
 * In a forked server process that has closed its server and store: drops the channel to the
 * primary, which would otherwise keep this process alive (a no-op elsewhere).
 */
export function leaveServers(): void {
  if (cluster.isWorker) cluster.worker?.disconnect();
}

/** Forked server processes, listening. */
export interface ServerProcesses {
  /** The URL they share (the first to report; node:cluster gives all of them the same port). */
  url: string;
  /** Their process ids (for CPU accounting). */
  pids: number[];
  /** Stops them all (SIGTERM) and resolves once every one has exited. */
  close(): Promise<void>;
}

/**
 * Forks `count` copies of this process with node:cluster (same script, arguments and Node flags)
 * and resolves once each has called {@link reportListening}. The copies must take the
 * {@link isForkedServer} path and listen. A copy that exits before listening rejects with its exit
 * code, after the others are stopped.
 */
export function forkServers(count: number, env: Record<string, string> = {}): Promise<ServerProcesses> {
  const workers: Worker[] = [];
  const close = async (): Promise<void> => {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((done) => {
            if (w.isDead()) return done();
            w.once('exit', () => done());
            w.process.kill('SIGTERM');
          }),
      ),
    );
  };
  return new Promise((resolve, reject) => {
    let url: string | undefined;
    let listening = 0;
    let settled = false;
    for (let i = 0; i < count; i++) {
      const worker = cluster.fork(env);
      workers.push(worker);
      worker.on('message', (message: unknown) => {
        if (!isListeningMessage(message)) return;
        url ??= message.sitrepListening;
        if (++listening === count && !settled) {
          settled = true;
          resolve({ url, pids: workers.map((w) => w.process.pid ?? 0), close });
        }
      });
      worker.once('exit', (code) => {
        if (settled) return;
        settled = true;
        void close().then(() => reject(new Error(`a server process exited (code ${String(code)}) before it listened; run with --workers 1 to see its error`)));
      });
    }
  });
}
