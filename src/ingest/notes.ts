/**
 * A warning found while reading an input (an encoding corrected, mojibake repaired). The
 * caller turns notes into Document messages, so nothing is fixed silently.
 */
export interface IngestNote {
  /** Stable rule id, e.g. `mojibake-repaired`, `encoding-corrected`. */
  code: string;
  /** What happened, naming the input. */
  message: string;
}
