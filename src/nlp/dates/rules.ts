import type { DateMention } from '../../core/index.js';
import { addDays, addMonths, isoDay, isoMonth, lastOfMonth, weekStart, weekday } from './calendar.js';
import type { Day } from './calendar.js';
import type { Tense } from './tense.js';
import words from './rules.json' with { type: 'json' };

/** A date found by one of our rules, before it becomes a layer item. */
export type RuleDate = Omit<DateMention, 'text'>;

const NUMBERS: Record<string, number> = words.numbers;
const RECENT: Record<string, number> = words.recent;
const YEAR_PARTS: Record<string, number[]> = words.yearParts;
const YEAR_PREPS = new Set(words.yearPrepositions);
const NUMBER_RE = `(\\d{1,3}|${Object.keys(NUMBERS).sort((a, b) => b.length - a.length).join('|')})`;
const UNIT_RE = '(days?|weeks?|months?|years?)';
const NO_ANCHOR = 'no publication date: a relative date cannot be resolved';

function count(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (NUMBERS[word.toLowerCase()] ?? 1);
}

/** The day `n` units before `day` (a month or year back keeps the day of month where it exists). */
function back(day: Day, n: number, unit: string): Day {
  if (unit.startsWith('day')) return addDays(day, -n);
  if (unit.startsWith('week')) return addDays(day, -7 * n);
  const months = unit.startsWith('month') ? n : 12 * n;
  const first = addMonths(day, -months);
  return { ...first, d: Math.min(day.d, lastOfMonth(first.y, first.m).d) };
}

const range = (a: Day, b: Day) => ({ start: isoDay(a), end: isoDay(b) });

interface Rule {
  name: string;
  re: RegExp;
  /**
   * A test every match of `re` passes (a word or digits `re` spells literally, under the same
   * flags): a paragraph failing it is not scanned with `re` at all.
   */
  needs: RegExp;
  /**
   * The value for a match, or a string (the reason) when it cannot be resolved. `tense` gives the
   * tense of the verb governing the match (asked only by the rules it matters to).
   */
  resolve(m: RegExpExecArray, anchor: Day | undefined, tense: () => Tense | undefined): Pick<RuleDate, 'value' | 'precision' | 'certainty'> & { reason?: string };
}

/** Wraps a rule that needs the anchor: without one the value stays null, with the reason. */
function relative(
  precision: RuleDate['precision'],
  f: (m: RegExpExecArray, anchor: Day, tense: () => Tense | undefined) => RuleDate['value'],
): Rule['resolve'] {
  return (m, anchor, tense) =>
    anchor === undefined
      ? { value: null, precision, certainty: 'inferred', reason: NO_ANCHOR }
      : { value: f(m, anchor, tense), precision, certainty: 'inferred' };
}

/** Every unit rule spells one of these words (case-insensitive, as the rules match). */
const UNIT_WORD = /day|week|month|year/i;
/** Every year rule spells a year of the 1900s or 2000s. */
const YEAR_DIGITS = /(?:19|20)\d/;

