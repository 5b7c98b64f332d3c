import type { QuantityKind, QuantityQualifier } from '../../core/index.js';
import { readNumber } from './numbers.js';
import words from './words.json' with { type: 'json' };

/** A sentence as the quantity parser sees it. */
export interface SentenceTokens {
  words: readonly string[];
  pos: readonly string[];
  /** Whether token i touches token i-1 (no space between). */
  glued: readonly boolean[];
}

/** A quantity in token indices of the sentence (end exclusive). */
export interface TokenQuantity {
  start: number;
  end: number;
  kind: QuantityKind;
  value: number;
  qualifier: QuantityQualifier;
  exclusive?: boolean;
  max?: number;
  /** Token index of the counted head noun. */
  noun?: number;
}

const QUALIFIERS = Object.entries(words.qualifiers as unknown as Record<string, [string, boolean]>)
  .map(([phrase, [q, exclusive]]) => ({ words: phrase.split(' '), qualifier: q as QuantityQualifier, exclusive }))
  .sort((a, b) => b.words.length - a.words.length);
const set = (list: readonly string[]) => new Set(list.map((x) => x.toLowerCase()));
const MONEY_BEFORE = set(words.moneyBefore);
const MONEY_AFTER = set(words.moneyAfter);
const PERCENT_AFTER = set(words.percentAfter);
const TIME_AFTER = set(words.timeAfter);
const AGE_BEFORE = set(words.ageBefore);
const DURATION = set(words.durationUnits);
const IDENT_BEFORE = set(words.identifierBefore);
const YEAR_BEFORE = set(words.yearBefore);
const MONTHS = set(words.months);

/** Words a number can start with (anything else is skipped without parsing). */
const STARTS = new Set([...Object.keys(words.units), ...Object.keys(words.tens), ...Object.keys(words.vague), 'a', 'an', 'half']);

const lower = (w: readonly string[], i: number) => w[i]?.toLowerCase() ?? '';

/** The qualifier phrase that ends right before token `i`, if any. */
function qualifierBefore(w: readonly string[], i: number) {
  for (const q of QUALIFIERS) {
    const from = i - q.words.length;
    if (from < 0) continue;
    if (q.words.every((x, k) => lower(w, from + k) === x)) return { ...q, start: from };
  }
  return undefined;
}

/** The counted head noun after a number: adjectives and proper modifiers skipped, last noun of the compound. */
function headNoun(s: SentenceTokens, from: number): number | undefined {
  let j = from;
  let properFallback: number | undefined;
  for (let skipped = 0; j < s.words.length && skipped < 4; j++, skipped++) {
    const p = s.pos[j]!;
    if (p === 'NOUN') break;
    if (p === 'PROPN') properFallback ??= j;
    else if (p !== 'ADJ' && p !== 'ADV' && !(p === 'VERB' && /(?:ed|en)$/.test(s.words[j]!))) return properFallback;
  }
  if (s.pos[j] !== 'NOUN') return properFallback;
  while (s.pos[j + 1] === 'NOUN' && !s.glued[j + 1]) j++;
  return j;
}

/** Decides what a number is (a count unless a cue says year, date, time, money…). */
function kindOf(s: SentenceTokens, start: number, end: number, value: number, digits: boolean, hasQualifier: boolean): QuantityKind {
  const w = s.words;
  const word = w[start]!;
  const before = lower(w, start - 1);
  const after = lower(w, end);
  if (MONEY_BEFORE.has(before) || MONEY_AFTER.has(after)) return 'money';
  if (PERCENT_AFTER.has(after) || (after === 'per' && lower(w, end + 1) === 'cent')) return 'percent';
  if (TIME_AFTER.has(after) || /^\d{1,2}[:.]\d{2}$/.test(word)) return 'time';
  if (digits && (MONTHS.has(before) || MONTHS.has(after)) && value >= 1 && value <= 31 && !word.includes(',')) return 'date';
  if (AGE_BEFORE.has(before) || (after === '-' && lower(w, end + 1) === 'year' && lower(w, end + 3) === 'old')) return 'age';
  if ((after === 'years' || after === 'year') && lower(w, end + 1) === 'old') return 'age';
  // "Lavrov, 63, said": a bare number between commas after a name.
  if (before === ',' && after === ',' && s.pos[start - 2] === 'PROPN' && value < 120 && !hasQualifier) return 'age';
  // "F-16", "COVID-19", "Resolution 2118": numbers that name things.
  if ((before === '-' && s.glued[start]) || IDENT_BEFORE.has(before)) return 'identifier';
  if (digits && /^(?:1[89]|20)\d\d$/.test(word) && !hasQualifier && end === start + 1) {
    const nextNoun = s.pos[end] === 'NOUN' && !YEAR_BEFORE.has(before);
    if (!nextNoun) return 'year';
  }
  return 'count';
}

