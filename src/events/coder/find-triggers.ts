/**
 * Trigger finding: the words of a sentence that the lexicon lists as event verbs or event nouns,
 * with the particle ("call for") or bound object ("lift sanctions") that selects the reading.
 *
 * @module
 */
import { lookupTrigger } from '../lexicon/index.js';
import type { TriggerEntry } from '../lexicon/index.js';
import { classifySentence, fallbackTrigger } from '../classify/index.js';
import type { TypeScores } from '../classify/index.js';
import type { Word } from './words.js';

/** A trigger word and the reading chosen for it. */
export interface TriggerHit {
  /** Word index of the trigger. */
  i: number;
  /** Last word the reading consumed (the particle's last word), `i` when none. */
  last: number;
  /** Word index of the bound object noun ("sanctions" in "lift sanctions"), when the reading needs one. */
  object?: number;
  entry: TriggerEntry;
  /** The classifier's fallback reading (the lexicon had no trigger in the sentence). */
  fallback?: boolean;
}

/** Options of `findTriggers`. */
export interface FindTriggerOptions {
  /** Let the sentence classifier supply a trigger where the lexicon finds none (default true). */
  fallback?: boolean;
}

const SKIP_TO_OBJECT = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON']);
/** Words an object phrase may hold before its bound noun ("gave the Ivory Coast 5.1 million dollars", "lifted Friday a day-old blockade", "shortened by one hour the curfew", "a state of emergency"). */
const OBJECT_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'PROPN', 'NOUN']);
const OBJECT_LINKS = new Set(['of', 'by']);
/** How far after the verb a bound object noun may stand. */
const OBJECT_REACH = 9;

/** Verb stems to try when the inflected form only has a noun reading ("fighting" -> "fight"). */
function stems(word: string): string[] {
  const out: string[] = [];
  for (const suf of ['ing', 'ed', 's']) {
    if (!word.endsWith(suf) || word.length <= suf.length + 2) continue;
    const stem = word.slice(0, -suf.length);
    out.push(stem, stem + 'e');
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
  }
  return out;
}

function posFits(entry: TriggerEntry, pos: string): boolean {
  if (entry.pos === 'any') return true;
  if (entry.pos === 'verb') return pos === 'VERB';
  return pos === 'NOUN' || pos === 'PROPN';
}

/**
 * Readings for word `i`: `lookupTrigger` with the next words as the particle and the next noun
 * as the object, kept when the reading's part of speech fits the word's tag.
 */
function readingsAt(ws: readonly Word[], i: number, scores: () => TypeScores): { entry: TriggerEntry; particleWords: number; object?: number } | undefined {
  const w = ws[i]!;
  if (w.pos !== 'VERB' && w.pos !== 'NOUN') return undefined;
  const next = ws.slice(i + 1, i + 4).map((x) => x.lower).join(' ');
  let o = i + 1;
  while (o < ws.length && o <= i + 4 && SKIP_TO_OBJECT.has(ws[o]!.pos)) o++;
  // The head of a noun compound is its last noun: "withdraw weapons inspectors" binds "inspectors".
  let head = o;
  while (ws[head]?.pos === 'NOUN' && ws[head + 1]?.pos === 'NOUN') head++;
  if (head !== o && [w.lower, ...stems(w.lower)].some((f) => lookupTrigger(f, next, ws[head]!.lower).some((e) => e.objects !== undefined && posFits(e, w.pos)))) o = head;
  const objWord = ws[o] && (ws[o]!.pos === 'NOUN' || ws[o]!.pos === 'PROPN') ? ws[o] : undefined;
  const tryWord = (form: string) => lookupTrigger(form, next, objWord?.lower).filter((e) => posFits(e, w.pos));
  let entries = tryWord(w.lower);
  if (entries.length === 0 && w.pos === 'VERB') {
    for (const s of stems(w.lower)) {
      entries = tryWord(s);
      if (entries.length > 0) break;
    }
  }
  if (w.pos === 'VERB' && entries[0]?.objects === undefined) {
    const far = fartherObject(ws, i, o, (obj) => {
      for (const form of [w.lower, ...stems(w.lower)]) {
        const bound = lookupTrigger(form, next, obj).filter((e) => e.objects !== undefined && posFits(e, w.pos));
        if (bound.length > 0) return bound[0];
      }
      return undefined;
    });
    if (far) return { entry: far.entry, particleWords: 0, object: far.k };
  }
  const entry = chooseReading(entries, scores);
  if (!entry) return undefined;
  const particleWords = entry.next === undefined ? 0 : entry.next.split(' ').length;
  const out: { entry: TriggerEntry; particleWords: number; object?: number } = { entry, particleWords };
  if (entry.objects !== undefined && objWord) out.object = o;
  return out;
}

