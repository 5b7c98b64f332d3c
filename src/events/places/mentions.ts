/**
 * A gazetteer-based place-mention finder, the stand-in until an NER tagger supplies place
 * spans: capitalised spans that geocode (longest match first), plus capitalised spans that a
 * place-type cue marks as places even when the gazetteer lacks them ("the village of Umm
 * Batna", "Jobar district", "in Jobar").
 *
 * @module
 */
import cues from './link-cues.json' with { type: 'json' };
import words from './mention-words.json' with { type: 'json' };
import { isDemonym } from './gazetteer.js';
import { geocodeWithProminence } from './geocode.js';
import { tokenize } from './tokens.js';
import type { Token } from './tokens.js';
import type { PlaceMention } from './types.js';

const STOP = new Set(words.stopWords);
const CONNECTORS = new Set(words.connectors);
const NAME_CONNECTORS = new Set(words.nameConnectors);
const NON_PLACE_HEADS = new Set(words.nonPlaceHeads);
const DIRECTIONS = new Set(Object.keys(cues.directions));
const TYPE_NOUNS = new Set(words.typeNouns);
const EXTEND = words.extendTypeNouns.map((n) => n.split(' ')).sort((a, b) => b.length - a.length);
const TYPE_CUES = words.typeCues.map((c) => c.split(' '));
/** Type cues by their last word, and extension nouns by their first (longest first): most tokens start or end none. */
const CUES_BY_LAST = byWord(TYPE_CUES, (c) => c[c.length - 1]!);
const EXTEND_BY_FIRST = byWord(EXTEND, (n) => n[0]!);
const PREPOSITIONS = new Set(words.introducers);
const SKIP = new Set(cues.skip);
const RUN_BREAKERS = new Set(words.runBreakers);
const OBJECT_VERBS = new Set(words.placeObjectVerbs);
const OWN_TYPE_NOUNS = new Set([...words.typeNouns, ...words.ownTypeNouns]);
const OPEN_QUOTES = new Set(['‘', '“', '"', "'"]);
const MAX_SPAN = 6;

/**
 * Capitalised spans of `sentence` that are places, in order, non-overlapping. `tokens` is
 * `tokenize(sentence)` when the caller already has it.
 */
export function findPlaceMentions(sentence: string, tokens: readonly Token[] = tokenize(sentence)): PlaceMention[] {
  const out: PlaceMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Articles and stop words never start a mention ("The Damascus government"); geocoding drops "the" anyway.
    // A capitalised preposition ("In Port-au-Prince, …", "Around Saqlawiya, …") introduces the name, never starts it.
    if (!isCapitalised(tokens, i) || tokens[i]?.lower === 'the' || PREPOSITIONS.has(tokens[i]?.lower ?? '') || isAdjective(tokens[i])) {
      i++;
      continue;
    }
    const run = capitalisedRun(sentence, tokens, i);
    const known = longestKnown(sentence, tokens, i);
    // A weak partial hit ("Tall" of "Tall al-Ahmar", "Kabir" of "Kabir Kabeer") yields to the whole name.
    // A known name followed by more name words ("Marj Al-Zawiyah", "Utah Beach") is part of a longer name.
    const partialWeak = known !== undefined && known < run && (!isProminent(sentence, tokens, i, known) || longerName(tokens, known + 1, run));
    if (known !== undefined && !partialWeak) {
      const end = extendType(tokens, known);
      out.push(mention(sentence, tokens, i, end));
      i = end + 1;
      continue;
    }
    // A gazetteer hit at the start of a longer name ("Tal Areen", "Utah Beach") marks the whole name as a place.
    const known0 = known !== undefined && known < run && longerName(tokens, known + 1, run);
    if (unknownNameOk(tokens, i, run) && (known0 || cueMarksPlace(tokens, i, run))) {
      const last = extendType(tokens, run);
      out.push(mention(sentence, tokens, i, last));
      i = last + 1;
    } else if (known !== undefined) {
      const end = extendType(tokens, known);
      out.push(mention(sentence, tokens, i, end));
      i = end + 1;
    } else {
      i = run + 1;
    }
  }
  return out;
}

