/**
 * Object and complement finding: the actor phrase right after a trigger (its object), the actors of
 * its prepositional complements with the role each preposition gives for the trigger's reading
 * ("with", "against", "by" in passives, "between"), and actors in complements of a non-actor object
 * noun ("accepted demands from Shona rebels").
 *
 * @module
 */
import { groupArgs, pronounArgs } from './actor-phrases.js';
import type { Arg, SentenceView } from './actor-phrases.js';
import words from './coder-words.json' with { type: 'json' };
import statusWords from './status-words.json' with { type: 'json' };
import type { TriggerHit } from './find-triggers.js';
import { isTemporal } from './temporal.js';

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
const DEFAULT_PREPS = new Map(Object.entries(words.defaultPreps).map(([p, types]) => [p, new Set(types)]));
/** Types whose partner after "with" is a co-actor by default. */
export const CO_ACTOR_DEFAULT = new Set(words.coActorDefault);
const COUNT_QUALIFIERS = words.countQualifiers.map((c) => c.split(' '));
const COMPLEMENTIZERS = new Set(words.complementizers);
/** Types whose trigger takes the subject of a "that" clause as its recipient ("demanded that the US cancel"). */
const CLAUSE_RECIPIENT_TYPES = new Set(['REQUEST', 'THREATEN', 'ACCUSE', 'REJECT']);
const NP_SKIP = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);
/** Prepositions whose actor, after the object noun, is what the object concerns ("demands from", "calls by", "agreement with"). */
const NOUN_COMPLEMENT_PREPS = new Set(words.nounComplementPreps);
const ACCUSATION_PREPS = new Set(statusWords.accusationPreps);

/** Role of a prepositional complement for this reading, or undefined when it names none. */
function prepRole(hit: TriggerHit, prep: string, passive: boolean): 'actor' | 'recipient' | 'co-actor' | undefined {
  const e = hit.entry;
  if (prep === 'by' && (passive || e.pos !== 'verb')) return 'actor';
  if (e.actorPreps.includes(prep)) return 'actor';
  if (e.recipientPreps.includes(prep)) return 'recipient';
  if (e.coActorPreps.includes(prep)) return 'co-actor';
  if (prep === 'with' && CO_ACTOR_DEFAULT.has(e.type)) return 'co-actor';
  if (prep === 'between') return e.type === 'CONSULT' || e.type === 'COOPERATE' || e.type === 'AGREE' || e.type === 'ASSAULT' ? 'co-actor' : undefined;
  if (DEFAULT_PREPS.get(prep)?.has(e.type)) return 'recipient';
  return undefined;
}

export interface RightArgs {
  object?: Arg[];
  /** `between`: the complement names all sides ("talks between X and Y"). */
  preps: { role: 'actor' | 'recipient' | 'co-actor'; args: Arg[]; between?: boolean }[];
  /**
   * Actors in a complement of a non-actor object noun ("accepted demands from Shona rebels", "expelled
   * inspectors of the IAEA", "ratified an agreement with the EU"): the trigger's recipient when it names none.
   */
  nounComplements: Arg[][];
}

/** Object and prepositional complements after word `from`, until the clause ends. */
export function argsAfter(v: SentenceView, hit: TriggerHit, from: number, passive: boolean, afterObject: boolean): RightArgs {
  const out: RightArgs = { preps: [], nounComplements: [] };
  let j = from;
  let first = true;
  let prep: string | undefined;
  // The preposition opens a complement of the object noun just passed (or of the event noun itself).
  let ofNoun = afterObject || (hit.entry.pos !== 'verb' && v.ws[hit.i]!.pos === 'NOUN');
  const limit = Math.min(v.ws.length, from + 14);
  while (j < limit) {
    const w = v.ws[j]!;
    const k = v.actorAt[j];
    if (k !== undefined) {
      const args = groupArgs(v, k);
      if (prep === undefined && first) out.object = args;
      // "accused Syria of arming militants": a phrase opening with a gerund after the accused is the charge
      // (the accused's act, see subjects.ts accusedOf), not a further recipient.
      else if (prep !== undefined && !(out.object && ACCUSATION_PREPS.has(prep) && hit.entry.type === 'ACCUSE' && /ing$/.test(v.ws[v.actors[k]!.first]!.lower))) {
        const role = prepRole(hit, prep, passive);
        if (role) out.preps.push(prep === 'between' ? { role, args, between: true } : { role, args });
        else if (ofNoun && NOUN_COMPLEMENT_PREPS.has(prep)) out.nounComplements.push(args);
      }
      ofNoun = false;
      const g = v.actors[k]!.mention.group;
      j = g === undefined ? v.actors[k]!.last + 1 : Math.max(...v.actors.filter((x) => x.mention.group === g).map((x) => x.last)) + 1;
      first = false;
      prep = undefined;
      continue;
    }
    // "welcomed their resumption of ties with Chile": a possessive opens the object phrase.
    if (w.pos === 'PRON' && prep === undefined && first && POSSESSIVES.has(w.lower)) {
      j++;
      continue;
    }
    if (w.pos === 'PRON' && prep !== undefined) {
      const args = pronounArgs(v, j);
      const role = prepRole(hit, prep, passive);
      if (args && role) out.preps.push({ role, args });
      prep = undefined;
      first = false;
      j++;
      continue;
    }
    if (first && isTemporal(v.ws, j)) {
      j++;
      continue;
    }
    // "kidnapped up to 16 Russian advisers": a count's qualifier belongs to the object phrase.
    const q = first ? COUNT_QUALIFIERS.find((c) => c.every((x, n) => v.ws[j + n]?.lower === x) && v.ws[j + c.length]?.pos === 'NUM') : undefined;
    if (q) {
      j += q.length;
      continue;
    }
    // "demanded that the US cancel …": the clause's subject is the demand's addressee.
    if (first && COMPLEMENTIZERS.has(w.lower) && CLAUSE_RECIPIENT_TYPES.has(hit.entry.type) && hit.entry.objectRole === 'recipient') {
      j++;
      continue;
    }
    if (w.pos === 'ADP') {
      // Only the first preposition after the noun heads its complement ("demands from X", not "demands on Monday from X").
      if (prep !== undefined || !NOUN_COMPLEMENT_PREPS.has(w.lower)) ofNoun = false;
      prep = w.lower;
      first = false;
      j++;
      continue;
    }
    if (w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NUM' || (w.pos === 'ADV' && first)) {
      j++;
      continue;
    }
    // "expel exiled leaders", "freed detained journalists": a participle opening the object phrase modifies its noun.
    if (first && prep === undefined && w.pos === 'VERB' && /(ed|en)$/.test(w.lower) && (v.actorAt[j + 1] !== undefined || v.ws[j + 1]?.pos === 'NOUN')) {
      j++;
      continue;
    }
    if (NP_SKIP.has(w.pos)) {
      // A non-actor noun phrase: the object is not an actor, but its prepositions may hold one.
      ofNoun = (first || ofNoun) && (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ' || w.pos === 'NUM' || w.pos === 'DET' || w.pos === 'PART');
      first = false;
      prep = undefined;
      j++;
      continue;
    }
    if (w.pos === 'CCONJ' && v.ws[j + 1] && v.ws[j + 1]!.pos !== 'VERB' && v.ws[j + 1]!.pos !== 'AUX') {
      j++;
      continue;
    }
    break;
  }
  return out;
}
