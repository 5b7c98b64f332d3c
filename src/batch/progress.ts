/** Where the bar is drawn: a terminal (stderr). */
export interface ProgressSink {
  write(text: string): unknown;
}

/** Counts the bar shows. */
export interface ProgressCounts {
  done: number;
  events: number;
  errors: number;
}

/** Redraws at most this often: drawing per page would cost more than some pages. */
const REDRAW_MS = 150;
const WIDTH = 24;

/**
 * A one-line progress bar for terminals: pages done (of the total when known), pages/s, events
 * found, errors and, when the total is known, the ETA. It redraws in place with `\r`, so it is
 * only for a TTY; the caller does not create one otherwise (logs and pipes get the summary only).
 */
export class ProgressBar {
  private last = 0;
  private readonly started: number;
  private shown = false;

  constructor(
    private readonly sink: ProgressSink,
    private total: number | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** Sets the total once it is known (the listing is finished). */
  setTotal(total: number): void {
    this.total = total;
  }

  /** Redraws with the new counts, unless it did so a moment ago (`force` draws anyway). */
  update(counts: ProgressCounts, force = false): void {
    const t = this.now();
    if (!force && t - this.last < REDRAW_MS) return;
    this.last = t;
    this.shown = true;
    this.sink.write(`\r\x1b[K${formatProgress(counts, this.total, t - this.started)}`);
  }

  /** Erases the bar, so the summary starts on a clean line. */
  clear(): void {
    if (this.shown) this.sink.write('\r\x1b[K');
    this.shown = false;
  }
}

/** The bar's text (exported for tests). */
export function formatProgress(counts: ProgressCounts, total: number | undefined, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (counts.done * 1000) / elapsedMs : 0;
  const parts: string[] = [];
  if (total !== undefined && total > 0) {
    const fraction = Math.min(1, counts.done / total);
    const filled = Math.round(fraction * WIDTH);
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${counts.done}/${total}`);
  } else {
    parts.push(`${counts.done} pages`);
  }
  parts.push(`${rate.toFixed(1)} pages/s`, `${counts.events} events`, `${counts.errors} error${counts.errors === 1 ? '' : 's'}`);
  if (total !== undefined && rate > 0 && counts.done < total) parts.push(`ETA ${clock((total - counts.done) / rate)}`);
  return parts.join(' · ');
}

/** Seconds as m:ss (or h:mm:ss). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
