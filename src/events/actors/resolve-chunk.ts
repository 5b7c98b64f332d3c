/**
 * One noun-phrase chunk resolved to an actor: the text decides first (a title, a sector noun, a demonym
 * or a possessor in the phrase), then the lexicon, then the language layer's referent.
 *
 * @module
 */
import type { Mention, Referent } from '../../core/index.js';
import { sectorForNoun, sectorForTitle } from '../lexicon/index.js';
import words from './actor-words.json' with { type: 'json' };
import type { Chunk } from './noun-chunks.js';
import type { ActorContext, FoundActor } from './found-actor.js';
import { headSector } from './head-sector.js';
import { alpha3 } from './iso.js';
import { isPlaceName, lexiconMatches, mayMisspellState, phrase, PLACE_KINDS } from './lexicon-matches.js';
import type { Match } from './lexicon-matches.js';
import { geocode } from '../places/index.js';
import type { Word } from '../coder/words.js';

const PRONOUNS = new Map(Object.entries(words.pronouns));
const LOCATIVES = new Set(words.locatives);
const REGION_PARTS = new Set(words.regionParts);
const TARGET_PREPS = new Set(words.targetPreps);
const ETHNIC = new Set(words.ethnicModifiers);

function countryOf(ref: Referent | undefined): string | undefined {
  if (!ref) return undefined;
  const code = ref.affiliation ?? ref.country;
  return code === undefined ? undefined : alpha3(code);
}

/** "in the east of the Gaza Strip", "on the outskirts of Aleppo": the phrase at `first` names a place. */
function partOfPlace(ws: readonly Word[], first: number): boolean {
  if (ws[first - 1]?.lower !== 'of' || !REGION_PARTS.has(ws[first - 2]?.lower ?? '')) return false;
  let j = first - 3;
  while (ws[j]?.pos === 'DET' || ws[j]?.pos === 'ADJ') j--;
  return LOCATIVES.has(ws[j]?.lower ?? '') || ws[j]?.lower === 'on';
}

/** The last mention overlapping [start, end), a place (LOC) one only when `notPlace` is false (a loop: asked for every chunk). */
function lastMention(mentions: readonly Mention[], start: number, end: number, notPlace: boolean): Mention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.start < end && m.end > start && (!notPlace || m.type !== 'LOC')) return m;
  }
  return undefined;
}

