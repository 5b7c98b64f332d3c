/**
 * Argument finding: who did it and to whom, from word order and part-of-speech tags. The subject
 * is the actor phrase before the verb (stepping over auxiliaries, adverbs and "is willing to"),
 * the object the actor phrase right after it; prepositions give further roles ("with", "against",
 * "on", "by" in passives); event nouns take a possessor or modifier ("Israeli air strikes"), the
 * subject of a light verb ("launched an attack") or their prepositional complements.
 *
 * @module
 */
import type { ActorMention } from '../../core/index.js';
import { lookupActor } from '../lexicon/index.js';
import words from './coder-words.json' with { type: 'json' };
import type { TriggerHit } from './find-triggers.js';
import type { Word } from './words.js';

const CHAIN = new Set(words.chain);
const BARRIERS = new Set(words.barriers);
const RELATIVES = new Set(words.relatives);
const PASSIVE_AUX = new Set(words.passiveAux);
const LIGHT_VERBS = new Set(words.lightVerbs);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
const DEFAULT_PREPS = new Map(Object.entries(words.defaultPreps).map(([p, types]) => [p, new Set(types)]));
const CO_ACTOR_DEFAULT = new Set(words.coActorDefault);
const ENGAGE_VERBS = new Set(words.engageVerbs);
const COUNT_QUALIFIERS = words.countQualifiers.map((c) => c.split(' '));
const ENGAGE_PREPS = new Set(['in', 'into']);
const TEMPORAL = new Set(words.temporal);
const TEMPORAL_PREPS = new Set(words.temporalPreps);
const COMPLEMENTIZERS = new Set(words.complementizers);
/** Types whose trigger takes the subject of a "that" clause as its recipient ("demanded that the US cancel"). */
const CLAUSE_RECIPIENT_TYPES = new Set(['REQUEST', 'THREATEN', 'ACCUSE', 'REJECT']);
const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'into', 'within', 'towards', 'toward', 'via', 'through', 'over', 'under', 'during', 'after', 'before']);
const NP_SKIP = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);
/** Prepositions whose actor, after the object noun, is what the object concerns ("demands from", "calls by", "agreement with"). */
const NOUN_COMPLEMENT_PREPS = new Set(words.nounComplementPreps);
const COMPANIONS = words.companions;
const POST_MODIFIERS = new Set(words.postModifiers);
const ARMED_SECTORS = new Set(words.armedSectors);
/** Prepositions of a place phrase after a subject ("students throughout Indonesia staged"). */
const SUBJECT_PLACE_PREPS = new Set([...LOCATIVE_PREPS, 'from']);

/** An argument: the actor and the words that name it in this sentence. */
export interface Arg {
  actor: ActorMention;
  /** Offsets of the words that name it here (a pronoun names an earlier actor). */
  start: number;
  end: number;
}

/** The arguments of one trigger. */
export interface EventArgs {
  actors: Arg[];
  recipients: Arg[];
  /** All participants act on each other ("X and Y met"). */
  symmetric: boolean;
  passive: boolean;
  /** A reduced relative ("officials accused of …"): the participle modifies its noun; the sentence's verb comes later. */
  reduced?: true;
  /** First word of the subject, for the status window. */
  subjectFirst?: number;
}

/** The sentence as the argument finder sees it. */
export interface SentenceView {
  ws: readonly Word[];
  /** Actor mentions of the sentence with their word ranges. */
  actors: readonly { mention: ActorMention; first: number; last: number }[];
  /** Index into `actors` for each word inside an actor phrase. */
  actorAt: readonly (number | undefined)[];
  /** Country of the place mention each word belongs to ("in the Ivory Coast"), if any. */
  placeCountryAt?: readonly (string | undefined)[];
  /** Resolves a pronoun word to the actors it stands for. */
  pronoun(i: number): ActorMention[] | undefined;
  text: string;
  date?: string;
}

