/**
 * Event-trigger lexicon: lemma (plus optional particle and object head) -> PLOVER type, mode and
 * default CAMEO code, with notes on who is actor and who is recipient.
 */
import agree from './data/triggers/agree.json' with { type: 'json' };
import consult from './data/triggers/consult.json' with { type: 'json' };
import support from './data/triggers/support.json' with { type: 'json' };
import concede from './data/triggers/concede.json' with { type: 'json' };
import cooperate from './data/triggers/cooperate.json' with { type: 'json' };
import aid from './data/triggers/aid.json' with { type: 'json' };
import retreat from './data/triggers/retreat.json' with { type: 'json' };
import request from './data/triggers/request.json' with { type: 'json' };
import accuse from './data/triggers/accuse.json' with { type: 'json' };
import reject from './data/triggers/reject.json' with { type: 'json' };
import threaten from './data/triggers/threaten.json' with { type: 'json' };
import protest from './data/triggers/protest.json' with { type: 'json' };
import sanction from './data/triggers/sanction.json' with { type: 'json' };
import mobilize from './data/triggers/mobilize.json' with { type: 'json' };
import coerce from './data/triggers/coerce.json' with { type: 'json' };
import assault from './data/triggers/assault.json' with { type: 'json' };
import irregularData from './data/irregular-forms.json' with { type: 'json' };
import objectClassData from './data/object-classes.json' with { type: 'json' };
import { cameoInfo } from './cameo.js';
import { isPloverType } from './plover.js';
import type { PloverType } from './plover.js';
import { irregularFileSchema, objectClassesFileSchema, triggerFileSchema } from './schema.js';
import type { TriggerRecord } from './schema.js';

const FILES: readonly unknown[] = [
  agree, consult, support, concede, cooperate, aid, retreat, request,
  accuse, reject, threaten, protest, sanction, mobilize, coerce, assault,
];

/** Who an argument slot stands for. */
export type ObjectRole = 'recipient' | 'co-actor' | 'actor' | 'none';

/** One reading of a trigger, as returned by `lookupTrigger`. */
export interface TriggerEntry {
  type: PloverType;
  lemma: string;
  /** Particle/preposition (or fixed word) that must follow the lemma: "for" in "call for". */
  next?: string;
  /** Head nouns of the object (or of the particle's complement) this reading needs: "sanctions" in "lift sanctions". */
  objects?: readonly string[];
  /** Words of the subject phrase this reading needs ("peacekeepers" in "peacekeepers arrived in"): one of them must stand in it. */
  subjects?: readonly string[];
  /** The reading of a joint action ("joint exercises", "France and Egypt held exercises", "exercises with Italy"): used only then, and then first. */
  joint: boolean;
  pos: 'verb' | 'noun' | 'any';
  mode?: string;
  /** Default CAMEO code (most specific that fits). */
  cameo: string;
  /** Goldstein score of `cameo`. */
  goldstein: number;
  contexts?: readonly string[];
  /** What the grammatical subject is: the actor (default), the recipient ("host", "receive aid from") or neither (a place). */
  subjectRole: 'actor' | 'recipient' | 'none';
  /** What the direct object is: recipient (default), co-actor (symmetric: "meet", "clash"), actor (reversed: "host") or none (a topic). */
  objectRole: ObjectRole;
  /** Prepositions whose complement is the actor ("aid from X"). */
  actorPreps: readonly string[];
  /** Prepositions whose complement is the recipient ("attack on X", "call on X"). */
  recipientPreps: readonly string[];
  /** Prepositions whose complement is a further actor ("talks with X", "clashes between X and Y"). */
  coActorPreps: readonly string[];
  /** The lemma has common non-event senses ("heart attack", "markets rallied"): the coder must confirm. */
  ambiguous: boolean;
  /** A less common sense of a lemma that has another reading ("attack" as verbal criticism): listed after the main ones. */
  secondary: boolean;
  /** Why the type differs from the CAMEO code's own PLOVER mapping (e.g. manual: resignations are RETREAT). */
  typeNote?: string;
  note?: string;
}

interface Index {
  byLemma: ReadonlyMap<string, readonly TriggerEntry[]>;
  irregular: ReadonlyMap<string, string>;
  all: readonly TriggerEntry[];
}

let index: Index | undefined;

