/**
 * Timeline data shaping, kept free of the DOM so it can be unit-tested: the API's
 * `(period, type)` buckets become one column per period (gaps filled with empty periods, so the
 * time axis is honest), stacked by type, with the cooperation/conflict balance per period.
 */
import { compareTypes } from './palette.js';

/** Bucket size of the timeline. */
export type Interval = 'day' | 'week';

/** One bucket as `GET /api/timeline` returns it. */
export interface TimelineBucket {
  period: string;
  type: string;
  events: number;
  cooperation: number;
  conflict: number;
  goldstein: number;
}

/** One type's slice of a period's stacked bar. */
export interface Segment {
  type: string;
  events: number;
  /** Stack bottom and top (event counts). */
  y0: number;
  y1: number;
}

/** One period (a day, or a week starting Monday) of the chart. */
export interface Column {
  /** ISO day of the period's first day. */
  period: string;
  segments: Segment[];
  total: number;
  cooperation: number;
  conflict: number;
}

/** The chart's data. */
export interface TimelineShape {
  columns: Column[];
  /** Events per type over the whole range, before the type selection (the legend's counts). */
  typeTotals: { type: string; events: number }[];
  /** Largest column total (0 when there are no events). */
  maxTotal: number;
  /** Largest cooperation or conflict count of a column. */
  maxBalance: number;
}

const DAY_MS = 86_400_000;