function groupArgs(v: SentenceView, k: number): Arg[] {
  const a = v.actors[k]!;
  const members = a.mention.group === undefined ? [a] : v.actors.filter((x) => x.mention.group === a.mention.group);
  return members.map((m) => ({ actor: placedActor(v, m), start: m.mention.start, end: m.mention.end }));
}

/**
 * "the rebels in Darfur", "the government of Sindh province": an actor whose phrase names no country (or only
 * one lent by the context), followed by "in"/"of" and a place, is of the place's country.
 */
function placedActor(v: SentenceView, m: SentenceView['actors'][number]): ActorMention {
  const prep = v.ws[m.last + 1]?.lower;
  if (!noOwnCountry(m.mention) || m.mention.sector === undefined || (prep !== 'in' && prep !== 'of')) return m.mention;
  let j = m.last + 2;
  while (v.ws[j]?.pos === 'DET') j++;
  const country = v.actorAt[j] === undefined ? v.placeCountryAt?.[j] : undefined;
  return country === undefined || country === m.mention.country ? m.mention : { ...m.mention, country };
}

/**
 * The noun phrase a post-modifier containing word `first` belongs to: "Militants loyal to X", "workers
 * affiliated with the union", "the Red Cross operating in Iraq" (a participle or adjective and a
 * preposition after an actor phrase). Returns that phrase's actor index, or undefined.
 */
function modifiedHead(v: SentenceView, first: number): number | undefined {
  let j = first - 1;
  while (j > 0 && (v.ws[j]!.pos === 'DET' || v.ws[j]!.pos === 'NUM')) j--;
  const prep = v.ws[j];
  const mod = v.ws[j - 1];
  if (!prep || !mod || prep.pos !== 'ADP' || prep.lower === 'by' || prep.lower === 'of') return undefined;
  const participle = mod.pos === 'VERB' && /(ed|en|ing)$/.test(mod.lower);
  if (!participle && !(mod.pos === 'ADJ' && POST_MODIFIERS.has(mod.lower))) return undefined;
  const k = v.actorAt[j - 2];
  return k !== undefined && v.actors[k]!.mention.by !== 'pronoun' ? k : undefined;
}

/** The coordination group's first word (to keep the subject search from re-entering it). */
function groupFirst(v: SentenceView, k: number): number {
  const g = v.actors[k]!.mention.group;
  if (g === undefined) return v.actors[k]!.first;
  return Math.min(...v.actors.filter((x) => x.mention.group === g).map((x) => x.first));
}

function pronounArgs(v: SentenceView, j: number): Arg[] | undefined {
  const resolved = v.pronoun(j);
  const w = v.ws[j]!;
  return resolved?.map((actor) => ({ actor, start: w.start, end: w.end }));
}

/** True when word `j` belongs to a time adjunct ("on Thursday", "today", "late on Friday"). */
export function isTemporal(ws: readonly Word[], j: number): boolean {
  const w = ws[j]!;
  if (TEMPORAL.has(w.lower)) return true;
  if (w.pos === 'NUM' && (TEMPORAL.has(ws[j - 1]?.lower ?? '') || TEMPORAL.has(ws[j + 1]?.lower ?? ''))) return true;
  return TEMPORAL_PREPS.has(w.lower) && TEMPORAL.has(ws[j + 1]?.lower ?? '');
}

/** An actor whose phrase names no country (none, or one lent by the context): a place after it gives it one. */
function noOwnCountry(a: ActorMention): boolean {
  return a.country === undefined || a.by === 'context';
}