/** The actor a noun-phrase chunk names, or undefined (no actor: a common noun, a place the tagger mistyped). */
export function resolveChunk(ws: readonly Word[], c: Chunk, text: string, ctx: ActorContext): FoundActor | undefined {
  const first = ws[c.first]!;
  const base = { first: c.first, last: c.last, start: first.start, end: ws[c.last]!.end, text: phrase(ws, c.first, c.last, text) };
  const locative = LOCATIVES.has(ws[c.first - 1]?.lower ?? '') || partOfPlace(ws, c.first);
  const pron = PRONOUNS.get(first.lower);
  if (first.pos === 'PRON' && pron) return { ...base, name: first.text, by: 'pronoun', pronoun: pron as 'sg' | 'pl', locative, hasHead: false };
  const matches = lexiconMatches(ws, c.first, c.last, text, ctx.date, (i) => mayMisspellState(ws, i, ctx));
  const mention = lastMention(ctx.mentions, base.start, base.end, true) ?? lastMention(ctx.mentions, base.start, base.end, false);
  const ref = mention ? ctx.referents.get(mention.referent) : undefined;
  const refTag = ref ? { referent: ref.id } : {};
  const last = matches[matches.length - 1];
  const sector = headSector(ws, c.first, c.last, text);
  // The head is a lexicon actor ("John Kerry", "Russia", "Hezbollah"): it decides, unless a
  // common-noun head follows it ("Nato forces" is handled below).
  if (last && last.last === c.last) {
    const e = last.entry;
    // "Bosnian Serbs", "Kosovo Albanians": a people named by its state of residence belongs to that state.
    const prev = matches[matches.length - 2];
    const resident = prev && prev.last + 1 === last.first && prev.entry.kind === 'state' && e.kind === 'state' ? prev.entry.country : undefined;
    // Only a state or capital (or a seat of government) after "in"/"from" is a place; a person or an
    // organisation is an actor there too ("an appeal from Hamas", "talks in Geneva with Lavrov").
    // A state or capital after "at"/"towards" is aimed at, not a place one is at ("fired rockets at Israel", "shells at Seoul").
    const aimed = (e.kind === 'state' || e.kind === 'capital') && TARGET_PREPS.has(ws[c.first - 1]?.lower ?? '');
    // "killed in Israeli shelling": a demonym is no place name (the gazetteer does not know it).
    const demonym = locative && e.kind === 'state' && !isPlaceName(phrase(ws, last.first, last.last, text));
    const out: FoundActor = { ...base, name: e.name, country: resident ?? e.country, by: 'lexicon', locative: locative && PLACE_KINDS.has(e.kind) && !aimed && !demonym, hasHead: false, ...refTag };
    // "ethnic Albanians demonstrated in Serbia": an ethnic group, not the state's people; a civilian
    // group (PLOVER agents ETHNIC_GROUP ~CVL) whose country is where it lives, from the context.
    if (e.kind === 'state' && resident === undefined && last.first > c.first && ETHNIC.has(ws[last.first - 1]!.lower)) {
      delete out.country;
      out.sector = 'CVL';
      out.by = 'text';
      return out;
    }
    const s = e.sector ?? (e.kind === 'capital' ? 'GOV' : undefined);
    if (s) out.sector = s;
    if (PLACE_KINDS.has(e.kind) && !demonym) out.placeKind = true;
    // The text decides before the dated lexicon: "President Obama" is GOV whatever the article date.
    if (e.kind === 'person') {
      for (let k = c.first; k < last.first; k++) {
        const t = sectorForTitle(ws[k]!.lower);
        if (t) {
          out.sector = t;
          out.titled = true;
        }
      }
      // "Mr Kerry": the role the article gives the person elsewhere (the referent's title) is text, and
      // decides before the dated lexicon, whose role is a guess when the article date is unknown.
      const role = !out.titled && ref?.role ? sectorForTitle(ref.role) : undefined;
      if (role) {
        out.sector = role;
        out.titled = true;
      }
      if (!out.titled) out.untitledPerson = true;
    }
    if (!out.sector && ref?.role) {
      const t = sectorForTitle(ref.role);
      if (t) out.sector = t;
    }
    return out;
  }
  if (sector) {
    // Head noun gives the sector; a modifier or possessor gives the country.
    // A phrase headed by an actor noun is no place even after "at"/"outside" ("fired at the Georgian government").
    const out: FoundActor = { ...base, name: base.text, sector, by: 'text', locative: false, hasHead: true, ...refTag };
    const owner = last?.entry;
    if (owner) {
      out.country = owner.country;
      // A named armed group as modifier wins over a generic head ("Hamas fighters").
      if (owner.sector && ['armed-group', 'criminal-group', 'party'].includes(owner.kind) && (sector === 'REB' || sector === 'MIL' || sector === 'CVL')) out.sector = owner.sector;
    } else {
      const c2 = countryOf(ref);
      if (c2) out.country = c2;
    }
    return out;
  }
  const titled = titledName(ws, c, text, ctx, matches);
  if (titled) {
    // The title phrase decides; the language layer's affiliation fills what it leaves open.
    const out: FoundActor = { ...base, name: ref?.canonical ?? titled.name, by: titled.by, locative: false, hasHead: false, titled: true, ...refTag };
    const country = titled.country ?? countryOf(ref);
    const sector2 = titled.sector ?? (ref?.role ? sectorForTitle(ref.role) ?? undefined : undefined);
    if (country !== undefined) out.country = country;
    if (sector2 !== undefined) out.sector = sector2;
    return out;
  }
  // "a United Nations appeal", "Haiti's efforts", "the Taliban religious faction": a common noun that
  // names no actor, owned or modified by one the lexicon knows; the owner is the actor (CAMEO codes
  // "rejected a UN appeal" as directed at the UN), and the head stays free to be an event noun.
  if (last && ws[c.last]!.pos === 'NOUN') return modifierActor(ws, last, text, ctx, locative);
  if (mention && ref && (ref.type === 'PERSON' || ref.type === 'ORG' || ref.type === 'NORP')) {
    // A place the tagger mistyped ("Raqqa" as a person): the gazetteer knows it; no actor.
    if (ref.country === undefined && ref.affiliation === undefined && ref.role === undefined && geocode(base.text) !== undefined) return undefined;
    // A name the lexicon does not know: the article's own role/affiliation, else name only.
    const out: FoundActor = { ...base, name: ref.canonical, by: 'referent', locative: locative && ref.type !== 'PERSON', hasHead: false, referent: ref.id };
    // "The Ivory Coast's Supreme Court", "Iraq's National Assembly": an organisation the lexicon does not
    // know takes its country from a state that owns or modifies it, and its sector from its head noun.
    const owner = ref.type === 'ORG' && last && last.last < c.last && last.entry.kind === 'state' ? last.entry.country : undefined;
    const country = countryOf(ref) ?? owner;
    if (country) out.country = country;
    if (ref.role) {
      const t = sectorForTitle(ref.role);
      if (t) out.sector = t;
    }
    if (!out.sector && ref.type === 'ORG') {
      const t = sectorForNoun(ws[c.last]!.lower);
      if (t) out.sector = t;
    }
    return out;
  }
  return undefined;
}

