import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateMention } from '../../core/index.js';
import { addDays, isoDay, isoMonth, weekday } from './calendar.js';
import type { Day } from './calendar.js';
import type { Tense } from './tense.js';
import words from './rules.json' with { type: 'json' };

/** A chrono date, before it becomes a layer item. */
export type ChronoDate = Omit<DateMention, 'text'>;

const FUTURE = new RegExp(`\\b(?:${words.futureCues.join('|')})\\b`, 'i');
const MONTH_ONLY = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;
const NO_ANCHOR = 'no publication date: the date needs one to be resolved';

/** Two far-apart reference days: a value that changes between them depended on the reference. */
const PROBES: readonly Day[] = [
  { y: 2001, m: 6, d: 15 },
  { y: 2007, m: 2, d: 7 },
];

const ref = (day: Day) => ({ instant: new Date(Date.UTC(day.y, day.m - 1, day.d, 12)), timezone: 'UTC' });

const dayOf = (c: ParsedComponents): Day => ({ y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 });

/** Whether chrono found anything calendar-like (not just a clock time, not "now"). */
function isDate(r: ParsedResult): boolean {
  const s = r.start;
  if (!(s.isCertain('day') || s.isCertain('month') || s.isCertain('year') || s.isCertain('weekday'))) return false;
  if (/^now$/i.test(r.text)) return false;
  // "march", "may" in lower case are verbs and nouns, not months.
  const bare = r.text.replace(/^(?:on|in)\s+/i, '');
  if (MONTH_ONLY.test(bare) && bare.charAt(0) === bare.charAt(0).toLowerCase()) return false;
  return true;
}

/** The value and precision chrono's components support. */
function valueOf(r: ParsedResult): Pick<ChronoDate, 'value' | 'precision'> {
  const s = r.start;
  if (r.end) return { value: { start: isoDay(dayOf(s)), end: isoDay(dayOf(r.end)) }, precision: 'range' };
  if (s.isCertain('day') || s.isCertain('weekday')) return { value: isoDay(dayOf(s)), precision: 'day' };
  if (s.isCertain('month')) return { value: isoMonth(s.get('year') ?? 0, s.get('month') ?? 1), precision: 'month' };
  return { value: String(s.get('year')), precision: 'year' };
}

/**
 * A bare weekday ("on Wednesday", "this Wednesday") by the tense of the verb that governs it:
 * past or perfect, the most recent one on or before the anchor; future, the first on or after it. Where the
 * verb's form tells neither, the most recent, unless the sentence looks forward somewhere.
 */
function placeWeekday(r: ParsedResult, anchor: Day, tense: Tense | undefined, sentence: () => string): string {
  const target = r.start.get('weekday') ?? 0;
  const want = target === 0 ? 7 : target;
  const pastGap = (weekday(anchor) - want + 7) % 7;
  const forward = tense === undefined ? FUTURE.test(sentence()) : tense === 'future';
  // Looking forward, the article's own weekday is that day ("will meet Wednesday" in a Wednesday
  // story, as news style writes today); otherwise the next one.
  const day = forward ? addDays(anchor, pastGap === 0 ? 0 : 7 - pastGap) : addDays(anchor, -pastGap);
  return isoDay(day);
}

/** Most phrases {@link probeValues} keeps before starting over (a long run meets few distinct ones). */
const PROBE_CACHE_MAX = 4096;
const probeCache = new Map<string, readonly string[]>();

/**
 * A phrase's value against each of the {@link PROBES} ('' when chrono finds nothing). It depends
 * on the phrase alone, and news repeats the same few ("this year", "on Monday", "today"), so it
 * is kept: the two extra parses cost as much as parsing the whole paragraph.
 */
function probeValues(phrase: string): readonly string[] {
  let values = probeCache.get(phrase);
  if (values === undefined) {
    values = PROBES.map((p) => {
      const parsed = chrono.parse(phrase, ref(p))[0];
      return parsed ? JSON.stringify(valueOf(parsed).value) : '';
    });
    if (probeCache.size >= PROBE_CACHE_MAX) probeCache.clear();
    probeCache.set(phrase, values);
  }
  return values;
}

/**
 * Dates chrono finds in `text` (a paragraph), in `text` offsets plus `base`. `sentenceAt` gives the
 * sentence around an offset (for the future cues of bare weekdays) and `tenseOf` the tense of the
 * verb governing a span. Whether a date was `stated` or
 * `inferred` is tested, not guessed: the phrase is parsed again against two far-apart reference
 * days, and a value that moves depended on the reference.
 */
export function chronoDates(
  text: string,
  base: number,
  anchor: Day | undefined,
  sentenceAt: (offset: number) => string,
  tenseOf: (start: number, end: number) => Tense | undefined,
): ChronoDate[] {
  const out: ChronoDate[] = [];
  const results = chrono.parse(text, ref(anchor ?? PROBES[0]!));
  for (const r of results) {
    if (!isDate(r)) continue;
    const values = probeValues(r.text);
    const stated = values[0] === values[1] && values[0] !== '';
    // Keep the date itself, not the preposition chrono takes with it ("on 22 January").
    const lead = /^(?:on|in|at|by|since|from|until)\s+/i.exec(r.text)?.[0].length ?? 0;
    const start = base + r.index + lead;
    // Nor the comma chrono sometimes takes after a weekday ("on Saturday, and …").
    const tail = /[\s,]+$/.exec(r.text)?.[0].length ?? 0;
    const item = { start, end: base + r.index + r.text.length - tail, by: 'chrono' };
    let { value, precision } = valueOf(r);
    if (!stated && anchor === undefined) {
      out.push({ ...item, value: null, precision, certainty: 'inferred', reason: NO_ANCHOR });
      continue;
    }
    const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.end;
    if (anchor && weekdayOnly && !/\b(?:next|last|coming)\b/i.test(r.text)) {
      // "this Wednesday" is chrono's own unless a verb's tense places it.
      const tense = tenseOf(start, item.end);
      if (!/\bthis\b/i.test(r.text) || tense !== undefined) {
        value = placeWeekday(r, anchor, tense, () => sentenceAt(start));
        precision = 'day';
      }
    }
    out.push({ ...item, value, precision, certainty: stated ? 'stated' : 'inferred' });
  }
  return out;
}