/** The actor phrase ending at word `j` (or the coordination it belongs to), as subject arguments. */
function subjectAt(v: SentenceView, k: number): { args: Arg[]; first: number } | undefined {
  // "Militants loyal to Iraq's Al-Qaeda frontman … said": the phrase the post-modifier belongs to.
  const head = modifiedHead(v, groupFirst(v, k));
  if (head !== undefined) return subjectAt(v, head);
  const a = v.actors[k]!;
  const prev = v.ws[a.first - 1];
  // "prisoners taken by Isis have been killed": an agent, not the subject.
  if (prev?.lower === 'by') return { args: groupArgs(v, k), first: -1 - a.first };
  if (prev && LOCATIVE_PREPS.has(prev.lower)) {
    // "Rebels in the Ivory Coast dismissed": the phrase before the place is the subject; a
    // country-less one takes the place's country (an actor named by where it is).
    const k2 = v.actorAt[a.first - 2];
    if (k2 === undefined || v.actors[k2]!.mention.group !== undefined) return undefined;
    const head = v.actors[k2]!;
    const place = a.mention;
    const args = groupArgs(v, k2);
    if (prev.lower === 'in' && noOwnCountry(head.mention) && place.country !== undefined && place.sector === undefined && args.length === 1) {
      // "Lawmakers in Poland and Kenya": one actor per place of a coordination.
      const places = groupArgs(v, k).filter((p) => p.actor.country !== undefined && p.actor.sector === undefined);
      return { args: places.map((p) => ({ ...args[0]!, actor: { ...head.mention, country: p.actor.country! } })), first: groupFirst(v, k2) };
    }
    return { args, first: groupFirst(v, k2) };
  }
  // "The Turkish and Greek sides of the island of Cyprus have agreed": the complement of "of" is not the
  // subject; an actor in the noun phrase before "of" is.
  if (prev?.lower === 'of') {
    // Over nested complements and participles ("the divided island of Cyprus").
    for (let j = a.first - 2; j >= Math.max(0, a.first - 10); j--) {
      const k2 = v.actorAt[j];
      if (k2 !== undefined) {
        if (v.ws[v.actors[k2]!.first - 1]?.lower === 'of') continue;
        return v.actors[k2]!.mention.by === 'pronoun' ? undefined : { args: groupArgs(v, k2), first: groupFirst(v, k2) };
      }
      const x = v.ws[j]!;
      if (x.lower !== 'of' && !NP_SKIP.has(x.pos) && !(x.pos === 'VERB' && x.lower.endsWith('ed'))) break;
    }
  }
  // "Quatar's emir, Sheikh Hamad": a name in apposition after a headed phrase; the phrase with a country wins.
  if (a.mention.country === undefined && prev?.lower === ',') {
    const k2 = v.actorAt[a.first - 2];
    if (k2 !== undefined && v.actors[k2]!.mention.country !== undefined) return { args: groupArgs(v, k2), first: groupFirst(v, k2) };
  }
  return { args: groupArgs(v, k), first: groupFirst(v, k) };
}

/** The actor modifying the head noun at `j` ("Russian building", "Haiti's efforts"), over nouns and adjectives. */
function ownerOf(v: SentenceView, j: number): number | undefined {
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    const a = v.actorAt[k];
    if (a !== undefined) return v.actors[a]!.mention.by === 'pronoun' ? undefined : a;
    const x = v.ws[k]!;
    if (x.pos !== 'NOUN' && x.pos !== 'ADJ' && x.pos !== 'PART' && x.pos !== 'PROPN') return undefined;
  }
  return undefined;
}

/**
 * Skips back over a parenthetical between commas ("Pakistan, a key U.S. ally in the war,
 * has refused"; "Hamas, which advocates …, ran"): the word before the opening comma, or -1.
 */
function beforeParenthetical(v: SentenceView, comma: number): number {
  for (let k = comma - 1; k >= Math.max(1, comma - 20); k--) {
    const w = v.ws[k]!;
    if (w.lower === ';' || w.lower === ':' || w.lower === '"' || w.lower === '\u201c' || w.lower === '\u201d') return -1;
    if (w.lower !== ',') continue;
    const first = v.ws[k + 1]!;
    const inner = v.ws.slice(k + 1, comma);
    // An apposition ("a key ally") or a relative clause ("which advocates …"); not a clause of its own.
    const relative = RELATIVES.has(first.lower);
    // "Recent US Predator attacks, occurring about once every three days, have killed": a participle opens
    // a reduced relative, no clause of its own.
    const participle = first.pos === 'VERB' && /(ing|ed|en)$/.test(first.lower) && !inner.some((x) => x.pos === 'AUX');
    // "Brazil's foreign minister, in remarks published on Monday, urged": a prepositional adjunct whose verbs
    // are participles only.
    const adjunct = first.pos === 'ADP' && !inner.some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && !/(ing|ed|en)$/.test(x.lower)));
    if (!relative && !participle && !adjunct && inner.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return -1;
    // The word before the comma: an actor, or a noun whose owner is one ("US … attacks").
    if (v.actorAt[k - 1] !== undefined || (v.ws[k - 1]!.pos === 'NOUN' && ownerOf(v, k - 1) !== undefined)) return k - 1;
    return -1;
  }
  return -1;
}