/** The actor a lexicon match inside a larger noun phrase names, spanning only the match. */
function modifierActor(ws: readonly Word[], m: Match, text: string, ctx: ActorContext, locative: boolean): FoundActor {
  const e = m.entry;
  const out: FoundActor = {
    first: m.first,
    last: m.last,
    start: ws[m.first]!.start,
    end: ws[m.last]!.end,
    text: phrase(ws, m.first, m.last, text),
    name: e.name,
    country: e.country,
    by: 'lexicon',
    locative,
    hasHead: false,
  };
  const s = e.sector ?? (e.kind === 'capital' ? 'GOV' : undefined);
  if (s) out.sector = s;
  const mention = ctx.mentions.find((x) => x.start < out.end && x.end > out.start);
  if (mention) out.referent = mention.referent;
  return out;
}

/**
 * A title before the closing run of names ("Nigerian junior foreign minister Dubem Oniya",
 * "U.N. Secretary-General Kofi Annan", "President Bush"): the phrase up to the title, resolved on
 * its own, codes the named person. The run is the chunk's last words tagged PROPN that are
 * neither a known title nor the end of a lexicon match.
 */
function titledName(ws: readonly Word[], c: Chunk, text: string, ctx: ActorContext, matches: readonly Match[]): FoundActor | undefined {
  if (ws[c.last]!.pos !== 'PROPN') return undefined;
  const matchEnds = new Set(matches.map((m) => m.last));
  let p = c.last;
  while (p > c.first && ws[p - 1]!.pos === 'PROPN' && sectorForTitle(ws[p - 1]!.lower) === undefined && !matchEnds.has(p - 1)) p--;
  if (p <= c.first) return undefined;
  const before = ws[p - 1]!;
  const isTitle = sectorForTitle(before.lower) !== undefined || sectorForNoun(before.lower) !== undefined || matchEnds.has(p - 1);
  if (!isTitle) return undefined;
  const inner = resolveChunk(ws, { first: c.first, last: p - 1 }, text, ctx);
  if (!inner || (inner.country === undefined && inner.sector === undefined)) return undefined;
  return { ...inner, name: phrase(ws, p, c.last, text) };
}
