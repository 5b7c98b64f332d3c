/**
 * The actor finder: noun phrases of a sentence that name an actor, each resolved to a PLOVER
 * country and sector. The text decides first (a title, a sector noun, a demonym or a possessor in
 * the phrase), then the lexicon (states, capitals, organisations, armed groups, people with dated
 * roles), then the language layer's referent (role and affiliation given elsewhere in the article).
 *
 * @module
 */
import type { Mention, Referent } from '../../core/index.js';
import { actorMayStartWith, lookupActor, lookupStateVariant, sectorForNoun, sectorForTitle, sectorModifier } from '../lexicon/index.js';
import type { ActorEntry } from '../lexicon/index.js';
import words from './actor-words.json' with { type: 'json' };
import { alpha3 } from './iso.js';
import { geocode } from '../places/index.js';
import type { Word } from '../coder/words.js';

const PRONOUNS = new Map(Object.entries(words.pronouns));
const LOCATIVES = new Set(words.locatives);
const HONORIFICS = new Set(words.honorifics);
const DETERMINERS = new Set(words.determiners);
const NON_ACTOR_HEADS = new Set(words.nonActorHeads);
const CHUNK_ENDERS = new Set(words.chunkEnders);
const COMPASS = new Set(words.compassWords);
const GROUP_HEADS = new Set(words.groupHeads);
const REGION_PARTS = new Set(words.regionParts);
const TARGET_PREPS = new Set(words.targetPreps);
const ATTRIBUTION = new Set(words.attributionVerbs);
const ETHNIC = new Set(words.ethnicModifiers);
const LED = new RegExp(`^(.+)(?:${words.ledSuffixes.map((x) => x.replace(/[-]/g, '\\-')).join('|')})$`, 'i');
/** Lexicon kinds whose aliases are names: a lower-case word ("island", "chad") is not one of them. */
const NAME_KINDS = new Set(['state', 'capital', 'person']);
/** Lexicon kinds that read as a place after a locative preposition ("in Syria", "from Damascus"). */
const PLACE_KINDS = new Set(['state', 'capital', 'seat']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
const MAX_NGRAM = 6;
/** Shortest word read as a misspelled state. */
const MIN_VARIANT = 6;

/** One actor phrase of a sentence: word range (inclusive), text and code. */
export interface FoundActor {
  /** First and last word index (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  name: string;
  country?: string;
  sector?: string;
  by: string;
  referent?: string;
  /** A pronoun the coder must resolve ("it", "they"). */
  pronoun?: 'sg' | 'pl';
  /** The phrase follows a locative preposition ("in Paris"): a place, not an actor. */
  locative: boolean;
  /** Members of one coordination ("The US and Russia") share a group number. */
  group?: number;
  /** The phrase has a common-noun head with its own sector ("officials"); false for bare names/demonyms. */
  hasHead: boolean;
  /** A person the lexicon knows, named here without a title ("Mr Kerry"): the sector is the dated lexicon role's. */
  untitledPerson?: true;
  /** A title in this phrase decided the sector ("US Secretary of State John Kerry"). */
  titled?: true;
  /** A state, capital or seat the lexicon knows: a place after a locative preposition. */
  placeKind?: true;
}

/** What the finder needs from the document besides the words. */
export interface ActorContext {
  /** The sentence's mentions (language layer), in order. */
  mentions: readonly Mention[];
  referents: ReadonlyMap<string, Referent>;
  /** Article date (ISO), for dated roles. */
  date?: string;
}

interface Chunk {
  first: number;
  last: number;
}

/** Maximal noun-phrase word runs: determiners, adjectives, nouns, names, a possessive, and "of" between names. */
function chunks(ws: readonly Word[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < ws.length) {
    const w = ws[i]!;
    if (w.pos === 'PRON' && PRONOUNS.has(w.lower)) {
      out.push({ first: i, last: i });
      i++;
      continue;
    }
    if ((!NP_POS.has(w.pos) && !(w.pos === 'DET' && DETERMINERS.has(w.lower))) || CHUNK_ENDERS.has(w.lower)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ws.length) {
      const n = ws[j + 1]!;
      if (CHUNK_ENDERS.has(n.lower)) break;
      // "an Islamic State target southwest of Baghdad": a direction ends the phrase (not "South Lebanon").
      if (COMPASS.has(n.text) && ws[j + 2]?.lower === 'of') break;
      // "Militants loyal to Zarqawi", "officials close to the president": an adjective after the head noun
      // and before a preposition opens a post-modifier, outside the phrase.
      if (n.pos === 'ADJ' && (ws[j]!.pos === 'NOUN' || ws[j]!.pos === 'PROPN') && ws[j + 2]?.pos === 'ADP') break;
      if (NP_POS.has(n.pos)) j++;
      // "The Red Cross said", "Human Rights Watch said": a capitalised word the tagger reads as a verb ends a name
      // the lexicon knows; the phrase runs on over it.
      else if (n.pos === 'VERB' && ws[j]!.pos === 'PROPN' && /^\p{Lu}/u.test(n.text) && endsKnownName(ws, i, j + 1)) j++;
      else if (n.pos === 'PART' && (n.lower === "'s" || n.lower === "'") && j + 2 < ws.length && NP_POS.has(ws[j + 2]!.pos)) j++;
      else if (n.lower === 'of' && ws[j]!.pos === 'PROPN' && ws[j + 2]?.pos === 'PROPN') j++;
      // "the two exiled dissidents", "the detained journalists": a participle between a determiner or
      // number and its noun modifies it.
      else if (n.pos === 'VERB' && /(ed|en)$/.test(n.lower) && (ws[j]!.pos === 'DET' || ws[j]!.pos === 'NUM') && NP_POS.has(ws[j + 2]?.pos ?? '')) j++;
      else break;
    }
    out.push({ first: i, last: j });
    i = j + 1;
  }
  return out;
}

/** Whether words `from`..`last` end in a name the lexicon knows (two to four words ending at `last`, a state's or capital's excepted). */
function endsKnownName(ws: readonly Word[], from: number, last: number): boolean {
  for (let a = Math.max(from, last - 3); a < last; a++) {
    const entry = lookupActor(ws.slice(a, last + 1).map((w) => w.text).join(' '));
    if (entry && !PLACE_KINDS.has(entry.kind)) return true;
  }
  return false;
}

function phrase(ws: readonly Word[], a: number, b: number, text: string): string {
  return text.slice(ws[a]!.start, ws[b]!.end);
}

interface Match {
  first: number;
  last: number;
  entry: ActorEntry;
}

/** Longest lexicon matches inside a word range, left to right, never starting on a determiner; a word `variant` allows may misspell a state. */
function lexiconMatches(ws: readonly Word[], a: number, b: number, text: string, date: string | undefined, variant?: (i: number) => boolean): Match[] {
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

function countryOf(ref: Referent | undefined): string | undefined {
  if (!ref) return undefined;
  const code = ref.affiliation ?? ref.country;
  return code === undefined ? undefined : alpha3(code);
}

/** Sector of a common-noun head phrase: the lexicon's tail rule, with modifier words applied. */
function headSector(ws: readonly Word[], a: number, b: number, text: string): string | undefined {
  const head = ws[b]!;
  // A capitalised common noun opening the sentence ("Rebels in the Ivory Coast …") is often tagged PROPN.
  const opening = head.pos === 'PROPN' && a === 0 && b === 0;
  // A capitalised title is tagged PROPN ("Taiwan's Vice Foreign Minister").
  const title = head.pos === 'PROPN' && Boolean(sectorForTitle(head.lower));
  // "outside Parliament", "the Army": a capitalised institution noun standing alone (after a determiner at most).
  const institution = head.pos === 'PROPN' && (a === b || (a + 1 === b && ws[a]!.pos === 'DET')) && Boolean(sectorForNoun(head.lower));
  if (head.pos !== 'NOUN' && !opening && !title && !institution) return undefined;
  // "opposition groups", "rebel members": a collective head takes its sector from a sector modifier.
  if (GROUP_HEADS.has(head.lower) && b > a) {
    for (let k = b - 1; k >= a; k--) {
      const mod = sectorModifier(ws[k]!.lower);
      if (mod?.sector) return mod.sector;
    }
    return undefined;
  }
  if (NON_ACTOR_HEADS.has(head.lower)) return undefined;
  for (let i = a; i <= b; i++) {
    if (ws[i]!.pos === 'DET' || ws[i]!.pos === 'NUM') continue;
    const s = sectorForNoun(opening || institution ? head.lower : phrase(ws, i, b, text));
    if (s) {
      // "rebel commander", "opposition leader": a sector modifier decides a generic head.
      for (let k = i; k < b; k++) {
        const mod = sectorModifier(ws[k]!.lower);
        if (mod?.sector && (s === 'GOV' || s === 'CVL')) return mod.sector;
      }
      return s;
    }
  }
  return undefined;
}

/** Gazetteer answers for state names and demonyms ("Israel" yes, "Israeli" no), kept per name (few distinct ones). */
const placeNames = new Map<string, boolean>();

/** Whether the gazetteer knows `name` as a place: a state's name, not its demonym. */
function isPlaceName(name: string): boolean {
  let known = placeNames.get(name);
  if (known === undefined) {
    known = geocode(name) !== undefined;
    if (placeNames.size > 5000) placeNames.clear();
    placeNames.set(name, known);
  }
  return known;
}

/** "in the east of the Gaza Strip", "on the outskirts of Aleppo": the phrase at `first` names a place. */
function partOfPlace(ws: readonly Word[], first: number): boolean {
  if (ws[first - 1]?.lower !== 'of' || !REGION_PARTS.has(ws[first - 2]?.lower ?? '')) return false;
  let j = first - 3;
  while (ws[j]?.pos === 'DET' || ws[j]?.pos === 'ADJ') j--;
  return LOCATIVES.has(ws[j]?.lower ?? '') || ws[j]?.lower === 'on';
}

/**
 * Whether the word at `i` may be a misspelled state name or demonym ("Ethopia", "Quatar"): a
 * capitalised word of six letters or more standing alone (no capitalised neighbour: not part of a
 * longer name) that the gazetteer does not know as a place, and that the language layer knows as
 * nothing more than that bare word (the tagger types an unknown word as a person or an
 * organisation at random; a referent with a longer name, a role or a country is known).
 */
function mayMisspellState(ws: readonly Word[], i: number, ctx: ActorContext): boolean {
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

/** The last mention overlapping [start, end), a place (LOC) one only when `notPlace` is false (a loop: asked for every chunk). */
function lastMention(mentions: readonly Mention[], start: number, end: number, notPlace: boolean): Mention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.start < end && m.end > start && (!notPlace || m.type !== 'LOC')) return m;
  }
  return undefined;
}