const RULES: Rule[] = [
  {
    name: 'recent',
    needs: UNIT_WORD,
    re: new RegExp(`\\b(?:in|over|during|within) (?:the )?(?:recent|past few|last few|past several|last several) ${UNIT_RE}\\b`, 'gi'),
    resolve: relative('range', (m, a) => range(addDays(a, -(RECENT[m[1]!.toLowerCase()] ?? 7)), a)),
  },
  {
    name: 'last-n',
    needs: UNIT_WORD,
    re: new RegExp(`\\b(?:over|in|during|for|within) the (?:last|past|previous) (?:${NUMBER_RE} )?${UNIT_RE}\\b`, 'gi'),
    resolve: relative('range', (m, a) => range(back(a, m[1] === undefined ? 1 : count(m[1]), m[2]!.toLowerCase()), a)),
  },
  {
    name: 'ago',
    needs: UNIT_WORD,
    re: new RegExp(`\\b${NUMBER_RE} ${UNIT_RE} ago\\b`, 'gi'),
    resolve(m, a, tense) {
      const unit = m[2]!.toLowerCase();
      const precision = unit.startsWith('day') ? 'day' : unit.startsWith('week') ? 'week' : unit.startsWith('month') ? 'month' : 'year';
      return relative(precision, (mm, anchor) => {
        const day = back(anchor, count(mm[1]!), unit);
        if (precision === 'day') return isoDay(day);
        if (precision === 'week') return range(weekStart(day), addDays(weekStart(day), 6));
        return precision === 'month' ? isoMonth(day.y, day.m) : String(day.y);
      })(m, a, tense);
    },
  },
  {
    name: 'weekend',
    needs: /week/i,
    re: /\b(?:(this|last|next|past) weekend|(?:over|during|at|on) the (?:past )?weekend)\b/gi,
    resolve: relative('range', (m, a, tense) => {
      const which = m[1]?.toLowerCase();
      // The weekend just gone (or under way): Saturday on or before the anchor.
      let sat = addDays(a, -((weekday(a) + 1) % 7));
      // On a weekday, "this weekend" and a future verb's "over the weekend" are the coming one,
      // unless the verb is past ("clashes this weekend left 12 dead").
      const ahead = which === 'next' || (weekday(a) < 6 && which !== 'last' && which !== 'past' && (which === 'this' ? tense() !== 'past' : tense() === 'future'));
      if (ahead) sat = addDays(sat, 7);
      if (which === 'last' && weekday(a) >= 6) sat = addDays(sat, -7);
      return range(sat, addDays(sat, 1));
    }),
  },
  {
    name: 'this-unit',
    needs: UNIT_WORD,
    re: /\b(earlier |later )?(this|last|next) (week|month|year)\b/gi,
    resolve(m, a, tense) {
      const unit = m[3]!.toLowerCase();
      const shift = { this: 0, last: -1, next: 1 }[m[2]!.toLowerCase() as 'this' | 'last' | 'next'];
      const earlier = m[1]?.trim().toLowerCase() === 'earlier' && shift === 0;
      if (unit === 'week') {
        return relative('week', (_, anchor) => {
          const mon = addDays(weekStart(anchor), 7 * shift);
          return earlier ? range(mon, anchor) : range(mon, addDays(mon, 6));
        })(m, a, tense);
      }
      if (unit === 'month') {
        return relative('month', (_, anchor) => {
          const first = addMonths(anchor, shift);
          return isoMonth(first.y, first.m);
        })(m, a, tense);
      }
      return relative('year', (_, anchor) => String(anchor.y + shift))(m, a, tense);
    },
  },
  {
    name: 'year-part',
    needs: YEAR_DIGITS,
    re: /\b(early|late|mid-|mid|the (?:start|beginning|middle|end|first half|second half) of|(?:spring|summer|autumn|fall|winter)(?: of)?)\s*((?:19|20)\d{2})\b/gi,
    resolve(m) {
      const raw = m[1]!.toLowerCase();
      const key = YEAR_PARTS[raw] ? raw : raw.replace(/ of$/, '');
      const [from, to] = YEAR_PARTS[key] ?? [1, 12];
      const y = Number(m[2]);
      return { value: range({ y, m: from!, d: 1 }, lastOfMonth(y, to!)), precision: 'range', certainty: 'stated' };
    },
  },
  {
    name: 'decade',
    needs: YEAR_DIGITS,
    re: /\bthe ((?:19|20)\d)0s\b/gi,
    resolve(m) {
      const y = Number(m[1]) * 10;
      return { value: range({ y, m: 1, d: 1 }, { y: y + 9, m: 12, d: 31 }), precision: 'range', certainty: 'stated' };
    },
  },
  {
    name: 'year',
    needs: YEAR_DIGITS,
    re: /\b((?:19|20)\d{2})\b(?![,.]?\d)(?!-\d)/g,
    resolve(m) {
      return { value: m[1]!, precision: 'year', certainty: 'stated' };
    },
  },
];

/** Whether a bare four-digit number reads as a year: a year preposition comes before it. */
function yearContext(text: string, index: number): boolean {
  const before = /([\p{L}']+)\s*$/u.exec(text.slice(Math.max(0, index - 24), index));
  return before !== null && YEAR_PREPS.has(before[1]!.toLowerCase());
}

/** Whether [s, e) overlaps none of the `taken` ranges (a module function: no closure per call). */
function isFree(taken: readonly [number, number][], s: number, e: number): boolean {
  for (const [a, b] of taken) if (!(e <= a || s >= b)) return false;
  return true;
}

/**
 * Runs our date rules over `text` (a paragraph), returning items in `text` offsets plus `base`.
 * Earlier rules win over later ones where they overlap.
 */
export function ruleDates(text: string, base: number, anchor: Day | undefined, tenseOf: (start: number, end: number) => Tense | undefined = () => undefined): RuleDate[] {
  const out: RuleDate[] = [];
  const taken: [number, number][] = [];
  const passes = new Map<RegExp, boolean>();
  for (const rule of RULES) {
    let pass = passes.get(rule.needs);
    if (pass === undefined) passes.set(rule.needs, (pass = rule.needs.test(text)));
    if (!pass) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isFree(taken, start, end)) continue;
      if (rule.name === 'year' && !yearContext(text, start)) continue;
      const r = rule.resolve(m, anchor, () => tenseOf(base + start, base + end));
      taken.push([start, end]);
      out.push({ start: base + start, end: base + end, ...r, by: `rule:${rule.name}` });
    }
  }
  return out;
}
