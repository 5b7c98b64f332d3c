/**
 * Syntax helpers of the event-place linker: which preposition governs a place mention, whether
 * the mention names an actor, an origin, the trigger's object or a passive subject, and which
 * mentions only locate another. Cue words live in link-cues.json.
 *
 * @module
 */
import cues from './link-cues.json' with { type: 'json' };
import type { Token } from './tokens.js';

const PREPOSITIONS = new Map(Object.entries(cues.prepositions));
const DIRECTIONS = new Map(Object.entries(cues.directions));
const ORIGIN_VERBS = new Set(cues.originVerbs);
const SKIP = new Set(cues.skip);
const DISTANCE = new Set(cues.distanceWords);
const ACTOR_NOUNS = new Set(cues.actorNouns);
const STRONG_BREAKS = new Set(cues.clauseBreaks.strong);
const WEAK_BREAKS = new Set(cues.clauseBreaks.weak);
/** How specific each precision is; an unknown (cue-found) name is the most specific. */
const SPECIFICITY: Record<string, number> = { unknown: 0, city: 1, feature: 2, region: 3, country: 4 };
const SETTLEMENTS = new Set(cues.settlementTypes);
const AUXILIARIES = new Set(cues.auxiliaries);
const LOOKBACK = 10;

/** What governs a place mention: the preposition before it, if any, and how it relates to other mentions. */
export interface Governor {
  relation?: string;
  /** A compass relation ("east of"), whose anchor is the mention itself. */
  relative: boolean;
  /** The mention only locates another mention just before it (apposition, "X, 30 km south of Y"). */
  container: boolean;
  /** Token index of the preposition, when found. */
  at?: number;
}

/** Token indices [first, last] overlapping the character range. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  let first = -1;
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.end > start && t.start < end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? [tokens.length, tokens.length] : [first, last];
}

/** A place name used as a modifier of an actor: "the Damascus government", "Syria's army". */
export function isActor(tokens: readonly Token[], b: number): boolean {
  let next = tokens[b + 1]?.lower ?? '';
  if (next === "'s" || next === '’s') next = tokens[b + 2]?.lower ?? '';
  if (next === '-') next = `-${tokens[b + 2]?.lower ?? ''}`;
  return ACTOR_NOUNS.has(next);
}

/** What governs the mention starting at token `a`: walk left over modifiers to a preposition. */
export function governor(tokens: readonly Token[], a: number, owner: ReadonlyMap<number, number>, self: number): Governor {
  const gov: Governor = { relative: false, container: false };
  let unknown = 0;
  for (let k = a - 1; k >= 0 && a - k <= LOOKBACK; k--) {
    const w = tokens[k]?.lower ?? '';
    const other = owner.get(k);
    if (other !== undefined && other !== self) {
      // "Murphy, North Carolina" / "Mahmudiyah, 30 km south of Baghdad" / "Yopougon (in Abidjan)":
      // this mention locates the earlier one.
      const between = tokens.slice(k + 1, a).map((t) => t.lower);
      if (between.includes(',') || between.includes('(') || gov.relative) {
        gov.container = true;
        return gov;
      }
      // "Syria's Idlib", "the West Bank city of Nablus", "the Washash district of Baghdad": nested
      // names (nestedContainers decides which is the container); keep walking to the preposition.
      if (between.every((t) => t === "'s" || t === '’s' || SKIP.has(t)) || ofLink(tokens.slice(k + 1, a))) {
        k = (ranges0(owner, other) ?? k) ;
        continue;
      }
      return gov;
    }
    if (w === 'of' && DIRECTIONS.has(tokens[k - 1]?.lower ?? '') && !gov.relative) {
      const rel = DIRECTIONS.get(tokens[k - 1]?.lower ?? '') ?? '';
      gov.relation = rel;
      gov.relative = rel.endsWith(' of');
      k--;
      while (k - 1 >= 0 && isDistanceWord(tokens[k - 1]?.lower ?? '')) k--;
      continue;
    }
    const prep = PREPOSITIONS.get(w);
    if (prep !== undefined) {
      if (!gov.relative) gov.relation = prep;
      gov.at = k;
      return gov;
    }
    if (SKIP.has(w) || /^\d/.test(w) || /^\p{Lu}/u.test(tokens[k]?.text ?? '')) continue;
    if (w === ',' || ++unknown > 2) return gov;
  }
  return gov;
}

function isDistanceWord(w: string): boolean {
  return DISTANCE.has(w) || /^[\d.,]+$/.test(w) || /^\d+(?:km|mi|m)$/.test(w);
}

