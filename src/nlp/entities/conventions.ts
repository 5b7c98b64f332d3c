/**
 * The entity layer's conventions, applied to the tagger's spans after tagging (the entities stage
 * and eval/ner.ts use them). They fix what sitrep means by a type where GMB, the training data, is
 * inconsistent or has no example:
 *
 * - a span that is exactly a country's name is a place (LOC). GMB tags the same country ORG in
 *   some documents (governments: Turkey is ORG 95 times, LOC 196 times); sitrep resolves that
 *   metonymy in the mentions layer ("Washington", "the Russians" → the country as an actor), so
 *   the entities layer keeps the name's own type. Done here rather than in training because the
 *   held-out GMB gold has the same flips: the tagger keeps learning GMB as published, and the
 *   eval reports both readings;
 * - a multi-word ORG that starts with the first word of an Arabic, Hebrew or Persian place name
 *   and holds no organisation cue is a place ("Tel Abyad", "Deir ez-Zor"; "Tel Aviv University"
 *   stays an ORG);
 * - a name right before a region noun is a place ("Ninveh province"; "Anbar and Ninveh
 *   provinces" reaches back over the coordination);
 * - a name in apposition right after a lowercase organisation noun is no person ("the Sunni
 *   Jihadi group Ahrar al-Sham": GMB's "al-" names are mostly surnames);
 * - descriptor adjectives before a noun are no name of their own: a religious community is a
 *   NORP ("Sunni tribal fighters"), an ideology word is dropped ("the Sunni Jihadi group Ahrar
 *   al-Sham" → NORP "Sunni", no "Jihadi").
 */
import conventionsData from './data/conventions.json' with { type: 'json' };
import countryNamesData from './data/country-names.json' with { type: 'json' };
import { loadGazetteer } from './gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import { bareKey, wordKey } from './normalize.js';
import type { TaggedSpan, TaggerToken } from './types.js';

const REGION_HEADS: ReadonlySet<string> = new Set(conventionsData.regionHeads);
const PLURAL_REGION_HEADS: ReadonlySet<string> = new Set(conventionsData.pluralRegionHeads);
const COMMUNITIES: ReadonlySet<string> = new Set(conventionsData.communities);
const IDEOLOGIES: ReadonlySet<string> = new Set(conventionsData.ideologies);
const ORG_NOUNS: ReadonlySet<string> = new Set(conventionsData.orgNouns);
const PLACE_HEADS: ReadonlySet<string> = new Set(conventionsData.placeHeads);
const COUNTRY_CODES: ReadonlySet<string> = new Set(countryNamesData.codes);
/** Everyday country names world-countries lacks ("Turkey": it lists "Türkiye"), as word keys. */
const EXTRA_COUNTRIES: ReadonlySet<string> = new Set(countryNamesData.countries.map((c) => wordKey(c).split(/\s+/).join(' ')));

/**
 * Whether tokens [start, end) are exactly a country's name or alias: in the tagger's gazetteer
 * (world-countries), an everyday name of data/country-names.json ("Turkey", "Britain"), or a
 * two-letter code in capitals ("US"). The extra names are not tagger features: feeding them to
 * the tagger was measured neutral to slightly worse (README, session 4).
 */
export function isCountryName(tokens: readonly TaggerToken[], start: number, end: number, gaz: Gazetteer = loadGazetteer()): boolean {
  if (end === start + 1 && COUNTRY_CODES.has(tokens[start]?.text ?? '')) return true;
  const key = tokens.slice(start, end).map((t) => wordKey(t.text)).join(' ');
  return EXTRA_COUNTRIES.has(key) || gaz.phrases.get(key)?.has('country') === true;
}

/** Typographic apostrophes that `wordKey` folds ("Shi’ite"); most words have none. */
const FOLDED = /[\u2018\u2019\u02BC\u02BB\u2032`]/;

/** `wordKey` for the word lists here, skipping the folding regexes for the common plain word (speed). */
function listKey(text: string | undefined): string {
  if (text === undefined) return '';
  return FOLDED.test(text) ? wordKey(text) : text.toLowerCase();
}

/** A lowercase word (a common noun or adjective after a descriptor: "group", "tribal"). */
const LOWER_WORD = /^\p{Ll}/u;

/**
 * A span of descriptor words before a lowercase word: its leading community words as a NORP
 * ("Sunni Jihadi" → "Sunni"), or nothing when it starts with an ideology word. Undefined when the
 * span is not all descriptors (a name such as "Muslim Brotherhood" or "Islamic Jihad").
 */
function descriptor(tokens: readonly TaggerToken[], s: TaggedSpan): TaggedSpan | null | undefined {
  const next = tokens[s.end]?.text;
  if (next === undefined || !LOWER_WORD.test(next)) return undefined;
  const keys: string[] = [];
  for (let i = s.start; i < s.end; i++) {
    const k = listKey(tokens[i]?.text);
    if (!COMMUNITIES.has(k) && !IDEOLOGIES.has(k)) return undefined;
    keys.push(k);
  }
  let n = 0;
  while (n < keys.length && COMMUNITIES.has(keys[n] as string)) n++;
  return n === 0 ? null : { ...s, end: s.start + n, type: 'NORP' };
}

/** A multi-word name opening with a place-name head ("Tel", "Deir", "Kafr") and holding no organisation cue. */
function isPlaceShaped(tokens: readonly TaggerToken[], s: TaggedSpan, gaz: Gazetteer): boolean {
  if (s.end - s.start < 2 || !PLACE_HEADS.has(listKey(tokens[s.start]?.text))) return false;
  for (let i = s.start; i < s.end; i++) if (gaz.orgCues.has(bareKey(tokens[i]?.text ?? ''))) return false;
  return true;
}

/**
 * Applies the conventions (see the module comment) to one sentence's spans; returns new spans,
 * in order. `gaz` is the tagger's gazetteer (countries from world-countries and data/).
 */
export function applyConventions(tokens: readonly TaggerToken[], spans: readonly TaggedSpan[], gaz: Gazetteer = loadGazetteer()): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'NORP' && s.type !== 'LOC') {
      const d = descriptor(tokens, s);
      if (d === null) continue;
      if (d) {
        out.push(d);
        continue;
      }
    }
    if ((s.type === 'ORG' || s.type === 'PERSON') && isCountryName(tokens, s.start, s.end, gaz)) out.push({ ...s, type: 'LOC' });
    else if (s.type === 'PERSON' && ORG_NOUNS.has(listKey(tokens[s.start - 1]?.text))) out.push({ ...s, type: 'ORG' });
    else if (s.type === 'ORG' && isPlaceShaped(tokens, s, gaz)) out.push({ ...s, type: 'LOC' });
    else out.push(s);
  }
  // Region nouns, right to left so a plural head reaches back over "X and Y provinces".
  let plural = -1;
  for (let k = out.length - 1; k >= 0; k--) {
    const s = out[k] as TaggedSpan;
    const next = listKey(tokens[s.end]?.text);
    const byHead = REGION_HEADS.has(next) || PLURAL_REGION_HEADS.has(next);
    // In a coordination before a plural head: "Anbar and Ninveh provinces", "Idlib, Hama and Homs provinces".
    const byCoordination = !byHead && plural === k + 1 && (next === 'and' || next === ',') && out[k + 1]?.start === s.end + 1;
    plural = PLURAL_REGION_HEADS.has(next) || byCoordination ? k : -1;
    if ((byHead || byCoordination) && s.type !== 'LOC' && s.type !== 'NORP') out[k] = { ...s, type: 'LOC' };
  }
  return out;
}
