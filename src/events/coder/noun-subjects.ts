/**
 * Who acts in an event noun: an actor modifier inside its phrase ("Israeli air strikes", "Russia's
 * attack"), the subject of the light verb it is the object of ("launched an attack"), or the subject
 * of "engaged X in a firefight".
 *
 * @module
 */
import type { ActorMention } from '../../core/index.js';
import { STATUS_CUES, lookupActor } from '../lexicon/index.js';
import { groupArgs, groupFirst } from './actor-phrases.js';
import type { Arg, SentenceView } from './actor-phrases.js';
import words from './coder-words.json' with { type: 'json' };

const LIGHT_VERBS = new Set(words.lightVerbs);
const LIGHT_PARTICLES = new Set(words.lightVerbParticles);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
const ENGAGE_VERBS = new Set(words.engageVerbs);
/** The lexicon's responsibility claims ("claimed responsibility", "was responsible for"). */
const RESPONSIBILITY = new Set(STATUS_CUES.responsibility);
const CLAIMED_NOUN_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);
const ENGAGE_PREPS = new Set(['in', 'into']);

/** "Israeli air strikes", "Russia's attack": an actor modifier inside the event noun's phrase. */
export function nounModifier(v: SentenceView, i: number): Arg[] | undefined {
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
export function lightVerbBefore(v: SentenceView, i: number): number | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const w = v.ws[j]!;
    if (w.pos === 'VERB' && LIGHT_VERBS.has(w.lower)) return j;
    // "carried out the bombing": the verb's particle stands between it and its object.
    if (LIGHT_PARTICLES.has(w.lower)) {
      const verb = v.ws[j - 1];
      return verb && verb.pos === 'VERB' && LIGHT_VERBS.has(verb.lower) ? j - 1 : undefined;
    }
    // A possessive may stand between ("mounted its invasion", "continued their hunger strike").
    if (w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'NUM' && w.pos !== 'ADV' && !(w.pos === 'PRON' && POSSESSIVES.has(w.lower))) return undefined;
  }
  return undefined;
}

/**
 * "The Taliban claimed responsibility for the attack", "Hamas was responsible for the bombing": the
 * first word of the responsibility claim whose "for" complement the event noun at `i` is; its subject
 * is the noun's actor (the claim itself is CAMEO 015, which PLOVER drops).
 */
export function claimedFor(v: SentenceView, i: number): number | undefined {
  let j = i - 1;
  // Over the noun's own words: "the", "Tuesday's suicide", "its".
  while (j > 0 && i - j <= 5 && (CLAIMED_NOUN_POS.has(v.ws[j]!.pos) || POSSESSIVES.has(v.ws[j]!.lower))) j--;
  if (v.ws[j]?.lower !== 'for' || j < 2) return undefined;
  const two = `${v.ws[j - 2]!.lower} ${v.ws[j - 1]!.lower}`;
  return RESPONSIBILITY.has(two) || RESPONSIBILITY.has(`${two} for`) ? j - 2 : undefined;
}

/**
 * "Syrian rebels engaged Filipino peacekeepers in a firefight", "drew Israel into a war": the verb before
 * "in"/"into" + the event noun, and the actor phrase between them (whom the subject engages), if any.
 */
export function engagedIn(v: SentenceView, i: number): { verb: number; object: Arg[] } | undefined {
  let j = i - 1;
  while (j > 0 && (v.ws[j]!.pos === 'DET' || v.ws[j]!.pos === 'ADJ')) j--;
  if (!ENGAGE_PREPS.has(v.ws[j]?.lower ?? '')) return undefined;
  const k = v.actorAt[j - 1];
  if (k === undefined) return undefined;
  const verb = groupFirst(v, k) - 1;
  const w = v.ws[verb];
  return w && w.pos === 'VERB' && ENGAGE_VERBS.has(w.lower) ? { verb, object: groupArgs(v, k) } : undefined;
}
