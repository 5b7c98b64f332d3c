/**
 * The contract of one benchmark section. `bench/run.ts` runs the sections listed in
 * `bench/sections.ts` and writes each one's Markdown into docs/BENCHMARKS.md.
 */
import type { BenchOptions } from './args.js';

/** What a section gets to run with. */
export interface BenchContext {
  /** Repository root. */
  root: string;
  /** The shared data folder (`../shared/data` or `SITREP_SHARED_DATA`). */
  sharedData: string;
  options: BenchOptions;
}

/** What a section's run produced. */
export interface SectionResult {
  /** The section's Markdown, starting with a `##` heading. */
  markdown: string;
  /**
   * Set when the run covered only part of what the section normally measures (e.g. a filtered
   * extractor list): says why, and the document keeps its previous text for this section.
   */
  partial?: string;
}

/** One benchmark section (e.g. extraction throughput; later: NLP tokens/s, ingest pages/s, API latency). */
export interface BenchSection {
  /** Id used by `--only=` and as the section marker in docs/BENCHMARKS.md. */
  name: string;
  /** Paths under the shared data folder this section needs; it is skipped when one is absent. */
  needs: readonly string[];
  /** Runs the measurements. */
  run(context: BenchContext): Promise<SectionResult>;
}
