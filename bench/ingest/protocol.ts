/**
 * What the ingest benchmark's runner process reports back to the section (JSON file), and how
 * the section tells it what to do (command-line flags).
 */

/** One end-to-end ingest of a corpus into a fresh database. */
export interface IngestReport {
  /** `sqlite` or `postgres`. */
  store: string;
  /** Pages in the corpus. */
  size: number;
  workers: number;
  processed: number;
  new: number;
  nearDuplicate: number;
  duplicate: number;
  failed: number;
  events: number;
  /** Wall time of `ingestAll` (worker start-up included), ms. */
  wallMs: number;
  /** CPU time of the whole process (main thread and workers, user + system), ms. */
  cpuMs: number;
  /** CPU time of the main thread alone (the store's single writer), ms; null where the OS does not say (Linux `/proc` only). */
  mainCpuMs?: number | null;
  /** Largest resident set sampled every 200 ms, bytes. */
  rssPeak: number;
  /** Resident set after the run, bytes. */
  rssEnd: number;
  /** Peak RSS within each tenth of the pages processed (first tenth, second …), bytes: memory over the run. */
  rssByDecile: number[];
  /** The kernel's maxRSS for the process, KiB. */
  maxRssKiB: number;
}

/** Runner flags: `--corpus=DIR --db=SPEC --out=FILE --size=N [--workers=N]`. */
export interface IngestSettings {
  corpusDir: string;
  db: string;
  out: string;
  size: number;
  workers?: number;
}

/** Settings as runner flags. */
export function ingestSettingsToArgs(s: IngestSettings): string[] {
  return [`--corpus=${s.corpusDir}`, `--db=${s.db}`, `--out=${s.out}`, `--size=${s.size}`, ...(s.workers === undefined ? [] : [`--workers=${s.workers}`])];
}

/** Runner flags back to settings. */
export function argsToIngestSettings(argv: readonly string[]): IngestSettings {
  const get = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const corpusDir = get('corpus');
  const db = get('db');
  const out = get('out');
  if (corpusDir === undefined || db === undefined || out === undefined) throw new Error('usage: --corpus=DIR --db=SPEC --out=FILE --size=N [--workers=N]');
  const workers = get('workers');
  return { corpusDir, db, out, size: Number(get('size') ?? 0), ...(workers === undefined ? {} : { workers: Number(workers) }) };
}
