/**
 * The place candidates of one sentence, as both the events stage and the event-location eval
 * build them: the gazetteer/cue finder's mentions first (its spans follow place names the
 * gazetteer knows, "Anbar Governorate"), then the entity tagger's LOC spans it missed (villages,
 * neighbourhoods, features the gazetteer lacks), then capitalised names coordinated with a
 * candidate ("the villages of Sukhnah, Taybah and Arak": a list of places names places).
 *
 * @module
 */
import { afterObjectVerb, findPlaceMentions, capitalisedRun, introduced, isAdjective, isCapitalised, unknownNameOk } from './mentions.js';
import { geocodeWithProminence } from './geocode.js';
import { tokenize } from './tokens.js';
import type { Token } from './tokens.js';
import type { PlaceMention } from './types.js';
import words from './mention-words.json' with { type: 'json' };

/** An entity span from the language layer: character offsets into the sentence and its type. */
export interface EntitySpan {
  start: number;
  end: number;
  type: string;
}

const LIST_WORDS = new Set([',', 'and', 'or']);
const NO_NAMES: ReadonlySet<string> = new Set();
const PLURAL_TYPES = new Set(words.pluralTypeNouns);
const NAME_CONNECTORS = new Set(words.nameConnectors);

/**
 * Place candidates of `sentence` from the finder and the tagger's `entities`, in text order,
 * non-overlapping. `surnames` (lower case) are the last words of the article's multi-word person
 * names: a town of that name with no place cue is the person ("Jeffrey Epstein … visited Epstein").
 */
export function placeCandidates(sentence: string, entities: readonly EntitySpan[] = [], surnames: ReadonlySet<string> = NO_NAMES): PlaceMention[] {
  // Gazetteer hits inside a PERSON/ORG span stay: dropping them cost F1 on the dev split.
  // One tokenisation serves the finder and the list members.
  const tokens = tokenize(sentence);
  const out: PlaceMention[] = findPlaceMentions(sentence, tokens).filter((m) => !personName(tokens, m, entities, surnames));
  for (const e of entities) {
    if (out.some((q) => q.start < e.end && q.end > e.start)) continue;
    // An ORG/PERSON span right after a place preposition, type cue or place-object verb is mostly a
    // place the tagger mistyped ("captured positions in Deir Khabiyeh", "at the Ministry of Justice",
    // "stormed Deir Khabiyeh"); the linker still rules out actors and weighs the rest.
    if (e.type !== 'LOC' && !((e.type === 'ORG' || e.type === 'PERSON') && (introducedAt(tokens, e.start) || objectAt(tokens, e.start)))) continue;
    const m = { start: e.start, end: e.end, text: sentence.slice(e.start, e.end) };
    if (e.type === 'LOC' && surnames.size > 0 && personName(tokens, m, entities, surnames)) continue;
    out.push(m);
  }
  addObjectNames(sentence, tokens, out, entities);
  snapSpans(sentence, out);
  out.sort((a, b) => a.start - b.start);
  return addListMembers(sentence, tokens, out, entities);
}

/**
 * A name the tagger reads as (part of) a person's name, or an article person's surname, with no
 * place preposition, type cue or place-object verb before it: a person ("visited Epstein",
 * "President George W. Bush"), not a town that shares the name.
 * Countries, regions and large cities stay ("Jordan" is also a first name; the tagger calls "Kabul"
 * a person now and then); so does a town after a place-object verb ("patrolling Camden").
 */
function personName(tokens: readonly Token[], m: PlaceMention, entities: readonly EntitySpan[], surnames: ReadonlySet<string>): boolean {
  if (!surnames.has(m.text.toLowerCase()) && !entities.some((e) => e.type === 'PERSON' && e.start <= m.start && e.end >= m.end)) return false;
  const hit = geocodeWithProminence(m.text);
  if (hit?.place.precision !== 'city' || hit.prominence >= words.personTownProminence) return false;
  return !introducedAt(tokens, m.start) && !objectAt(tokens, m.start);
}

/**
 * Adds capitalised names the tagger left untyped that a place-object verb governs ("entered
 * Zabdeen", "patrolling Korangi"); typed names come through the entity path.
 */