/** Lower-cases, strips diacritics and collapses spaces; hyphens stay ("cease-fire" is listed as written). */
export function normalizeLemma(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Object nouns with "@class" references replaced by the class's nouns (`data/object-classes.json`). */
function expandObjects(objects: readonly string[], classes: Readonly<Record<string, readonly string[]>>): string[] {
  return objects.flatMap((o) => {
    if (!o.startsWith('@')) return [o];
    const members = classes[o.slice(1)];
    if (!members) throw new Error(`object class ${o} is not in object-classes.json`);
    return members;
  });
}

function toEntry(type: PloverType, r: TriggerRecord, classes: Readonly<Record<string, readonly string[]>>): TriggerEntry {
  const info = cameoInfo(r.cameo);
  if (!info) throw new Error(`trigger "${r.lemma}": CAMEO code ${r.cameo} is not in cameo.json`);
  const e: TriggerEntry = {
    type,
    lemma: normalizeLemma(r.lemma),
    pos: r.pos,
    cameo: r.cameo,
    goldstein: info.goldstein,
    subjectRole: r.subjectRole ?? 'actor',
    objectRole: r.objectRole ?? 'recipient',
    actorPreps: r.actorPreps ?? [],
    recipientPreps: r.recipientPreps ?? [],
    coActorPreps: r.coActorPreps ?? [],
    ambiguous: r.ambiguous ?? false,
    secondary: r.secondary ?? false,
    joint: r.joint ?? false,
  };
  if (r.next !== undefined) e.next = normalizeLemma(r.next);
  if (r.objects !== undefined) e.objects = expandObjects(r.objects, classes).map(normalizeLemma);
  if (r.subjects !== undefined) e.subjects = r.subjects.map(normalizeLemma);
  if (r.mode !== undefined) e.mode = r.mode;
  if (r.contexts !== undefined) e.contexts = r.contexts;
  if (r.typeNote !== undefined) e.typeNote = r.typeNote;
  if (r.note !== undefined) e.note = r.note;
  return e;
}

function buildIndex(): Index {
  const byLemma = new Map<string, TriggerEntry[]>();
  const all: TriggerEntry[] = [];
  const { classes } = objectClassesFileSchema.parse(objectClassData);
  for (const raw of FILES) {
    const file = triggerFileSchema.parse(raw);
    if (!isPloverType(file.type)) throw new Error(`trigger file type ${file.type} is not a PLOVER type`);
    for (const r of file.triggers) all.push(toEntry(file.type, r, classes));
  }
  const add = (key: string, entry: TriggerEntry) => {
    let list = byLemma.get(key);
    if (!list) byLemma.set(key, (list = []));
    list.push(entry);
  };
  for (const e of all) add(e.lemma, e);
  // A lemma of several words ("round up", "break up", "tear gas") is also found from its first word,
  // with the rest as the particle (the coder looks words up one at a time), unless that word and
  // particle have readings of their own ("blow" + "up" beside "blow up").
  const explicit = new Set(all.map((e) => `${e.lemma}|${e.next ?? ''}`));
  for (const e of all) {
    const space = e.lemma.indexOf(' ');
    if (space <= 0 || e.next !== undefined) continue;
    const split = { ...e, lemma: e.lemma.slice(0, space), next: e.lemma.slice(space + 1) };
    if (!explicit.has(`${split.lemma}|${split.next}`)) add(split.lemma, split);
  }
  const irregular = new Map(Object.entries(irregularFileSchema.parse(irregularData).forms));
  return { byLemma, irregular, all };
}

function getIndex(): Index {
  return (index ??= buildIndex());
}

/** Every trigger reading (for validation and coverage reports). */
export function allTriggers(): readonly TriggerEntry[] {
  return getIndex().all;
}

/** Candidate lemmas for an inflected form: irregular table, then suffix stripping. */
function lemmaCandidates(word: string, irregular: ReadonlyMap<string, string>): string[] {
  const out = [word];
  const irr = irregular.get(word);
  if (irr) out.push(irr);
  const push = (s: string) => {
    if (s.length >= 2) out.push(s);
  };
  if (word.endsWith('ies') || word.endsWith('ied')) push(word.slice(0, -3) + 'y');
  for (const suf of ['ing', 'ed', 'es', 's']) {
    if (!word.endsWith(suf) || word.length <= suf.length + 1) continue;
    const stem = word.slice(0, -suf.length);
    push(stem);
    if (suf !== 's') push(stem + 'e');
    // Doubled final consonant: "stopped" -> "stop".
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) push(stem.slice(0, -1));
  }
  return out;
}

/** True when the phrase after the trigger starts with the entry's particle (word-aligned). */
function nextMatches(entryNext: string, given: string): boolean {
  return given === entryNext || given.startsWith(entryNext + ' ');
}

/** True when an object head matches one of the entry's object nouns (whole phrase or its last word). */
function objectMatches(objects: readonly string[], given: string): boolean {
  if (objects.includes(given)) return true;
  const last = given.split(' ').pop() ?? given;
  return objects.includes(last);
}