/** The end of the capitalised name run from `i` (capitalised words joined by name connectors). */
export function capitalisedRun(sentence: string, tokens: readonly Token[], i: number): number {
  let end = i;
  while (end + 1 < tokens.length && end - i < MAX_SPAN - 1 && adjacent(sentence, tokens, end)) {
    if (RUN_BREAKERS.has(tokens[end + 1]?.lower ?? '')) break;
    if (isCapitalised(tokens, end + 1) && !isAdjective(tokens[end + 1])) end++;
    else if (NAME_CONNECTORS.has(tokens[end + 1]?.lower ?? '') && adjacent(sentence, tokens, end + 1) && isCapitalised(tokens, end + 2)) end += 2;
    else break;
  }
  return end;
}

/** A name the gazetteer lacks must not start with a stop word, be an acronym, or end in an event/body noun. */
export function unknownNameOk(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (!first || STOP.has(first.lower)) return false;
  if (start === end && /^[\p{Lu}\d.]+$/u.test(first.text)) return false;
  return !NON_PLACE_HEADS.has(tokens[end]?.lower ?? '');
}

/** Whether tokens [from, to] continue a name: no stop word (title, organisation, compass word) among them. */
function longerName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (STOP.has(tokens[k]?.lower ?? '') || NON_PLACE_HEADS.has(tokens[k]?.lower ?? '')) return false;
  return true;
}

function isProminent(sentence: string, tokens: readonly Token[], i: number, j: number): boolean {
  if (j > i) return true;
  const hit = geocodeWithProminence(sentence.slice(tokens[i]?.start ?? 0, tokens[j]?.end ?? 0));
  return hit !== undefined && (hit.place.precision !== 'city' || hit.prominence >= words.minorProminence + 1);
}

function mention(sentence: string, tokens: readonly Token[], from: number, to: number): PlaceMention {
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to]?.end ?? start;
  return { start, end, text: sentence.slice(start, end) };
}

/** Whether token `i` starts with a capital (or is an Arabic-article name: "al-Bab"). */
export function isCapitalised(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]?.text ?? '';
  // ASCII fast path (this runs for every token of every sentence): A–Z is capitalised; any other
  // ASCII character is neither an upper-case letter nor the start of an article prefix (a/e/u).
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 && c !== 97 && c !== 101 && c !== 117) return false;
  return /^\p{Lu}/u.test(t) || /^(?:al|el|ad|ar|as|an|at|az|ash|ul|ez|es|ed|en|er|et)[-‑]\p{Lu}/u.test(t);
}

/** Demonyms ("Syrian") and hyphenated adjectives ("Georgian-controlled", "Kurdish-majority") name no place. */
export function isAdjective(token: Token | undefined): boolean {
  if (!token) return false;
  return isDemonym(token.lower) || /[-‑]\p{Ll}{3,}$/u.test(token.text) && !/^(?:al|el|ad|ar|as|an|at|az|ash|ez|es|ed|en|er|et)[-‑]/u.test(token.lower);
}

function isConnector(tokens: readonly Token[], i: number): boolean {
  return CONNECTORS.has(tokens[i]?.lower ?? '');
}

/** Whether tokens i and i+1 are separated by nothing but spaces (or a hyphen run). */
function adjacent(sentence: string, tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return a !== undefined && b !== undefined && /^[\s-]*$/.test(sentence.slice(a.end, b.start)) && b.text !== '-';
}

