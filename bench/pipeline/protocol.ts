/**
 * What the whole-pipeline worker writes back. Its settings are the language-layer worker's
 * ({@link TimedSettings} in `bench/nlp/protocol.ts`).
 */

/** Time one stage spent over all timed passes, from each Document's `history`. */
export interface StageShare {
  /** `name@vN`, as the history records it. */
  stage: string;
  /** Wall time over all timed passes (ms). */
  ms: number;
}

/** The whole-pipeline worker's measurements. */
export interface PipelineReport {
  pages: number;
  /** Pages the first timed pass failed on (the run threw), with the message. */
  errors: { id: string; message: string }[];
  /** Counts over one pass (all pages): what the pipeline produced. */
  sentences: number;
  tokens: number;
  events: number;
  /** Pages whose extraction gave no text. */
  emptyPages: number;
  warmupPages: number;
  warmupSeconds: number;
  passes: number;
  /** Wall and CPU time (user + system) of all timed passes (ms). */
  wallMs: number;
  cpuMs: number;
  /** Per-stage wall time summed from the Documents' histories, in pipeline order. */
  stages: StageShare[];
  /** Per-page wall ms quantiles over all timed pages. */
  p50Ms: number;
  p95Ms: number;
  /** Per-page CPU ms quantiles. */
  cpuP50Ms: number;
  cpuP95Ms: number;
  /** RSS after the sources were prepared and the warm-up ran, before the first timed page (bytes). */
  rssBaseline: number;
  /** Highest RSS sampled after each page (bytes). */
  rssPeak: number;
  /** The kernel's peak RSS for the process, `process.resourceUsage().maxRSS` (KiB). */
  maxRssKiB: number;
}