/**
 * The first word of a partner phrase between a subject and its verb ("Washington along with its allies
 * demanded", "Iran together with Russia backs"), or -1: the subject lies before it. Only noun-phrase words
 * may stand between the phrase and the verb.
 */
function companionStart(v: SentenceView, i: number): number {
  for (let j = i - 1; j >= Math.max(1, i - 10); j--) {
    const w = v.ws[j]!;
    const c = COMPANIONS.find((p) => p.every((x, n) => v.ws[j + n]?.lower === x));
    if (c) return j;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PUNCT' || w.pos === 'SCONJ' || w.pos === 'CCONJ') return -1;
  }
  return -1;
}

/**
 * "The rebel Kurdistan Workers' Party issued a declaration demanding that …": a participle right after a
 * non-actor object noun whose verb comes before it; the subject is that verb's. Returns the verb's index, or -1.
 */
function participleAfterObject(v: SentenceView, i: number): number {
  const w = v.ws[i]!;
  if (w.pos !== 'VERB' || !w.lower.endsWith('ing') || v.ws[i - 1]?.pos !== 'NOUN' || v.actorAt[i - 1] !== undefined) return -1;
  for (let j = i - 2; j >= Math.max(0, i - 6); j--) {
    const x = v.ws[j]!;
    if (x.pos === 'VERB') return j;
    if (x.pos !== 'DET' && x.pos !== 'ADJ' && x.pos !== 'NOUN' && x.pos !== 'NUM' && !(x.pos === 'PRON' && POSSESSIVES.has(x.lower))) return -1;
  }
  return -1;
}

/**
 * A subject phrase ending in words that name no actor, at word `j`: "the Sudanese government and SPLM/A have
 * agreed" (an unknown name coordinated with an actor: the known member acts) or "The government of Sindh
 * province has ordered" (an unknown "of" complement: the head acts). Returns the actor index, or undefined.
 */
function overUnknown(v: SentenceView, j: number): number | undefined {
  let p = j;
  const name = v.ws[j]!.pos === 'PROPN';
  while (p > 0 && v.actorAt[p - 1] === undefined && (v.ws[p - 1]!.pos === (name ? 'PROPN' : 'NOUN') || v.ws[p - 1]!.pos === 'PROPN' || v.ws[p - 1]!.pos === 'ADJ' || v.ws[p - 1]!.pos === 'DET')) p--;
  const link = v.ws[p - 1]?.lower;
  const k = v.actorAt[p - 2];
  if (k === undefined || v.actors[k]!.mention.by === 'pronoun') return undefined;
  if (name && (link === 'and' || link === ',')) return k;
  if (link === 'of') return k;
  return undefined;
}