/**
 * Readings of a trigger lemma. `next` is the text right after the trigger (a particle such as
 * "for", "off", "out of"); when a phrasal reading matches it, only phrasal readings are returned,
 * otherwise only the bare ones. `object` is the head noun of the object (or of the particle's
 * complement): readings constrained to objects are returned only when it matches, and then come
 * first; conditional readings (joint actions, subject-bound) after the plain ones, and secondary senses last. Inflected forms fall back to the lemma ("shelled" -> "shell", "fought" -> "fight").
 */
export function lookupTrigger(lemma: string, next?: string, object?: string): readonly TriggerEntry[] {
  const entries = lemmaEntries(lemma);
  if (entries.length === 0) return NO_ENTRIES;
  // The coder asks for the same (word, particle, object) several times per word (each stem, each
  // object key, the farther-object and passive scans); the answer depends on the three strings only.
  const key = `${lemma}\u0000${next ?? '\u0001'}\u0000${object ?? '\u0001'}`;
  let found = LOOKUPS.get(key);
  if (found === undefined) {
    found = Object.freeze(lookupEntries(entries, next, object));
    if (LOOKUPS.size >= LOOKUP_LIMIT) LOOKUPS.clear();
    LOOKUPS.set(key, found);
  }
  return found;
}

const NO_ENTRIES: readonly TriggerEntry[] = Object.freeze([]);
/** Answers of `lookupTrigger` by its arguments; emptied when full. */
const LOOKUPS = new Map<string, readonly TriggerEntry[]>();
const LOOKUP_LIMIT = 50_000;

/** `lookupTrigger` over the readings of a word form that has some. */
function lookupEntries(entries: readonly TriggerEntry[], next: string | undefined, object: string | undefined): TriggerEntry[] {
  const { irregular } = getIndex();
  let pool: readonly TriggerEntry[];
  const nextKey = next === undefined ? '' : normalizeLemma(next);
  const phrasal = nextKey ? entries.filter((e) => e.next !== undefined && nextMatches(e.next, nextKey)) : [];
  if (phrasal.length > 0) {
    // Longest particle first: "out of" before "out".
    pool = [...phrasal].sort((a, b) => (b.next?.length ?? 0) - (a.next?.length ?? 0));
  } else {
    pool = entries.filter((e) => e.next === undefined);
  }
  const free = mainFirst(pool.filter((e) => e.objects === undefined));
  if (object === undefined || object.trim() === '') return free;
  const objKey = normalizeLemma(object);
  const objCands = lemmaCandidates(objKey, irregular);
  const bound = pool.filter((e) => e.objects !== undefined && objCands.some((o) => objectMatches(e.objects ?? [], o)));
  return [...mainFirst(bound), ...free];
}

/** The readings of a word form, by the form (most words of a sentence have none); emptied when full. */
const LEMMA_ENTRIES = new Map<string, readonly TriggerEntry[]>();
const LEMMA_LIMIT = 50_000;

/**
 * The lexicon's readings of a word form: its first lemma candidate that has any. The coder asks
 * for every verb and noun, with each stem, several times per word; normalising and stemming once
 * per form is most of `lookupTrigger`'s cost.
 */
function lemmaEntries(lemma: string): readonly TriggerEntry[] {
  let entries = LEMMA_ENTRIES.get(lemma);
  if (entries === undefined) {
    const { byLemma, irregular } = getIndex();
    entries = [];
    for (const cand of lemmaCandidates(normalizeLemma(lemma), irregular)) {
      const found = byLemma.get(cand);
      if (found) {
        entries = found;
        break;
      }
    }
    if (LEMMA_ENTRIES.size >= LEMMA_LIMIT) LEMMA_ENTRIES.clear();
    LEMMA_ENTRIES.set(lemma, entries);
  }
  return entries;
}

/** Whether the lexicon has any reading of this word form (as `lookupTrigger` finds it): when not, every look-up of the form is empty. */
export function hasTriggerReadings(lemma: string): boolean {
  return lemmaEntries(lemma).length > 0;
}

/** Whether some phrasal reading of a word form starts with `particle` ("lay" + "down" in "laying down its arms"). */
export function hasParticleReading(lemma: string, particle: string): boolean {
  const p = normalizeLemma(particle);
  return lemmaEntries(lemma).some((e) => e.next !== undefined && (e.next === p || e.next.startsWith(`${p} `)));
}

/** Whether a reading holds only under a condition the caller checks (a joint action, a subject word). */
function conditional(e: TriggerEntry): boolean {
  return e.joint || e.subjects !== undefined;
}

/** Stable sort: main readings, then conditional ones (joint, subject-bound), then secondary senses. */
function mainFirst(list: readonly TriggerEntry[]): TriggerEntry[] {
  return [...list.filter((e) => !e.secondary && !conditional(e)), ...list.filter((e) => !e.secondary && conditional(e)), ...list.filter((e) => e.secondary)];
}
