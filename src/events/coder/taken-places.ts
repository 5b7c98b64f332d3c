/**
 * The places a territory-taking trigger takes ("Isis recaptured Raqqa …, as well as al-Bab and
 * Tel Abyad"): the place that is the trigger's object and every later place coordinated with it.
 * The stage codes one event per taken place, so each keeps its own `location`.
 *
 * @module
 */
import type { PlaceMentionRef } from '../../core/index.js';
import cues from './taken-words.json' with { type: 'json' };
import type { Word } from './words.js';

const OBJECT_WORDS = new Set(cues.objectWords);
// Longest first, so "as well as" is not read as a bare "as well" followed by a preposition.
const COORDINATORS = [...cues.coordinators].sort((a, b) => b.length - a.length);

/** Whether a lexicon reading takes territory (its trigger's object is a place taken by force). */
export function takesTerritory(contexts: readonly string[] | undefined): boolean {
  return contexts?.includes(cues.context) === true;
}

/** Whether `text` (the gap before a place) ends with a coordinator, after optional object words ("and the town of"). */
function endsWithCoordinator(text: string): boolean {
  // Drop trailing object words ("and the town of" → "and").
  const tokens = text.toLowerCase().split(/\s+|(?=,)|(?<=,)/).filter((t) => t !== '');
  while (tokens.length > 0 && OBJECT_WORDS.has(tokens[tokens.length - 1]!)) tokens.pop();
  const lower = tokens.join(' ');
  return COORDINATORS.some((c) => lower.endsWith(c) && (c === ',' || !/[a-z]/i.test(lower.charAt(lower.length - c.length - 1))));
}

/**
 * The places taken by the trigger ending at word `last`: its place object, then the later `places`
 * coordinated with it, when `linked` (the event's linked place) is one of them (and any the linker returned in
 * `also`). Places governed by a preposition ("on the border with Turkey"), subjects of a following verb
 * ("and Damascus said") and a country after its city ("Aleppo, Syria") are not taken. Returns just
 * `[linked]` when the trigger takes no territory or the place is not its object.
 */
export function takenPlaces(text: string, ws: readonly Word[], last: number, linked: PlaceMentionRef, places: readonly PlaceMentionRef[], also: readonly PlaceMentionRef[] = []): PlaceMentionRef[] {
  const trigEnd = ws[last]!.end;
  const sorted = [...places].sort((a, b) => a.start - b.start);
  // The object is the first place after the trigger with only object words between; the linker may
  // have chosen a later member of its coordination ("captured Homs and Hama").
  const obj = sorted.find((p) => p.start >= trigEnd);
  if (!obj) return [linked];
  const between = ws.filter((w) => w.start >= trigEnd && w.end <= obj.start);
  if (between.length > cues.maxObjectGap || between.some((w) => !OBJECT_WORDS.has(w.lower))) return [linked];
  const out = [obj];
  let prevEnd = obj.end;
  for (const p of sorted) {
    if (p.start < obj.end || out.includes(p)) continue;
    const gap = text.slice(prevEnd, p.start);
    const next = ws.find((w) => w.start >= p.end);
    const isSubject = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
    const possessive = /^['’]s?\b/.test(text.slice(p.end, p.end + 3));
    const prev = out[out.length - 1]!;
    const countryOfPrevious = gap.trim() === ',' && p.precision !== 'city' && p.precision !== 'feature' && p.country === prev.country;
    const coordinated = endsWithCoordinator(gap) || also.includes(p);
    if (coordinated && !isSubject && !possessive && !countryOfPrevious) out.push(p);
    // The gap is measured from the last place seen, so an intervening place ("on the upper Euphrates") is skipped over.
    prevEnd = p.end;
  }
  return out.includes(linked) ? out : [linked];
}
