import monthData from './months.json' with { type: 'json' };

/** Options for the date readers. */
export interface DateCheck {
  /** "Now" for the future check, in ms since the epoch (default `Date.now()`). */
  now?: number;
}

/** A date found inside a longer text. */
export interface DateMatch {
  /** ISO 8601 date (`YYYY-MM-DD`) or date-time. */
  value: string;
  /** Offset and length of the matched date text. */
  index: number;
  length: number;
}

/** Pages before this year are not news pages we read: such a year is a parse error or a placeholder. */
const MIN_YEAR = 1990;
const DAY_MS = 86_400_000;

const MONTHS = new Map<string, number>();
monthData.months.forEach((names, i) => names.forEach((n) => MONTHS.set(n, i + 1)));
const ZONES = new Map<string, number>(
  Object.entries(monthData.zones).filter((e): e is [string, number] => typeof e[1] === 'number'),
);

// Month names sorted longest first so "sept" wins over "sep" inside the alternation.
const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
const TIME_RE = String.raw`(?:(?:,|\s+at|\s*[-–—|])?\s*(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*(?:([+-]\d{2}:?\d{2})|\(?([a-z]{1,5})\)?)(?![\p{L}]))?)?`;
/** `20 November 2019`, `Wed, 20 Nov. 2019 10:00 GMT`, `20. März 2019`, `20 de noviembre de 2019`. */
const DMY_RE = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|\.)?\s*(?:de\s+)?(${MONTH_ALT})\.?,?\s*(?:de\s+)?((?:19|20)\d{2})(?!\d)${TIME_RE}`, 'iu');
/** `November 20, 2019`, `Nov. 20 2019, 10:00 a.m. EST`. */
const MDY_RE = new RegExp(String.raw`(?<![\p{L}\d])(${MONTH_ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)${TIME_RE}`, 'iu');
/** `2019-11-20`, `2019/11/20 10:00`, `2019-11-20T10:00:00.000+01:00`. */
const ISO_RE = /^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[a-z]{1,5})?)?/i;
/** `20191120`, `20191120T101500Z`. */
const COMPACT_RE = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/i;
/** `20.11.2019`, `20/11/2019` (day first; slashes only when unambiguous). */
const NUMERIC_RE = /(?<!\d)(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/;

/**
 * Normalises a page date to ISO 8601: `YYYY-MM-DD` for a date, `YYYY-MM-DDTHH:MM:SS±HH:MM`
 * when a time and offset are given (a time without offset stays local). Returns `undefined`
 * for anything it cannot read for sure, a year before 1990, or a date more than a day ahead.
 */
export function normaliseDate(input: string, check: DateCheck = {}): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  const m = ISO_RE.exec(text) ?? COMPACT_RE.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6], undefined, m[7], check);
  if (/^\d{10}(\d{3})?$/.test(text)) return fromEpoch(Number(text) * (text.length === 10 ? 1000 : 1), check);
  return findDateInText(text, check)?.value;
}

/** Finds the first readable, plausible date written out in prose or a dateline. */
export function findDateInText(text: string, check: DateCheck = {}): DateMatch | undefined {
  const hits: DateMatch[] = [];
  let m = DMY_RE.exec(text);
  if (m) {
    const v = build(+m[3]!, MONTHS.get(m[2]!.toLowerCase())!, +m[1]!, m[4], m[5], m[6], m[7], m[8] ?? m[9], check);
    if (v) hits.push({ value: v, index: m.index, length: m[0].length });
  }
  m = MDY_RE.exec(text);
  if (m) {
    const v = build(+m[3]!, MONTHS.get(m[1]!.toLowerCase())!, +m[2]!, m[4], m[5], m[6], m[7], m[8] ?? m[9], check);
    if (v) hits.push({ value: v, index: m.index, length: m[0].length });
  }
  m = NUMERIC_RE.exec(text);
  if (m) {
    const [a, b] = [+m[1]!, +m[3]!];
    // Slashes are day-first in most of the world and month-first in the US: read them only
    // when one side cannot be a month. Dots are day-first everywhere they are used.
    const dayFirst = m[2] === '.' || a > 12;
    const ambiguous = m[2] === '/' && a <= 12 && b <= 12;
    const v = ambiguous ? undefined : dayFirst ? build(+m[4]!, b, a, undefined, undefined, undefined, undefined, undefined, check) : build(+m[4]!, a, b, undefined, undefined, undefined, undefined, undefined, check);
    if (v) hits.push({ value: v, index: m.index, length: m[0].length });
  }
  hits.sort((x, y) => x.index - y.index);
  return hits[0];
}

/** Reads a `/2019/11/20/`, `/2019-11-20-` or `/2019/nov/20/` date from a URL's path. */
export function dateFromUrl(url: string, check: DateCheck = {}): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = /\/((?:19|20)\d{2})([/-])(\d{1,2}|[a-z]{3,9})\2(\d{1,2})(?=[/_.-]|$)/i.exec(path) ?? /\/((?:19|20)\d{2})()(\d{2})(\d{2})(?=\/)/.exec(path);
  if (!m) return undefined;
  const month = /^\d+$/.test(m[3]!) ? +m[3]! : MONTHS.get(m[3]!.toLowerCase());
  return month === undefined ? undefined : build(+m[1]!, month, +m[4]!, undefined, undefined, undefined, undefined, undefined, check);
}

function build(
  year: number,
  month: number,
  day: number,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  ampm: string | undefined,
  zone: string | undefined,
  check: DateCheck,
): string | undefined {
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  let out = date;
  let offsetMin: number | undefined;
  if (hour !== undefined && minute !== undefined) {
    let h = +hour;
    if (ampm) h = (h % 12) + (ampm.toLowerCase().startsWith('p') ? 12 : 0);
    if (h > 23 || +minute > 59 || (second !== undefined && +second > 59)) return undefined;
    out += `T${pad(h)}:${minute}:${second ?? '00'}`;
    const offset = zone === undefined ? undefined : readOffset(zone);
    if (offset !== undefined) {
      offsetMin = offset;
      out += offset === 0 && zone!.toUpperCase() === 'Z' ? 'Z' : formatOffset(offset);
    }
  }
  const utc = Date.UTC(year, month - 1, day, 0, 0, 0) - (offsetMin ?? 0) * 60_000;
  if (utc > (check.now ?? Date.now()) + DAY_MS) return undefined;
  return out;
}

function readOffset(zone: string): number | undefined {
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (m) return (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +(m[3] ?? 0));
  return ZONES.get(zone.toLowerCase());
}

function fromEpoch(ms: number, check: DateCheck): string | undefined {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return undefined;
  return build(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), pad(d.getUTCHours()), pad(d.getUTCMinutes()), pad(d.getUTCSeconds()), undefined, 'Z', check);
}

function formatOffset(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const abs = Math.abs(min);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number | string): string {
  return String(n).padStart(2, '0');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