/** Finds the quantities of one sentence. */
export function parseQuantities(s: SentenceTokens): TokenQuantity[] {
  const w = s.words;
  const out: TokenQuantity[] = [];
  for (let i = 0; i < w.length; i++) {
    // A digit first is the cheap test (no lower-casing); \d is ASCII 0-9 here.
    const c0 = w[i]!.charCodeAt(0);
    if (!(c0 >= 48 && c0 <= 57) && !STARTS.has(lower(w, i))) continue;
    // Clock times written as one token ("10:30", "9.45pm").
    if (/^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$/i.test(w[i]!) && !(s.pos[i] === 'NUM' && /^\d{1,2}\.\d{2}$/.test(w[i]!) && !TIME_AFTER.has(lower(w, i + 1)))) {
      out.push({ start: i, end: i + 1, kind: 'time', value: parseInt(w[i]!, 10), qualifier: 'exact' });
      continue;
    }
    // Ordinals ("22nd", "3rd") are not counts; record them and move on.
    if (/^\d+(?:st|nd|rd|th)$/i.test(w[i]!)) {
      out.push({ start: i, end: i + 1, kind: 'ordinal', value: parseInt(w[i]!, 10), qualifier: 'exact' });
      continue;
    }
    const n = readNumber(w, i);
    if (!n) continue;
    // "one of …", "the only one": the pronoun, not a count.
    if (lower(w, i) === 'one' && n.end === i + 1 && s.pos[i + 1] !== 'NOUN' && s.pos[i + 1] !== 'ADJ') continue;
    if (s.glued[i] && /\p{L}/u.test(w[i - 1] ?? '') && w[i - 1] !== '-') continue;
    const q = qualifierBefore(w, i);
    let start = q?.start ?? i;
    let end = n.end;
    let qualifier: QuantityQualifier = n.vague ? 'vague' : (q?.qualifier ?? 'exact');
    let max: number | undefined;
    // Ranges: "between 50 and 60", "50 to 60", "50-60", "50 or 60".
    const joiner = lower(w, end);
    if (!n.of && (joiner === 'and' || joiner === 'to' || joiner === '-' || joiner === 'or' || joiner === '–')) {
      const m = readNumber(w, end + 1);
      const betweenOk = joiner !== 'and' || lower(w, i - 1) === 'between';
      if (m && !m.vague && m.value > n.value && betweenOk) {
        max = m.value;
        qualifier = 'range';
        if (lower(w, i - 1) === 'between') start = i - 1;
        end = m.end;
      }
    }
    const kind = kindOf(s, i, n.end, n.value, n.digits, q !== undefined);
    const noun = kind === 'count' || kind === 'duration' ? headNoun(s, end) : undefined;
    const finalKind: QuantityKind = kind === 'count' && noun !== undefined && DURATION.has(lower(w, noun)) ? 'duration' : kind;
    const item: TokenQuantity = { start, end, kind: finalKind, value: n.value, qualifier };
    if (q && !n.vague && q.exclusive && qualifier !== 'range') item.exclusive = true;
    if (max !== undefined) item.max = max;
    if (noun !== undefined) item.noun = noun;
    out.push(item);
    i = end - 1;
  }
  return out;
}