/**
 * The reading to use among a word's readings: a bound one ("lift" + "sanctions") first; among free
 * readings of different types ("strike": ASSAULT or PROTEST, "raid": ASSAULT or COERCE), the type
 * the sentence classifier rates highest; else the lexicon's order (main before secondary).
 */
function chooseReading(entries: readonly TriggerEntry[], scores: () => TypeScores): TriggerEntry | undefined {
  const first = entries[0];
  if (!first || first.objects !== undefined) return first;
  const free = entries.filter((e) => e.objects === undefined);
  if (!free.some((e) => e.type !== first.type)) return first;
  const { prob } = scores();
  let best = first;
  for (const e of free) if ((prob.get(e.type) ?? 0) > (prob.get(best.type) ?? 0)) best = e;
  return best;
}

/**
 * A bound reading found on a later noun of the verb's object phrase: the nouns after the first
 * one (`o`), over names, numbers, modifiers and "of"/"by", until anything else ends the phrase.
 */
function fartherObject(ws: readonly Word[], i: number, o: number, read: (obj: string) => TriggerEntry | undefined): { entry: TriggerEntry; k: number } | undefined {
  for (let k = i + 1; k < ws.length && k <= i + OBJECT_REACH; k++) {
    const x = ws[k]!;
    // A possessive belongs to the phrase too: "summoned Niger's ambassador".
    if (!OBJECT_PHRASE.has(x.pos) && !OBJECT_LINKS.has(x.lower) && !(x.pos === 'PART' && /^'s?$/.test(x.lower))) return undefined;
    if (k <= o || x.pos !== 'NOUN') continue;
    const entry = read(x.lower);
    if (entry) return { entry, k };
  }
  return undefined;
}

/**
 * Triggers of one sentence, in order (with no lexicon trigger, the classifier's fallback one when it is confident). Words inside an actor or place phrase are not triggers
 * ("rebel" in "rebel groups"); a noun a verb reading already bound ("held talks") is not a second trigger.
 */
export function findTriggers(ws: readonly Word[], blocked: ReadonlySet<number>, options: FindTriggerOptions = {}): TriggerHit[] {
  const out: TriggerHit[] = [];
  const bound = new Set<number>();
  // The sentence classifier runs only when some word's readings need it.
  let scored: TypeScores | undefined;
  const scores = () => (scored ??= classifySentence(ws));
  for (let i = 0; i < ws.length; i++) {
    if (blocked.has(i) || bound.has(i)) continue;
    const r = readingsAt(ws, i, scores);
    if (!r) continue;
    const hit: TriggerHit = { i, last: i + r.particleWords, entry: r.entry };
    if (r.object !== undefined) {
      hit.object = r.object;
      bound.add(r.object);
    }
    out.push(hit);
    i = hit.last;
  }
  // No lexicon trigger: the sentence classifier may still be confident of a type ("have shared evidence with").
  if (out.length === 0 && options.fallback !== false) {
    const fb = fallbackTrigger(ws, blocked, scores());
    if (fb) out.push({ i: fb.i, last: fb.i, entry: fb.entry, fallback: true });
  }
  return out;
}