/** The actor phrase before word `i` that is its subject, or undefined (a non-actor subject or none). */
function subjectBefore(v: SentenceView, i: number): { args: Arg[]; first: number } | undefined {
  const companion = companionStart(v, i);
  if (companion > 0) return subjectBefore(v, companion);
  const verb = participleAfterObject(v, i);
  if (verb >= 0) return subjectBefore(v, verb);
  for (let j = i - 1; j >= 0; j--) {
    const w = v.ws[j]!;
    // "The International Labor Office (ILO) reiterated": a parenthesis after the subject.
    if (w.lower === ')') {
      let p = j - 1;
      while (p > 0 && j - p < 8 && v.ws[p]!.lower !== '(') p--;
      if (v.ws[p]?.lower === '(' && p > 0) {
        j = p;
        continue;
      }
    }
    const k = v.actorAt[j];
    if (k !== undefined) return subjectAt(v, k);
    if (w.pos === 'PRON') {
      if (RELATIVES.has(w.lower) && w.lower !== 'which') {
        // "the rebels who attacked": the noun before the relative.
        const k2 = v.actorAt[j - 1] ?? (v.ws[j - 1]?.lower === ',' ? v.actorAt[j - 2] : undefined);
        return k2 === undefined ? undefined : { args: groupArgs(v, k2), first: groupFirst(v, k2) };
      }
      const args = pronounArgs(v, j);
      return args ? { args, first: j } : undefined;
    }
    if (w.lower === ',') {
      const end = beforeParenthetical(v, j);
      if (end < 0) return undefined;
      j = end + 1;
      continue;
    }
    if (BARRIERS.has(w.lower)) return undefined;
    if (isTemporal(v.ws, j)) continue;
    // "Rebels in the Ivory Coast rejected": a place phrase after the subject; a country-less subject takes its country.
    const placeCountry = v.placeCountryAt?.[j];
    if (placeCountry !== undefined) {
      // "Lawmakers in Poland and Kenya": the places of a coordination, each lending its country.
      const countries = [placeCountry];
      let p = j;
      for (;;) {
        while (p > 0 && v.placeCountryAt?.[p - 1] !== undefined) p--;
        if (v.ws[p - 1]?.pos === 'DET') p--;
        const joint = v.ws[p - 1]?.lower === 'and' || v.ws[p - 1]?.lower === ',' ? p - 1 : -1;
        const before = joint > 0 ? v.placeCountryAt?.[joint - 1] : undefined;
        if (before === undefined) break;
        countries.unshift(before);
        p = joint - 1;
      }
      // "A terror group based in Trinidad claims": a participle may stand between the phrase and its place.
      const participle = v.ws[p - 2]?.pos === 'VERB' && /(ed|en|ing)$/.test(v.ws[p - 2]!.lower) ? v.actorAt[p - 3] : undefined;
      const k2 = SUBJECT_PLACE_PREPS.has(v.ws[p - 1]?.lower ?? '') ? v.actorAt[p - 2] ?? participle : undefined;
      if (k2 === undefined || v.actors[k2]!.mention.group !== undefined) return undefined;
      const head = v.actors[k2]!.mention;
      const actors = noOwnCountry(head) ? [...new Set(countries)].map((country) => ({ ...head, country })) : [head];
      return { args: actors.map((actor) => ({ actor, start: head.start, end: head.end })), first: v.actors[k2]!.first };
    }
    if (w.pos === 'AUX' || w.pos === 'ADV' || w.pos === 'PART' || CHAIN.has(w.lower)) continue;
    const over = w.pos === 'PROPN' || w.pos === 'NOUN' ? overUnknown(v, j) : undefined;
    if (over !== undefined) return subjectAt(v, over);
    // "The Russian building was demolished", "Israeli army bulldozers demolished": a head noun whose
    // owner or modifier is an actor; the owner stands for it.
    const owner = w.pos === 'NOUN' ? ownerOf(v, j) : undefined;
    if (owner !== undefined) return subjectAt(v, owner);
    // A verb in a chain: "agreed to set up", "began attacking", "have been killed".
    // "vowed on Thursday to wage war": over a time adjunct between the verb and its "to".
    let n = j + 1;
    while (n < i && isTemporal(v.ws, n)) n++;
    if (w.pos === 'VERB' && (v.ws[n]?.lower === 'to' || v.ws[j + 1]?.pos === 'VERB' || j + 1 === i)) continue;
    if (w.pos === 'ADJ' && v.ws[j + 1]?.lower === 'to') continue;
    return undefined;
  }
  return undefined;
}

