/** One input or page that failed, as the summary lists it. */
export interface FailedInput {
  uri: string;
  code: string;
  message: string;
}

/** What an ingest run did, as `sitrep ingest --json` prints it. */
export interface IngestSummary {
  /** Pages and inputs handled: stored, skipped and failed together. */
  processed: number;
  /** Pages stored for the first time. */
  new: number;
  /** Pages whose content was stored before (by an earlier run, or twice in this one). */
  duplicate: number;
  /** Pages stored and linked to a near-identical earlier page (syndicated copy, update). */
  nearDuplicate: number;
  /** Pages of which `duplicate` were recognised before analysis (read, hashed, found in the store). */
  skipped: number;
  /** Pages and inputs that failed; each is recorded in the store with its error. */
  failed: number;
  /** Events stored. */
  events: number;
  workers: number;
  elapsedMs: number;
  pagesPerSecond: number;
  /** The first failures (at most {@link MAX_LISTED_FAILURES}; all are in the store). */
  failures: FailedInput[];
}

/** Failures kept for the summary; the rest are only counted, so memory stays flat on a bad corpus. */
export const MAX_LISTED_FAILURES = 50;

/** A fresh, all-zero summary. */
export function emptySummary(workers: number): IngestSummary {
  return { processed: 0, new: 0, duplicate: 0, nearDuplicate: 0, skipped: 0, failed: 0, events: 0, workers, elapsedMs: 0, pagesPerSecond: 0, failures: [] };
}

/** Counts one failure and keeps it for the listing while there is room. */
export function addFailure(summary: IngestSummary, failure: FailedInput): void {
  summary.processed += 1;
  summary.failed += 1;
  if (summary.failures.length < MAX_LISTED_FAILURES) summary.failures.push(failure);
}

/** The human-readable summary printed at the end of a run (stderr, unless --quiet). */
export function formatSummary(s: IngestSummary): string {
  const seconds = s.elapsedMs / 1000;
  const lines = [
    `ingested ${s.processed} page${s.processed === 1 ? '' : 's'} in ${seconds.toFixed(1)} s (${s.pagesPerSecond.toFixed(1)} pages/s, ${s.workers} worker${s.workers === 1 ? '' : 's'})`,
    `  new ${s.new}, near-duplicate ${s.nearDuplicate}, already stored ${s.duplicate} (${s.skipped} skipped before analysis), failed ${s.failed}`,
    `  events stored: ${s.events}`,
  ];
  if (s.failures.length > 0) {
    lines.push('failures:');
    for (const f of s.failures) lines.push(`  ${f.uri}: [${f.code}] ${f.message}`);
    if (s.failed > s.failures.length) lines.push(`  … and ${s.failed - s.failures.length} more (all are recorded in the store)`);
  }
  return `${lines.join('\n')}\n`;
}
