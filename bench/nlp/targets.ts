/**
 * Pure arithmetic and wording shared by the language-layer and whole-pipeline sections: rates,
 * target verdicts on wall and CPU time, the "taken under load" test and section headers. No clock, no I/O.
 */
import type { MachineInfo } from '../machine.js';
import { describeMachine } from '../machine.js';

/** `count` per second over `ms` milliseconds; 0 when no time was measured (never Infinity). */
export function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : 0;
}

/** A rate for a table cell: thousands separated, whole numbers from 100 up, one decimal below. */
export function rateCell(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1);
}

/** "12%" for a part of a whole, "—" when the whole is zero. */
export function shareCell(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(part / whole < 0.01 ? 1 : 0)}%` : '—';
}

/** MiB from bytes, whole. */
export function mibCell(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(0);
}

/**
 * Verdict of a "≥ target" check. The machine these run on is shared, so a rate can miss on wall
 * time only because another process held the core: "met on CPU time only" says so. A wall rate
 * within {@link BORDERLINE} of the target is marked borderline.
 */
export function verdict(wall: number | undefined, cpu: number | undefined, target: number): string {
  if (wall === undefined) return 'not measured';
  const base = wall >= target ? 'met' : cpu !== undefined && cpu >= target ? 'met on CPU time only' : 'not met';
  // Reruns on the shared machine differ by a few percent: a verdict this close could flip.
  return Math.abs(wall / target - 1) < BORDERLINE ? `${base} (borderline: within ${BORDERLINE * 100}% of the target)` : base;
}

/** How close to a target (as a fraction of it) a measured rate is called borderline. */
export const BORDERLINE = 0.05;

/**
 * Whether other work competed with the worker: the load average shows the other cores busy
 * (above cores − 0.5), or a pinned worker got under 90% of its core.
 */
export function underLoad(loads: readonly number[], cores: number, cpuMs: number | undefined, wallMs: number | undefined, pinned: boolean): boolean {
  if (loads.some((l) => l > cores - 0.5)) return true;
  return pinned && cpuMs !== undefined && wallMs !== undefined && wallMs > 0 && cpuMs / wallMs < 0.9;
}

/** The banner put under a section's header when {@link underLoad} holds. */
export const LOAD_BANNER =
  '> **Taken under load**: other processes were competing for the machine during this run (load average above, or the worker got under 90% of its CPU). ' +
  'Wall-clock rates are pessimistic; the CPU-time columns are the steadier view.';

/** What {@link sectionHeader} needs to know about a worker run. */
export interface HeaderInput {
  title: string;
  machine: MachineInfo;
  quick: boolean;
  loadBefore: number;
  loadAfter: number;
  cpuMs: number | undefined;
  wallMs: number | undefined;
  pinned: boolean;
}

/** A section's opening lines: its title, the machine and load, and the load banner when it applies. */
export function sectionHeader(h: HeaderInput): string[] {
  const out = [
    `## ${h.title}`,
    '',
    `Measured on ${describeMachine(h.machine)}${h.quick ? ' — **quick run** (`--quick`: short warm-up, one timed pass; rough numbers)' : ''}. ` +
      `1-minute load average during the run: ${h.loadBefore.toFixed(2)}–${h.loadAfter.toFixed(2)}.`,
  ];
  if (underLoad([h.loadBefore, h.loadAfter], h.machine.cores, h.cpuMs, h.wallMs, h.pinned)) out.push('', LOAD_BANNER);
  out.push('');
  return out;
}

