/**
 * What the language-layer section tells its worker, and what the worker writes back. The worker
 * settings are shared with the whole-pipeline section (`bench/pipeline/`), whose worker takes the
 * same knobs.
 */

/** Worker settings, passed as `--key=value` arguments. */
export interface TimedSettings {
  /** Corpus folder (holding gold.json and html/). */
  corpusDir: string;
  /** Where to write the report JSON. */
  out: string;
  /** The warm-up pass stops after the corpus or after this many seconds, whichever comes first. */
  warmupSeconds: number;
  /** Timed passes run until at least this many seconds are spent (whole passes). */
  targetSeconds: number;
  maxPasses: number;
}

/** Turns settings into worker arguments. */
export function settingsToArgs(s: TimedSettings): string[] {
  return [`--corpus=${s.corpusDir}`, `--out=${s.out}`, `--warmup=${s.warmupSeconds}`, `--target=${s.targetSeconds}`, `--max-passes=${s.maxPasses}`];
}

/** Reads worker arguments back (the inverse of {@link settingsToArgs}). Throws on a missing or non-numeric one. */
export function argsToSettings(argv: readonly string[]): TimedSettings {
  const value = (key: string): string => {
    const arg = argv.find((a) => a.startsWith(`--${key}=`));
    if (arg === undefined) throw new Error(`worker: missing --${key}=`);
    return arg.slice(key.length + 3);
  };
  const number = (key: string): number => {
    const n = Number(value(key));
    if (!Number.isFinite(n) || n < 0) throw new Error(`worker: --${key}= must be a non-negative number`);
    return n;
  };
  return { corpusDir: value('corpus'), out: value('out'), warmupSeconds: number('warmup'), targetSeconds: number('target'), maxPasses: number('max-passes') };
}

/** Time one stage spent over all timed passes. */
export interface StageTime {
  /** Stage name (`tokens`, `entities`, …). */
  stage: string;
  /** Wall time over all timed passes (ms). */
  wallMs: number;
  /** This process's CPU time (user + system) over all timed passes (ms). */
  cpuMs: number;
}

/** The language-layer worker's measurements. */
export interface NlpReport {
  /** Pages in the corpus. */
  pages: number;
  /** Pages whose extraction gave no text (the language layer has nothing to do on them). */
  emptyPages: number;
  /** Pages the first timed pass failed on, with the first message. */
  errors: { id: string; message: string }[];
  /** Tokens and sentences of one pass (all pages). */
  tokens: number;
  sentences: number;
  /** Characters of `doc.text` of one pass. */
  chars: number;
  warmupPages: number;
  warmupSeconds: number;
  passes: number;
  /** Wall and CPU time of the whole layer (all stages, page after page) over all timed passes (ms). */
  wallMs: number;
  cpuMs: number;
  /** Each stage's share, in run order; their sum is the whole layer's time (less the loop itself). */
  stages: StageTime[];
  /** Per-page wall ms of the whole layer, quantiles over all timed pages. */
  p50Ms: number;
  p95Ms: number;
  /** RSS after the corpus was extracted and the copies prepared, before the first timed stage (bytes). */
  rssBaseline: number;
  /** Highest RSS sampled after each page (bytes). */
  rssPeak: number;
  /** The kernel's peak RSS for the process, `process.resourceUsage().maxRSS` (KiB). */
  maxRssKiB: number;
}
