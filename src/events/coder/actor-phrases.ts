/**
 * The sentence as the argument finder sees it (words, actor phrases, place countries, a pronoun
 * resolver), the arguments it finds, and the helpers that turn an actor phrase into arguments: its
 * coordination group, a place that lends it a country, its owner.
 *
 * @module
 */
import type { ActorMention } from '../../core/index.js';
import type { Word } from './words.js';

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
  /** First word of the trigger's own predicate after an aside between dashes the subject search passed: status cues start there. */
  ownFrom?: number;
  /** The actor is named by a responsibility claim ("Isis claimed responsibility for the attack"), not as the act's own subject. */
  claimed?: true;
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

/** The arguments named by actor phrase `k`: every member of its coordination ("Iran, Saudi Arabia and Turkey"). */
export function groupArgs(v: SentenceView, k: number): Arg[] {
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

/** The coordination group's first word (to keep the subject search from re-entering it). */
export function groupFirst(v: SentenceView, k: number): number {
  const g = v.actors[k]!.mention.group;
  if (g === undefined) return v.actors[k]!.first;
  return Math.min(...v.actors.filter((x) => x.mention.group === g).map((x) => x.first));
}

/** The actors a pronoun at word `j` stands for, as arguments named by the pronoun. */
export function pronounArgs(v: SentenceView, j: number): Arg[] | undefined {
  const resolved = v.pronoun(j);
  const w = v.ws[j]!;
  return resolved?.map((actor) => ({ actor, start: w.start, end: w.end }));
}

/** An actor whose phrase names no country (none, or one lent by the context): a place after it gives it one. */
export function noOwnCountry(a: ActorMention): boolean {
  return a.country === undefined || a.by === 'context';
}

/** The actor modifying the head noun at `j` ("Russian building", "Haiti's efforts"), over nouns and adjectives. */
export function ownerOf(v: SentenceView, j: number): number | undefined {
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
    const a = v.actorAt[k];
    if (a !== undefined) return v.actors[a]!.mention.by === 'pronoun' ? undefined : a;
    const x = v.ws[k]!;
    if (x.pos !== 'NOUN' && x.pos !== 'ADJ' && x.pos !== 'PART' && x.pos !== 'PROPN') return undefined;
  }
  return undefined;
}

/** Whether two actors are the same (name, country and sector). */
export function sameActor(a: ActorMention, b: ActorMention): boolean {
  return a.name === b.name && a.country === b.country && a.sector === b.sector;
}
