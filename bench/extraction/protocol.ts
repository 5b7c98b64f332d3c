/**
 * What the orchestrator tells an extraction worker, and what the worker writes back.
 */

/** Worker settings, passed as `--key=value` arguments. */
export interface WorkerSettings {
  extractor: string;
  /** Corpus folder (holding gold.json and html/). */
  corpusDir: string;
  /** Where to write the {@link WorkerReport} JSON. */
  out: string;
  /** The warm-up pass stops after the corpus or after this many seconds, whichever comes first. */
  warmupSeconds: number;
  /** Timed passes run until at least this many seconds are spent (whole passes). */
  targetSeconds: number;
  maxPasses: number;
}

/** One page that threw. */
export interface PageError {
  id: string;
  message: string;
}

/** A worker's measurements. */
export interface WorkerReport {
  extractor: string;
  pages: number;
  warmupPages: number;
  warmupSeconds: number;
  passes: number;
  /** Pages timed (pages × passes). */
  timedPages: number;
  /** Wall time of all timed passes (ms). */
  timedWallMs: number;
  /** CPU time (user + system) this process used during the timed passes (ms). */
  timedCpuMs: number;
  /** Per-page ms quantiles over all timed pages. */
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Per-page CPU-time quantiles (ms): robust to other processes competing for the core. */
  cpuP50Ms: number;
  cpuP95Ms: number;
  /** RSS after loading the corpus and the extractor's modules, before the first page (bytes). */
  rssBaseline: number;
  /** Highest RSS sampled after each page (bytes). */
  rssPeak: number;
  /** The kernel's peak RSS for the process, `process.resourceUsage().maxRSS` (KiB). */
  maxRssKiB: number;
  /** Text of each page from the first timed pass, in corpus order. */
  texts: string[];
  /** Pages that threw in the first timed pass (their text is ""). */
  errors: PageError[];
}

/** Turns settings into worker arguments. */
export function settingsToArgs(s: WorkerSettings): string[] {
  return [
    s.extractor,
    `--corpus=${s.corpusDir}`,
    `--out=${s.out}`,
    `--warmup=${s.warmupSeconds}`,
    `--target=${s.targetSeconds}`,
    `--max-passes=${s.maxPasses}`,
  ];
}

/** Reads worker arguments back (the inverse of {@link settingsToArgs}). */
export function argsToSettings(argv: readonly string[]): WorkerSettings {
  const value = (key: string): string => {
    const arg = argv.find((a) => a.startsWith(`--${key}=`));
    if (arg === undefined) throw new Error(`worker: missing --${key}=`);
    return arg.slice(key.length + 3);
  };
  const extractor = argv[0];
  if (extractor === undefined || extractor.startsWith('--')) throw new Error('worker: first argument must be the extractor name');
  return {
    extractor,
    corpusDir: value('corpus'),
    out: value('out'),
    warmupSeconds: Number(value('warmup')),
    targetSeconds: Number(value('target')),
    maxPasses: Number(value('max-passes')),
  };
}