/** "fled from X", "returned from X": the preposition follows an origin verb (or the trigger is one). */
export function isOrigin(tokens: readonly Token[], prep: number, trig: readonly [number, number]): boolean {
  for (let k = trig[0]; k <= trig[1]; k++) if (ORIGIN_VERBS.has(tokens[k]?.lower ?? '')) return true;
  for (let k = prep - 1; k >= 0 && prep - k <= 4; k--) if (ORIGIN_VERBS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** How many strong and weak clause boundaries lie in tokens [lo, hi). */
export function clauseBreaks(tokens: readonly Token[], lo: number, hi: number): { strong: number; weak: number } {
  const out = { strong: 0, weak: 0 };
  for (let k = lo; k < hi; k++) {
    const w = tokens[k]?.lower ?? '';
    if (STRONG_BREAKS.has(w)) out.strong++;
    else if (WEAK_BREAKS.has(w)) out.weak++;
  }
  return out;
}

/** Whether a place of precision `outer` is broader than one of precision `inner` (a region than a city, a country than a region). */
export function broader(outer: string, inner: string): boolean {
  return (SPECIFICITY[outer] ?? 0) > (SPECIFICITY[inner] ?? 0) && (outer === 'region' || outer === 'country');
}

/** The first token of mention `k`, from the token → mention map. */
function ranges0(owner: ReadonlyMap<number, number>, k: number): number | undefined {
  let first: number | undefined;
  for (const [t, m] of owner) if (m === k && (first === undefined || t < first)) first = t;
  return first;
}

/** The place is the trigger's direct object: only modifiers stand between ("captured the town of X"). */
export function isObject(tokens: readonly Token[], trig: readonly [number, number], a: number): boolean {
  if (a <= trig[1] || a - trig[1] > 6) return false;
  let unknown = 0;
  for (let k = trig[1] + 1; k < a; k++) {
    const w = tokens[k]?.lower ?? '';
    if (SKIP.has(w) || /^\d/.test(w) || /^\p{Lu}/u.test(tokens[k]?.text ?? '')) continue;
    // "bombed villages east of Damascus": the villages are the object, Damascus only their anchor.
    if (DIRECTIONS.has(w) && tokens[k + 1]?.lower === 'of') return false;
    if (PREPOSITIONS.has(w) || w === ',' || ++unknown > 1) return false;
  }
  return true;
}

/** The place is the subject of a passive trigger: "Jaffna was captured", "Kisangani was later seized". */
export function isPassiveSubject(tokens: readonly Token[], trig: readonly [number, number], b: number): boolean {
  if (b >= trig[0] || trig[0] - b > 4) return false;
  for (let k = b + 1; k < trig[0]; k++) if (!AUXILIARIES.has(tokens[k]?.lower ?? '')) return false;
  return true;
}

/**
 * Of two mentions joined only by modifiers ("Syria's Idlib", "the West Bank city of Nablus",
 * "the Washash district of Baghdad", "India's northeastern state of Assam", "Akhaura in
 * Brahmmanbaria district"), the less specific one only locates the other.
 */
export function nestedContainers(tokens: readonly Token[], ranges: readonly (readonly [number, number])[], precisions: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k + 1 < ranges.length; k++) {
    const [, b] = ranges[k] ?? [0, 0];
    const [c] = ranges[k + 1] ?? [0, 0];
    if (c - b > 7) continue;
    const betweenTokens = tokens.slice(b + 1, c);
    const between = betweenTokens.map((t) => t.lower);
    // "India's northeastern state of Assam", "the Sinai resorts of Taba": the first locates the second.
    if (ofLink(betweenTokens)) {
      out.add(k);
      continue;
    }
    // "Akhaura in Brahmmanbaria district", "Hotan Prefecture in the volatile region of Xinjiang": the second locates the first.
    if (inLink(betweenTokens)) {
      out.add(k + 1);
      continue;
    }
    if (c - b > 5 || !between.every((t) => t === "'s" || t === '’s' || SKIP.has(t))) continue;
    const of = between.lastIndexOf('of');
    if (of > 0 && SETTLEMENTS.has(between[of - 1] ?? '')) {
      out.add(k);
      continue;
    }
    const first = SPECIFICITY[precisions[k] ?? 'unknown'] ?? 0;
    const second = SPECIFICITY[precisions[k + 1] ?? 'unknown'] ?? 0;
    out.add(first > second ? k : k + 1);
  }
  return out;
}

/** Lower-case modifier or type words ("northeastern state", "violent port city"): no preposition, clause break or verb among them. */
function modifierWords(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (SKIP.has(t.lower)) continue;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || PREPOSITIONS.has(t.lower) || STRONG_BREAKS.has(t.lower) || WEAK_BREAKS.has(t.lower) || AUXILIARIES.has(t.lower) || ++words > 2) return false;
  }
  return true;
}

/**
 * Whether the tokens between two mentions make the first one the second's container through
 * "of": "India's northeastern state of Assam", "the Sinai resorts of Taba", "the Damascus
 * suburb of eastern Ghouta" (a possessive or modifiers, a type word, then "of").
 */
export function ofLink(between: readonly Token[]): boolean {
  const of = between.findIndex((t) => t.lower === 'of');
  if (of < 1 || between.slice(of + 1).some((t) => !SKIP.has(t.lower) || t.lower === 'of')) return false;
  return modifierWords(between.slice(0, of));
}

/** Whether the second mention locates the first right after it: "Akhaura in Brahmmanbaria district", "X in the restive province of Y". */
function inLink(between: readonly Token[]): boolean {
  return between.length >= 1 && between.length <= 5 && between[0]?.lower === 'in' && modifierWords(between.slice(1));
}