function resolveChunk(ws: readonly Word[], c: Chunk, text: string, ctx: ActorContext): FoundActor | undefined {
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

/**
 * "leaders of Romania's new government", "dissidents from Myanmar", "inspectors of the IAEA": a headed
 * phrase that names no country takes it from the actor of its "of"/"from" complement.
 */
function ownerCountries(ws: readonly Word[], found: readonly FoundActor[]): void {
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1]!;
    if (!a.hasHead || a.country !== undefined || a.pronoun || b.country === undefined) continue;
    const prep = ws[a.last + 1]?.lower;
    if ((prep === 'of' || prep === 'from') && b.first === a.last + 2) a.country = b.country;
  }
}

/**
 * Actor phrases of one sentence, in order. Coordinated phrases ("The US and Russia", "Iran,
 * Saudi Arabia and Turkey") share a group number; a bare demonym coordinated with a headed phrase
 * borrows its head ("Hungarian and Romanian officials" -> HUN GOV, ROU GOV).
 */
export function findActors(ws: readonly Word[], text: string, ctx: ActorContext, groupBase = 0): FoundActor[] {
  const out: FoundActor[] = [];
  for (const c of chunks(ws)) {
    const a = resolveChunk(ws, c, text, ctx);
    if (a) out.push(a);
  }
  let group = groupBase;
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    const between = ws.slice(a.last + 1, b.first).map((w) => w.lower);
    // "The US and Russia", "Iran, Turkey", and the serial comma "The US, Russia, and Switzerland"; not the
    // source of a closing attribution ("killing eight people, Syrian state media reported").
    const attribution = between[0] === ',' && ATTRIBUTION.has(ws[b.last + 1]?.lower ?? '');
    const joined = (between.length === 1 && (between[0] === 'and' || (between[0] === ',' && !attribution) || between[0] === 'or'))
      || (between.length === 2 && between[0] === ',' && (between[1] === 'and' || between[1] === 'or'));
    // "Lawmakers in Poland and Kenya": a place coordinated with a place after a locative is one too.
    if (joined && a.locative && !b.locative && b.placeKind) b.locative = true;
    if (!joined || a.pronoun || b.pronoun || a.locative !== b.locative) continue;
    if (a.group === undefined) a.group = ++group;
    b.group = a.group;
  }
  ownerCountries(ws, out);
  // Shared head: "Hungarian and Romanian officials".
  for (let k = out.length - 1; k > 0; k--) {
    const b = out[k]!;
    const a = out[k - 1]!;
    if (a.group !== undefined && a.group === b.group && b.hasHead && !a.hasHead && a.sector === undefined && b.sector !== undefined && ws[a.last]!.pos !== 'NOUN') {
      a.sector = b.sector;
      a.hasHead = true;
    }
  }
  return out;
}