/** The end index of the longest capitalised span from `i` that the gazetteer knows. */
function longestKnown(sentence: string, tokens: readonly Token[], i: number): number | undefined {
  let reach = i;
  while (reach + 1 < tokens.length && reach - i < MAX_SPAN - 1 && adjacent(sentence, tokens, reach) && (isCapitalised(tokens, reach + 1) || isConnector(tokens, reach + 1))) reach++;
  for (let j = reach; j >= i; j--) {
    if (!isCapitalised(tokens, j)) continue;
    const single = j === i;
    if (single && STOP.has(tokens[i]?.lower ?? '')) continue;
    const text = sentence.slice(tokens[i]?.start ?? 0, tokens[j]?.end ?? 0);
    const hit = geocodeWithProminence(text);
    if (!hit) continue;
    // Small towns share names with people and common words: want a cue for those.
    if (single && hit.place.precision === 'city' && hit.prominence < words.minorProminence && !introduced(tokens, i) && !afterObjectVerb(tokens, i)) continue;
    return j;
  }
  return undefined;
}

/** Word lists grouped by one of their words, each group in the lists' order. */
function byWord(lists: readonly string[][], word: (list: string[]) => string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const l of lists) {
    const k = word(l);
    const group = out.get(k);
    if (group) group.push(l);
    else out.set(k, [l]);
  }
  return out;
}

/** Extends a span ending at `end` over a following capitalised type noun ("Governorate"). */
function extendType(tokens: readonly Token[], end: number): number {
  const next = tokens[end + 1];
  if (!next) return end;
  for (const noun of EXTEND_BY_FIRST.get(next.lower) ?? []) {
    let ok = true;
    for (let k = 0; k < noun.length && ok; k++) {
      const t = tokens[end + 1 + k];
      ok = t !== undefined && t.lower === noun[k] && /^\p{Lu}/u.test(t.text);
    }
    if (ok) return end + noun.length;
  }
  return end;
}

/** Whether the words of `cue` are the tokens right before `at`. */
function cueEndsAt(tokens: readonly Token[], at: number, cue: readonly string[]): boolean {
  for (let k = 0; k < cue.length; k++) if (tokens[at - cue.length + k]?.lower !== cue[k]) return false;
  return true;
}

/** Whether a preposition or a place-type cue introduces the span starting at `i`. */
export function introduced(tokens: readonly Token[], at: number): boolean {
  // An opening quote mark between the cue and the name ("the village of ‘Ayishah") changes nothing.
  let i = at;
  while (i > 0 && OPEN_QUOTES.has(tokens[i - 1]?.text ?? '')) i--;
  const before = tokens[i - 1];
  if (before) for (const cue of CUES_BY_LAST.get(before.lower) ?? []) if (cueEndsAt(tokens, i, cue)) return true;
  for (let k = i - 1, skipped = 0; k >= 0 && skipped < 4; k--, skipped++) {
    const w = tokens[k]?.lower ?? '';
    if (PREPOSITIONS.has(w)) return true;
    if (!SKIP.has(w) && !DIRECTIONS.has(w)) return false;
  }
  return false;
}

/**
 * Whether the name at `at` is the object of a verb whose object is mostly a place ("captured
 * Birao", "entered the Zabdeen"): only articles and place modifiers between them.
 */
export function afterObjectVerb(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 3; k--) {
    const w = tokens[k]?.lower ?? '';
    if (OBJECT_VERBS.has(w)) return true;
    if (!SKIP.has(w)) return false;
  }
  return false;
}

/** For a span the gazetteer lacks: a type cue before it, a type noun after it, or a preposition before it. */
function cueMarksPlace(tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end + 1]?.lower ?? '';
  const next2 = `${next} ${tokens[end + 2]?.lower ?? ''}`;
  if (TYPE_NOUNS.has(next) || TYPE_NOUNS.has(next2)) return start > 0 || end > start;
  // A name that ends in its own capitalised type noun ("the Heart Hospital", "Hayyan Gas Fields",
  // "Thardeh Mountains") says what it is, whatever introduces it.
  const last = tokens[end]?.lower ?? '';
  if (end > start && (OWN_TYPE_NOUNS.has(last) || OWN_TYPE_NOUNS.has(`${tokens[end - 1]?.lower ?? ''} ${last}`))) return true;
  if (start === 0) return false;
  return introduced(tokens, start);
}