/** The patient before a "by X" agent: "opponents taken prisoner by Isis" (a few words back, no clause break). */
function patientBefore(v: SentenceView, agentFirst: number): { args: Arg[]; first: number } | undefined {
  for (let j = agentFirst - 1; j >= Math.max(0, agentFirst - 5); j--) {
    const k = v.actorAt[j];
    if (k !== undefined) {
      // "opponents taken prisoner by Isis": the noun bound to the participle ("prisoner") is no patient;
      // the phrase the reduced relative modifies is.
      const a = v.actors[k]!;
      const verb = v.ws[a.first - 1];
      const head = verb?.pos === 'VERB' ? v.actorAt[a.first - 2] : undefined;
      if (a.first === a.last && head !== undefined) return { args: groupArgs(v, head), first: groupFirst(v, head) };
      return { args: groupArgs(v, k), first: groupFirst(v, k) };
    }
    if (BARRIERS.has(v.ws[j]!.lower) || v.ws[j]!.pos === 'PUNCT') return undefined;
  }
  return undefined;
}

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

interface RightArgs {
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
function argsAfter(v: SentenceView, hit: TriggerHit, from: number, passive: boolean, afterObject: boolean): RightArgs {
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
      else if (prep !== undefined) {
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

function isPassive(v: SentenceView, i: number): boolean {
  const w = v.ws[i]!;
  if (w.pos !== 'VERB' || w.lower.endsWith('ing')) return false;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const x = v.ws[j]!;
    if (PASSIVE_AUX.has(x.lower)) return true;
    if (x.pos !== 'ADV' && x.pos !== 'PART' && x.pos !== 'AUX') return existentialPassive(v, i);
  }
  return false;
}

/** "There were 10 Russian soldiers killed in Ukraine": an existential "there be" + noun phrase + participle. */
function existentialPassive(v: SentenceView, i: number): boolean {
  const k = v.actorAt[i - 1];
  if (k === undefined || !/(ed|en|wn)$/.test(v.ws[i]!.lower)) return false;
  const first = groupFirst(v, k);
  return PASSIVE_AUX.has(v.ws[first - 1]?.lower ?? '') && v.ws[first - 2]?.lower === 'there';
}

/** "Israeli air strikes", "Russia's attack": an actor modifier inside the event noun's phrase. */
function nounModifier(v: SentenceView, i: number): Arg[] | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = v.ws[j]!;
    const k = v.actorAt[j];
    if (k !== undefined) return groupArgs(v, k);
    if (w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'PROPN' && w.pos !== 'PART') return undefined;
    const e = w.pos === 'PROPN' || w.pos === 'ADJ' ? lookupActor(w.text, v.date) : undefined;
    if (e) {
      const actor: ActorMention = { start: w.start, end: w.end, text: w.text, name: e.name, country: e.country, sentence: -1, actor: '', by: 'lexicon' };
      if (e.sector) actor.sector = e.sector;
      return [{ actor, start: w.start, end: w.end }];
    }
  }
  return undefined;
}

/** The light verb whose object the event noun at `i` is ("launched a counter-attack"), if any. */
function lightVerbBefore(v: SentenceView, i: number): number | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const w = v.ws[j]!;
    if (w.pos === 'VERB' && LIGHT_VERBS.has(w.lower)) return j;
    // A possessive may stand between ("mounted its invasion", "continued their hunger strike").
    if (w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'NUM' && w.pos !== 'ADV' && !(w.pos === 'PRON' && POSSESSIVES.has(w.lower))) return undefined;
  }
  return undefined;
}

/**
 * "officials accused of playing a role … would soon be indicted", "civilians imprisoned for acting
 * against Moscow were released": a participle right after its noun phrase and followed by a preposition,
 * with an auxiliary still to come in the same clause, is a reduced relative (passive) modifying the
 * noun; the auxiliary's verb is the sentence's. Returns that auxiliary's index, or -1.
 */
