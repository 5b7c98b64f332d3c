/**
 * Lexicon matches inside a noun phrase (longest n-grams, "-led" names, misspelled states) and the
 * gazetteer's answer whether a name is a place.
 *
 * @module
 */
import { actorMayStartWith, lookupActor, lookupStateVariant, sectorForTitle } from '../lexicon/index.js';
import type { ActorEntry } from '../lexicon/index.js';
import words from './actor-words.json' with { type: 'json' };
import type { ActorContext } from './found-actor.js';
import { geocode } from '../places/index.js';
import type { Word } from '../coder/words.js';

const HONORIFICS = new Set(words.honorifics);
const LED = new RegExp(`^(.+)(?:${words.ledSuffixes.map((x) => x.replace(/[-]/g, '\\-')).join('|')})$`, 'i');
/** Lexicon kinds whose aliases are names: a lower-case word ("island", "chad") is not one of them. */
const NAME_KINDS = new Set(['state', 'capital', 'person']);
/** Lexicon kinds that read as a place after a locative preposition ("in Syria", "from Damascus"). */
export const PLACE_KINDS = new Set(['state', 'capital', 'seat']);
const MAX_NGRAM = 6;
/** Shortest word read as a misspelled state. */
const MIN_VARIANT = 6;

/** The source text of words `a`..`b` (inclusive). */
export function phrase(ws: readonly Word[], a: number, b: number, text: string): string {
  return text.slice(ws[a]!.start, ws[b]!.end);
}

/** A lexicon entry matched by words `first`..`last` (inclusive). */
export interface Match {
  first: number;
  last: number;
  entry: ActorEntry;
}

/** Longest lexicon matches inside a word range, left to right, never starting on a determiner; a word `variant` allows may misspell a state. */
export function lexiconMatches(ws: readonly Word[], a: number, b: number, text: string, date: string | undefined, variant?: (i: number) => boolean): Match[] {
  const out: Match[] = [];
  let i = a;
  while (i <= b) {
    const w = ws[i]!;
    if (w.pos === 'DET' || w.pos === 'NUM' || w.pos === 'PART' || HONORIFICS.has(w.lower)) {
      i++;
      continue;
    }
    let hit: Match | undefined;
    // Most words open no alias: their n-grams are not looked up (the answer would be none). The
    // character after the word matters only when a longer n-gram follows.
    const opens = actorMayStartWith(w.text, i < b ? text.charAt(w.end) : '', w.lower);
    for (let j = Math.min(b, i + MAX_NGRAM - 1); opens && j >= i && !hit; j--) {
      if (ws[j]!.pos === 'PART') continue;
      const entry = lookupActor(phrase(ws, i, j, text), date);
      // A state, capital or person is named with a capital letter: "the island's" is not Iceland.
      if (entry && !(NAME_KINDS.has(entry.kind) && /^\p{Ll}/u.test(w.text))) hit = { first: i, last: j, entry };
    }
    // "US-led coalition", "Saudi-led forces": the leading actor's name joined to "-led".
    const led = hit ? undefined : LED.exec(w.text)?.[1];
    if (led) {
      const entry = lookupActor(led, date);
      if (entry && entry.kind !== 'person') hit = { first: i, last: i, entry };
    }
    if (!hit && variant?.(i)) {
      const entry = lookupStateVariant(w.text, date);
      if (entry) hit = { first: i, last: i, entry };
    }
    if (hit) {
      out.push(hit);
      i = hit.last + 1;
    } else i++;
  }
  return out;
}

/** Gazetteer answers for state names and demonyms ("Israel" yes, "Israeli" no), kept per name (few distinct ones). */
const placeNames = new Map<string, boolean>();

/** Whether the gazetteer knows `name` as a place: a state's name, not its demonym. */
export function isPlaceName(name: string): boolean {
  let known = placeNames.get(name);
  if (known === undefined) {
    known = geocode(name) !== undefined;
    if (placeNames.size > 5000) placeNames.clear();
    placeNames.set(name, known);
  }
  return known;
}

/**
 * Whether the word at `i` may be a misspelled state name or demonym ("Ethopia", "Quatar"): a
 * capitalised word of six letters or more standing alone (no capitalised neighbour: not part of a
 * longer name) that the gazetteer does not know as a place, and that the language layer knows as
 * nothing more than that bare word (the tagger types an unknown word as a person or an
 * organisation at random; a referent with a longer name, a role or a country is known).
 */
export function mayMisspellState(ws: readonly Word[], i: number, ctx: ActorContext): boolean {
  const w = ws[i]!;
  if (w.text.length < MIN_VARIANT || !/^\p{Lu}\p{Ll}+$/u.test(w.text)) return false;
  const capital = (x: Word | undefined) => x !== undefined && /^\p{Lu}/u.test(x.text) && !sectorForTitle(x.lower);
  if (capital(ws[i + 1]) || (i > 0 && capital(ws[i - 1]))) return false;
  for (const m of ctx.mentions) {
    if (m.end <= w.start || m.start >= w.end) continue;
    const ref = ctx.referents.get(m.referent);
    if (m.start !== w.start || m.end !== w.end || (ref && (ref.canonical !== w.text || ref.role !== undefined || ref.country !== undefined || ref.affiliation !== undefined))) return false;
  }
  return !isPlaceName(w.text);
}
