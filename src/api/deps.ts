import type { AnalysisResult, AnalyzeOptions } from '../analysis.js';
import type { ExtractInput } from '../article.js';
import type { Store } from '../store/index.js';

/** The analysis function the API runs (the real `analyze` by default; tests may pass another). */
export type AnalyzeFn = (input: ExtractInput, options: AnalyzeOptions) => Promise<AnalysisResult>;

/** What the API needs; everything is passed in, nothing is global. */
export interface ApiDeps {
  store: Store;
  analyze: AnalyzeFn;
  /** Largest page the analyze endpoint fetches or accepts, in bytes. */
  maxPageBytes: number;
  /** Time allowed for fetching a URL, in ms. */
  fetchTimeoutMs: number;
}