function reducedRelativeAux(v: SentenceView, i: number): number {
  const w = v.ws[i]!;
  const prep = v.ws[i + 1];
  if (w.pos !== 'VERB' || !/(ed|en|wn)$/.test(w.lower) || v.actorAt[i - 1] === undefined || !prep) return -1;
  if (prep.pos !== 'ADP' && !(prep.pos === 'SCONJ' && !BARRIERS.has(prep.lower))) return -1;
  for (let j = i + 2; j < v.ws.length; j++) {
    const x = v.ws[j]!;
    if (x.pos === 'AUX' && !x.lower.startsWith("'")) return j;
    if (x.pos === 'PUNCT' || x.pos === 'CCONJ' || x.pos === 'SCONJ' || x.pos === 'PRON' || BARRIERS.has(x.lower)) return -1;
  }
  return -1;
}

/**
 * The subject of a verb whose auxiliaries follow a reduced relative ("The civilians imprisoned for
 * acting against Moscow were released"): the noun phrase the relative modifies, not an actor inside it.
 */
function subjectOverRelative(v: SentenceView, i: number): { args: Arg[]; first: number } | undefined {
  let a = i;
  while (a > 0 && ['AUX', 'ADV', 'PART'].includes(v.ws[a - 1]!.pos)) a--;
  if (a === i || v.ws[a]!.pos !== 'AUX') return undefined;
  for (let p = a - 2; p > 0; p--) if (reducedRelativeAux(v, p) === a) return subjectBefore(v, p);
  return undefined;
}

/**
 * "Syrian rebels engaged Filipino peacekeepers in a firefight", "drew Israel into a war": the verb before
 * "in"/"into" + the event noun, and the actor phrase between them (whom the subject engages), if any.
 */
function engagedIn(v: SentenceView, i: number): { verb: number; object: Arg[] } | undefined {
  let j = i - 1;
  while (j > 0 && (v.ws[j]!.pos === 'DET' || v.ws[j]!.pos === 'ADJ')) j--;
  if (!ENGAGE_PREPS.has(v.ws[j]?.lower ?? '')) return undefined;
  const k = v.actorAt[j - 1];
  if (k === undefined) return undefined;
  const verb = groupFirst(v, k) - 1;
  const w = v.ws[verb];
  return w && w.pos === 'VERB' && ENGAGE_VERBS.has(w.lower) ? { verb, object: groupArgs(v, k) } : undefined;
}

