import type { Span } from './model.js';

/** Severity of a message: `error` means the stage could not do its job for this input. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A diagnostic that travels with the Document (vfile's messages): what went wrong, where, and
 * which stage and rule said so.
 */
export interface DocMessage {
  /** What happened and what to do about it. */
  reason: string;
  severity: Severity;
  /** Stage name, e.g. `extract`. */
  source: string;
  /** Stable rule id, e.g. `no-article`, `encoding-replaced`. */
  ruleId: string;
  /** Where in `doc.text` (or in the source when `inSource`) the problem lies. */
  place?: Span;
  inSource?: boolean;
}
