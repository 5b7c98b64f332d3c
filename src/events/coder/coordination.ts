/**
 * Verbs coordinated at the same level: a finite verb right after "and" ("Trump said he would X, and
 * slammed Y"; "X met Y and called on Z to …") is the act of the subject of the nearest finite verb of
 * its own tense before it. Verbs embedded under a modal or "to" ("would X") are passed over; a
 * passive or perfect participle ("was arrested and charged") is left alone, since which verb a bare
 * participle joins is ambiguous.
 *
 * @module
 */
import words from './coordination-words.json' with { type: 'json' };
import type { Word } from './words.js';

const STOPS = new Set(words.stops);
const BE = new Set(words.beForms);
const HAVE = new Set(words.haveForms);
const PAST = new Set(words.pastForms);

/** A verb form's tense as far as its form tells it: simple past, 3rd-person present, or neither. */
function tense(w: Word): 'past' | 'present' | undefined {
  if (w.pos !== 'VERB') return undefined;
  if (PAST.has(w.lower) || /[a-z]ed$/.test(w.lower)) return 'past';
  if (/[a-z][^s]s$/.test(w.lower)) return 'present';
  return undefined;
}

/** The word before `i` over adverbs, as an index (-1 at the sentence start). */
function beforeAdverbs(ws: readonly Word[], i: number): number {
  let j = i - 1;
  while (j >= 0 && ws[j]!.pos === 'ADV') j--;
  return j;
}

/** A verb's own helper before it: an auxiliary, "to" or a particle, else undefined. */
function helper(ws: readonly Word[], m: number): Word | undefined {
  const h = ws[beforeAdverbs(ws, m)];
  return h && (h.pos === 'AUX' || h.pos === 'PART' || h.lower === 'to') ? h : undefined;
}

/** The coordination of the verb at `i`: the "and" before it and the verb it joins. */
export interface Coordination {
  /** Index of the "and". */
  and: number;
  /** Index of the finite verb of the same tense that the verb at `i` is coordinated with. */
  verb: number;
}

/**
 * The verb the finite verb at `i` is coordinated with across an "and" right before it (adverbs
 * between allowed: "and promptly slammed"), or undefined: `i` is no finite past or present form, has
 * its own auxiliary (another rule's case), or no finite verb of the same tense stands before the
 * "and" in the same stretch of the sentence.
 */
export function coordinatedVerb(ws: readonly Word[], i: number): Coordination | undefined {
  const t = tense(ws[i]!);
  const and = beforeAdverbs(ws, i);
  if (t === undefined || ws[and]?.lower !== 'and') return undefined;
  const comma = ws[and - 1]?.lower === ',';
  // "Trump said he had watched the hearing and slammed …": a perfect of the same tense is joined unless a finite verb
  // of its clause's governor stands before it (then the verb after "and" is told at the governor's level).
  let perfect: Coordination | undefined;
  for (let m = and - 1; m >= Math.max(0, and - 25); m--) {
    const w = ws[m]!;
    if (STOPS.has(w.lower) || (w.pos === 'PUNCT' && w.lower !== ',')) return perfect;
    if (w.pos !== 'VERB') continue;
    const h = helper(ws, m);
    // "was arrested and charged": a passive participle; which verb the bare one joins is ambiguous, unless a comma
    // before the "and" closes its clause.
    if (h && BE.has(h.lower) && tense(w) === t && !comma) return perfect;
    if (h && HAVE.has(h.lower) && tense(w) === t && !comma) {
      perfect ??= { and, verb: m };
      continue;
    }
    // "said he would veto the bill, and slammed": past an embedded verb ("would veto", "to meet") to its governor
    // only after a comma before the "and", which marks a coordination at the governor's level; with no comma the
    // nearest verb is the one joined ("said the embargo would not work and warned": ambiguous, left alone).
    // A form with no tense and no helper ("a traffic stop" read as a verb, a gerund) is passed over either way.
    if (h || tense(w) !== t) {
      if (comma || (!h && tense(w) === undefined)) continue;
      return perfect;
    }
    return { and, verb: m };
  }
  return perfect;
}