/** Finds the arguments of one trigger in its sentence. */
export function eventArgs(v: SentenceView, hit: TriggerHit): EventArgs {
  const e = hit.entry;
  const w = v.ws[hit.i]!;
  // Reduced relatives ("opponents taken prisoner by Isis") are passives too.
  const after = (hit.object ?? hit.last) + 1;
  let b = after;
  while (v.ws[b]?.pos === 'ADV') b++;
  // "by" after a bound noun right at the verb is the verb's agent ("taken prisoner by Isis"); after
  // a fuller object phrase it is the noun's ("rejected recent calls by Belarus").
  const byNext = v.ws[b]?.lower === 'by' && (hit.object === undefined || hit.object === hit.last + 1);
  const reduced = e.pos !== 'noun' && reducedRelativeAux(v, hit.i) >= 0;
  const passive = e.pos !== 'noun' && w.pos === 'VERB' && (reduced || isPassive(v, hit.i) || (byNext && /(ed|en|wn)$/.test(w.lower)));
  // An actor inside the bound object's phrase is the object ("rejected an Australian ultimatum").
  const objectActor = hit.object !== undefined && v.ws.slice(hit.last + 1, hit.object).some((x) => v.actorAt[x.i] !== undefined);
  const right = argsAfter(v, hit, objectActor ? hit.last + 1 : after, passive, !objectActor && hit.object !== undefined);
  let subject: { args: Arg[]; first: number } | undefined;
  let engaged: Arg[] | undefined;
  let agentBefore: Arg[] | undefined;
  if (w.pos === 'VERB') {
    subject = subjectOverRelative(v, hit.i) ?? subjectBefore(v, hit.i);
    if (subject && subject.first < 0) {
      // "by X" before the verb: X is the agent; the subject (if an actor) lies before it.
      // "Rebels backed by Turkey attacked": the phrase the participle modifies is the subject either way.
      agentBefore = subject.args;
      subject = patientBefore(v, -1 - subject.first);
    }
  }
  else {
    const mod = nounModifier(v, hit.i);
    if (mod) subject = { args: mod, first: hit.i - 1 };
    else {
      const lv = lightVerbBefore(v, hit.i);
      if (lv !== undefined) subject = subjectBefore(v, lv);
      else {
        const eng = engagedIn(v, hit.i);
        if (eng) {
          subject = subjectBefore(v, eng.verb);
          engaged = eng.object;
        }
      }
    }
  }
  const actors: Arg[] = [];
  const recipients: Arg[] = [];
  const coActors: Arg[] = [];
  const between: Arg[] = [];
  const byActor = right.preps.filter((p) => p.role === 'actor').flatMap((p) => p.args);
  if (passive) {
    actors.push(...byActor);
    if (actors.length === 0 && agentBefore) actors.push(...agentBefore);
    if (subject) recipients.push(...subject.args);
    if (right.object) recipients.push(...right.object);
  } else {
    if (subject) {
      if (e.subjectRole === 'recipient') recipients.push(...subject.args);
      else if (e.subjectRole === 'actor') actors.push(...subject.args);
    }
    actors.push(...byActor);
    // "Britain mobilized army reservists", "France deployed troops to Mali": the force mobilised is no recipient.
    if (right.object && e.type === 'MOBILIZE' && right.object.every((o) => o.actor.sector !== undefined && ARMED_SECTORS.has(o.actor.sector))) delete right.object;
    if (right.object) {
      if (e.objectRole === 'recipient') recipients.push(...right.object);
      else if (e.objectRole === 'co-actor') coActors.push(...right.object);
      else if (e.objectRole === 'actor') actors.push(...right.object);
    }
  }
  for (const p of right.preps) {
    if (p.role === 'recipient') recipients.push(...p.args);
    else if (p.role === 'co-actor') (p.between ? between : coActors).push(...p.args);
  }
  // "Moroccan diplomats held a meeting with President Obama", "they would meet U.N. mediator Diego
  // Cordovez", "shared evidence with the U.S.": a partner named as object or after "with" is the
  // recipient of the subject's action (the PLOVER gold codes these dyads actor -> recipient); only a
  // coordinated subject or "between" makes all participants actors. Two-sided fighting stays symmetric.
  if (actors.length > 0 && coActors.length > 0 && e.type !== 'ASSAULT') recipients.push(...coActors.splice(0));
  // "… and meet with exiled dissidents" with no subject found: a partner alone is no participant list (only
  // "between" names all sides).
  if (actors.length === 0) coActors.splice(0);
  // "shared evidence with the U.S. about contacts between al Qaeda and …": a "between" after a named
  // recipient belongs to a deeper noun.
  if (recipients.length === 0) coActors.push(...between);
  // "accepted demands from Shona rebels", "expelled inspectors of the IAEA": no recipient named, the
  // first actor in a complement of the object noun is whom the action concerns.
  const complement = right.nounComplements[0];
  if (recipients.length === 0 && coActors.length === 0 && complement) {
    const others = complement.filter((r) => !actors.some((a) => a.actor.name === r.actor.name && a.actor.country === r.actor.country));
    recipients.push(...others);
  }
  if (engaged && recipients.length === 0) recipients.push(...engaged.filter((r) => !actors.some((a) => a.actor === r.actor)));
  const compound = actors.length > 1 && recipients.length === 0 && (e.objectRole === 'co-actor' || CO_ACTOR_DEFAULT.has(e.type));
  const symmetric = coActors.length > 0 || compound;
  const out: EventArgs = { actors: symmetric ? [...actors, ...coActors] : actors, recipients, symmetric, passive };
  if (subject) out.subjectFirst = subject.first;
  if (reduced) out.reduced = true;
  return out;
}
