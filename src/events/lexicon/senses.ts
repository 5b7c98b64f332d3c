/**
 * Sense restrictions on trigger readings (`data/sense-limits.json`): the complement, object or
 * patient that makes a trigger word mean something other than its event ("recognize that …" is
 * cognition, "sought to talk" an intention, "battling extradition" no violence, "invite architects"
 * no invitation between political actors). Written from the PLOVER/CAMEO definitions, as data.
 *
 * @module
 */
import { normalizeLemma } from './triggers.js';
import { senseLimitsFileSchema } from './schema.js';
import senseLimitData from './data/sense-limits.json' with { type: 'json' };

/** What the coder saw around a trigger word, lower case. */
export interface SenseContext {
  /** The words right after the trigger word (a few are enough). */
  after: readonly string[];
  /** The object noun the reading would take (the first noun after the trigger), when there is one. */
  object?: string;
  /** The noun right before the trigger (the patient of a passive or reduced relative), when there is one. */
  before?: string;
  /** The words right before the trigger, nearest last (a few are enough). */
  preceding?: readonly string[];
}

interface Limit {
  types: ReadonlySet<string> | undefined;
  followedBy: readonly (readonly string[])[];
  /** When given, the reading holds only before one of these complements. */
  onlyFollowedBy: readonly (readonly string[])[] | undefined;
  objects: ReadonlySet<string>;
  patients: ReadonlySet<string>;
  precededBy: readonly (readonly string[])[];
}

let byLemma: Map<string, Limit[]> | undefined;

function expand(words: readonly string[] | undefined, classes: Readonly<Record<string, readonly string[]>>): Set<string> {
  const out = new Set<string>();
  for (const w of words ?? []) {
    if (!w.startsWith('@')) {
      out.add(normalizeLemma(w));
      continue;
    }
    const members = classes[w.slice(1)];
    if (!members) throw new Error(`sense-limits: class ${w} is not defined`);
    for (const m of members) out.add(normalizeLemma(m));
  }
  return out;
}

function limits(): Map<string, Limit[]> {
  if (byLemma) return byLemma;
  const file = senseLimitsFileSchema.parse(senseLimitData);
  const map = new Map<string, Limit[]>();
  for (const r of file.limits) {
    const limit: Limit = {
      types: r.types ? new Set(r.types) : undefined,
      followedBy: (r.followedBy ?? []).map((p) => normalizeLemma(p).split(' ')),
      onlyFollowedBy: r.onlyFollowedBy?.map((p) => normalizeLemma(p).split(' ')),
      objects: expand(r.objects, file.classes),
      patients: expand(r.patients, file.classes),
      precededBy: (r.precededBy ?? []).map((p) => normalizeLemma(p).split(' ')),
    };
    for (const lemma of r.lemmas) {
      const key = normalizeLemma(lemma);
      const list = map.get(key) ?? [];
      list.push(limit);
      map.set(key, list);
    }
  }
  return (byLemma = map);
}

function startsWith(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.every((w, k) => words[k] === w);
}

function endsWith(words: readonly string[], phrase: readonly string[]): boolean {
  const off = words.length - phrase.length;
  return off >= 0 && phrase.every((w, k) => words[off + k] === w);
}

/** Whether any sense limit names this lemma (most do not: the coder then builds no context). */
export function hasSenseLimits(lemma: string): boolean {
  return limits().has(lemma);
}

/**
 * Whether a reading of `lemma` (the entry's lemma) with PLOVER `type` is ruled out by a sense limit
 * in this context: a complement right after the trigger, its object noun, the noun before it, or the
 * words before it ("a rescue mission to free").
 */
export function senseExcluded(lemma: string, type: string, ctx: SenseContext): boolean {
  const list = limits().get(lemma);
  if (!list) return false;
  for (const l of list) {
    if (l.types && !l.types.has(type)) continue;
    if (l.followedBy.some((p) => startsWith(ctx.after, p))) return true;
    if (l.onlyFollowedBy && !l.onlyFollowedBy.some((p) => startsWith(ctx.after, p))) return true;
    if (ctx.object !== undefined && l.objects.has(ctx.object)) return true;
    if (ctx.before !== undefined && l.patients.has(ctx.before)) return true;
    if (ctx.preceding !== undefined && l.precededBy.some((p) => endsWith(ctx.preceding!, p))) return true;
  }
  return false;
}

/** The actor of a coded event, as a sense rule sees it. */
export interface SenseActor {
  /** The words that name it ("Jordan", "Angry Jordanians"). */
  text: string;
  /** Its canonical name ("Jordan"). */
  name: string;
  country?: string;
  sector?: string;
}

/** The type, CAMEO code and mode a reading takes for its actor. */
export interface ActorShift {
  type: string;
  cameo: string;
  mode?: string;
}

interface Shift {
  types: ReadonlySet<string>;
  modes: ReadonlySet<string> | undefined;
  sectors: ReadonlySet<string>;
  states: boolean;
  to: ActorShift;
}

let shifts: readonly Shift[] | undefined;

function actorShifts(): readonly Shift[] {
  if (shifts) return shifts;
  const file = senseLimitsFileSchema.parse(senseLimitData);
  return (shifts = (file.actorShifts ?? []).map((s) => ({
    types: new Set(s.types),
    modes: s.modes ? new Set(s.modes) : undefined,
    sectors: new Set(s.sectors),
    states: s.states,
    to: s.to.mode === undefined ? { type: s.to.type, cameo: s.to.cameo } : { type: s.to.type, cameo: s.to.cameo, mode: s.to.mode },
  })));
}

/**
 * Whether the actor is named as a state itself ("Jordan", "the United States"), not its people
 * ("Angry Jordanians" has the state's country and name, but other words): no sector, and the
 * words are the state's name.
 */
function namedState(a: SenseActor): boolean {
  if (a.sector !== undefined || a.country === undefined) return false;
  const words = a.text.toLowerCase().replace(/^the\s+/, '');
  return words === a.name.toLowerCase();
}

/**
 * The reading an event of `type` and `mode` takes for its actor (`sense-limits.json` `actorShifts`),
 * or undefined when it keeps its own: PLOVER's PROTEST is civilians' collective action, so a state or
 * its forces blocking a crossing restrict movement (COERCE), as protesters blocking it obstruct (PROTEST).
 */
export function actorShift(type: string, mode: string | undefined, actor: SenseActor | undefined): ActorShift | undefined {
  if (!actor) return undefined;
  for (const s of actorShifts()) {
    if (!s.types.has(type) || (s.modes && (mode === undefined || !s.modes.has(mode)))) continue;
    if ((actor.sector !== undefined && s.sectors.has(actor.sector)) || (s.states && namedState(actor))) return s.to;
  }
  return undefined;
}
