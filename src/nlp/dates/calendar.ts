/** A calendar day (proleptic Gregorian, no time zone). */
export interface Day {
  y: number;
  /** 1–12. */
  m: number;
  /** 1–31. */
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `2014-01-22`. */
export function isoDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

/** `2014-01`. */
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

function fromUTC(t: number): Day {
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function toUTC(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

/** The day `n` days after `day` (negative: before). */
export function addDays(day: Day, n: number): Day {
  return fromUTC(toUTC(day) + n * 86_400_000);
}

/** The first day of the month `n` months after `day`'s month. */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1, d: 1 };
}

/** The last day of a month. */
export function lastOfMonth(y: number, m: number): Day {
  return fromUTC(Date.UTC(y, m, 0));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(day: Day): number {
  const w = new Date(toUTC(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The Monday of `day`'s ISO week. */
export function weekStart(day: Day): Day {
  return addDays(day, 1 - weekday(day));
}

/**
 * The calendar day of an ISO 8601 date or date-time (`2014-01-13`, `2014-01-13T10:00:00Z`), as
 * written: the date part is the publisher's own, so no time-zone shift is applied.
 */
export function parseIsoDay(value: string | undefined): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return undefined;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= 31 ? day : undefined;
}