function addObjectNames(sentence: string, tokens: readonly Token[], out: PlaceMention[], entities: readonly EntitySpan[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !isCapitalised(tokens, i) || isAdjective(t) || !afterObjectVerb(tokens, i)) continue;
    const end = capitalisedRun(sentence, tokens, i);
    const m = { start: t.start, end: tokens[end]?.end ?? t.end, text: '' };
    if (!unknownNameOk(tokens, i, end) || out.some((q) => q.start < m.end && q.end > m.start) || entities.some((e) => e.start < m.end && e.end > m.start)) continue;
    m.text = sentence.slice(m.start, m.end);
    out.push(m);
    i = end;
  }
}

/** A transliterated ʿayn opening a name ("‘Ayishah", "ʿArak"), not a quotation mark: a letter of the name. */
const AYN = new Set(['‘', 'ʿ']);

/**
 * Widens a span over an ʿayn written before the name ("the village of ‘Ayishah"), when no other
 * span is in the way and no closing quote follows the name (a quoted ‘name’).
 */
function snapSpans(sentence: string, spans: PlaceMention[]): void {
  spans.forEach((m, k) => {
    const start = m.start - 1;
    if (!AYN.has(sentence[start] ?? '') || !/^\s?$/u.test(sentence[start - 1] ?? '') || /^[’']/u.test(sentence[m.end] ?? '')) return;
    if (spans.some((q, j) => j !== k && q.start < m.end && q.end > start)) return;
    spans[k] = { start, end: m.end, text: sentence.slice(start, m.end) };
  });
}

/** Whether the token starting at character `start` is the object of a place-object verb ("stormed Deir Khabiyeh"). */
function objectAt(tokens: readonly Token[], start: number): boolean {
  const i = tokens.findIndex((t) => t.start === start);
  return i > 0 && afterObjectVerb(tokens, i);
}

/** Whether the token starting at character `start` is introduced by a place preposition or type cue. */
function introducedAt(tokens: readonly Token[], start: number): boolean {
  const i = tokens.findIndex((t) => t.start === start);
  return i > 0 && introduced(tokens, i);
}

/** Adds capitalised names joined to a candidate by commas or conjunctions, in both directions. */
function addListMembers(sentence: string, tokens: readonly Token[], found: PlaceMention[], entities: readonly EntitySpan[]): PlaceMention[] {
  const taken = new Set<number>();
  const mark = (m: PlaceMention) => tokens.forEach((t, i) => {
    if (t.end > m.start && t.start < m.end) taken.add(i);
  });
  found.forEach(mark);
  const isEntity = (i: number) => entities.some((e) => e.type !== 'LOC' && e.start < (tokens[i]?.end ?? 0) && e.end > (tokens[i]?.start ?? 0));
  const out = found.slice();
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = 1; i < tokens.length; i++) {
      if (taken.has(i) || !isCapitalised(tokens, i) || isAdjective(tokens[i]) || (isEntity(i) && !inPluralList(tokens, i))) continue;
      if (taken.has(i - 1)) continue;
      const end = capitalisedRun(sentence, tokens, i);
      if (!unknownNameOk(tokens, i, end) || !joined(tokens, taken, i, end)) continue;
      const m = { start: tokens[i]?.start ?? 0, end: tokens[end]?.end ?? 0, text: '' };
      m.text = sentence.slice(m.start, m.end);
      out.push(m);
      mark(m);
      grew = true;
      i = end;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether token `i` stands in a list that a plural type noun introduces ("the towns of Khan Touman,
 * Aleis and Alzorba"): only names, list words and quotes back to "<plural> of".
 */
function inPluralList(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && (isCapitalised(tokens, k) || LIST_WORDS.has(tokens[k]?.lower ?? '') || NAME_CONNECTORS.has(tokens[k]?.lower ?? '') || /^[‘’'-]$/u.test(tokens[k]?.text ?? ''))) k--;
  return tokens[k]?.lower === 'of' && PLURAL_TYPES.has(tokens[k - 1]?.lower ?? '');
}

/** Whether the run [i, end] is joined to a taken token by one or two list words on either side. */
function joined(tokens: readonly Token[], taken: ReadonlySet<number>, i: number, end: number): boolean {
  const list = (k: number) => LIST_WORDS.has(tokens[k]?.lower ?? '');
  if (list(i - 1) && (taken.has(i - 2) || (list(i - 2) && taken.has(i - 3)))) return true;
  return list(end + 1) && (taken.has(end + 2) || (list(end + 2) && taken.has(end + 3)));
}