/** Milliseconds (UTC midnight) of an ISO day. */
export function dayMs(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** ISO day of a UTC millisecond time. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The ISO day `n` days after `iso`. */
export function addDays(iso: string, n: number): string {
  return isoDay(dayMs(iso) + n * DAY_MS);
}

/** Days in one period. */
export function periodDays(interval: Interval): number {
  return interval === 'week' ? 7 : 1;
}

/** The first day of the period holding `iso`: the day itself, or the Monday of its week. */
export function floorToPeriod(iso: string, interval: Interval): string {
  if (interval === 'day') return iso;
  const weekday = (new Date(dayMs(iso)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(iso, -weekday);
}

/** The last day of the period starting on `period` (an inclusive `until`). */
export function periodLastDay(period: string, interval: Interval): string {
  return addDays(period, periodDays(interval) - 1);
}

/**
 * Buckets → columns. `selected` (the `type` filter) keeps only those types in the bars and the
 * balance; the legend's `typeTotals` always counts every type so a deselected one can be re-added.
 */
export function shapeTimeline(buckets: readonly TimelineBucket[], interval: Interval, selected: readonly string[] = []): TimelineShape {
  const keep = selected.length > 0 ? new Set(selected) : undefined;
  const totals = new Map<string, number>();
  const byPeriod = new Map<string, TimelineBucket[]>();
  for (const b of buckets) {
    totals.set(b.type, (totals.get(b.type) ?? 0) + b.events);
    if (keep && !keep.has(b.type)) continue;
    const period = floorToPeriod(b.period, interval);
    const list = byPeriod.get(period);
    if (list) list.push(b);
    else byPeriod.set(period, [b]);
  }
  const typeTotals = [...totals].map(([type, events]) => ({ type, events })).sort((a, b) => compareTypes(a.type, b.type));
  const periods = [...byPeriod.keys()].sort();
  const first = periods[0];
  const last = periods[periods.length - 1];
  const columns: Column[] = [];
  let maxTotal = 0;
  let maxBalance = 0;
  if (first !== undefined && last !== undefined) {
    const step = periodDays(interval);
    for (let p = first; p <= last; p = addDays(p, step)) {
      const inPeriod = (byPeriod.get(p) ?? []).slice().sort((a, b) => compareTypes(a.type, b.type));
      const segments: Segment[] = [];
      let y = 0;
      let cooperation = 0;
      let conflict = 0;
      for (const b of inPeriod) {
        // Two buckets of the same type can fall in one week when the API answered by day.
        const previous = segments[segments.length - 1];
        if (previous && previous.type === b.type) {
          previous.events += b.events;
          previous.y1 += b.events;
        } else segments.push({ type: b.type, events: b.events, y0: y, y1: y + b.events });
        y += b.events;
        cooperation += b.cooperation;
        conflict += b.conflict;
      }
      columns.push({ period: p, segments, total: y, cooperation, conflict });
      maxTotal = Math.max(maxTotal, y);
      maxBalance = Math.max(maxBalance, cooperation, conflict);
    }
  }
  return { columns, typeTotals, maxTotal, maxBalance };
}

/**
 * The time axis' domain in UTC milliseconds, [first period start, last period end). A short range
 * is widened to `minPeriods` periods around its middle so one day does not become one huge bar.
 */
export function timeDomain(columns: readonly Column[], interval: Interval, minPeriods = 7): [number, number] {
  const step = periodDays(interval) * DAY_MS;
  const first = columns[0];
  const last = columns[columns.length - 1];
  if (!first || !last) return [0, step * minPeriods];
  const start = dayMs(first.period);
  const end = dayMs(last.period) + step;
  const periods = Math.round((end - start) / step);
  if (periods >= minPeriods) return [start, end];
  const padBefore = Math.floor((minPeriods - periods) / 2);
  const padAfter = minPeriods - periods - padBefore;
  return [start - padBefore * step, end + padAfter * step];
}

/**
 * The periods holding the central mass of the events: the first and last period once `share` of
 * all events is cut from each end. A few events dated years away from the rest (a historical
 * reference, a mis-dated page) would otherwise stretch the axis until the bulk is a sliver.
 */
export function centralRange(items: readonly { period: string; events: number }[], share = 0.005): { first: string; last: string } | null {
  const byPeriod = new Map<string, number>();
  let total = 0;
  for (const it of items) {
    byPeriod.set(it.period, (byPeriod.get(it.period) ?? 0) + it.events);
    total += it.events;
  }
  if (total === 0) return null;
  const periods = [...byPeriod.keys()].sort();
  const cut = total * share;
  let first = periods[0] as string;
  let seen = 0;
  for (const p of periods) {
    seen += byPeriod.get(p) ?? 0;
    first = p;
    if (seen > cut) break;
  }
  let last = periods[periods.length - 1] as string;
  seen = 0;
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i] as string;
    seen += byPeriod.get(p) ?? 0;
    last = p;
    if (seen > cut) break;
  }
  return { first, last };
}

/** The chart narrowed to its central range, with what was left out. */
export interface Focused {
  shape: TimelineShape;
  /** Events in periods before / after the shown range. */
  before: number;
  after: number;
}

/**
 * Narrows the chart to {@link centralRange} when the outliers stretch the axis to more than
 * `stretch` times the central span; otherwise returns the chart as it is (nothing hidden).
 */
export function focusShape(shape: TimelineShape, interval: Interval, share = 0.005, stretch = 2): Focused {
  const whole = { shape, before: 0, after: 0 };
  const range = centralRange(shape.columns.map((c) => ({ period: c.period, events: c.total })), share);
  if (!range || shape.columns.length < 3) return whole;
  const span = dayMs(range.last) - dayMs(range.first) + DAY_MS;
  const full = dayMs(shape.columns[shape.columns.length - 1]?.period ?? range.last) - dayMs(shape.columns[0]?.period ?? range.first) + DAY_MS;
  if (full <= span * stretch) return whole;
  // The quantile cut also clips the thin ends of the bulk itself: grow the range back over every
  // period that lies within a small gap of it, so only events separated by a real gap stay off.
  const gap = Math.max(span * 0.1, 7 * periodDays(interval) * DAY_MS);
  let first = range.first;
  let last = range.last;
  for (let i = shape.columns.length - 1; i >= 0; i--) {
    const c = shape.columns[i] as Column;
    if (c.period < first && c.total > 0 && dayMs(first) - dayMs(c.period) <= gap) first = c.period;
  }
  for (const c of shape.columns) {
    if (c.period > last && c.total > 0 && dayMs(c.period) - dayMs(last) <= gap) last = c.period;
  }
  const kept = shape.columns.filter((c) => c.period >= first && c.period <= last);
  let before = 0;
  let after = 0;
  for (const c of shape.columns) {
    if (c.period < first) before += c.total;
    else if (c.period > last) after += c.total;
  }
  if (before + after === 0) return whole;
  const maxTotal = Math.max(0, ...kept.map((c) => c.total));
  const maxBalance = Math.max(0, ...kept.map((c) => Math.max(c.cooperation, c.conflict)));
  return { shape: { ...shape, columns: kept, maxTotal, maxBalance }, before, after };
}

/** Which bucket size suits the central range of the events: days up to `maxDays` (about four months), weeks beyond. */
export function autoInterval(buckets: readonly TimelineBucket[], maxDays = 120): Interval {
  const range = centralRange(buckets);
  if (!range) return 'day';
  return (dayMs(range.last) - dayMs(range.first)) / DAY_MS > maxDays ? 'week' : 'day';
}

/** A brushed pixel range → the `since`/`until` filter (whole periods, inclusive). */
export function brushToRange(fromMs: number, toMs: number, interval: Interval): { since: string; until: string } {
  const lo = Math.min(fromMs, toMs);
  const hi = Math.max(fromMs, toMs);
  const since = floorToPeriod(isoDay(lo), interval);
  // The period under the right edge is included; a right edge exactly on a period start is not.
  const lastDay = isoDay(Math.max(lo, Math.ceil(hi / DAY_MS) * DAY_MS - DAY_MS));
  return { since, until: periodLastDay(floorToPeriod(lastDay, interval), interval) };
}
