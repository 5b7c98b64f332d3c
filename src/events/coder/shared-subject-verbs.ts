/**
 * Verbs whose subject another verb shares: the verb before a participle after its object, before an
 * infinitive of purpose, an accusation before the act it charges, the clause verb before a coordinated one.
 *
 * @module
 */
import { groupFirst } from './actor-phrases.js';
import type { SentenceView } from './actor-phrases.js';
import words from './coder-words.json' with { type: 'json' };
import statusWords from './status-words.json' with { type: 'json' };
import { isTemporal } from './temporal.js';

const BARRIERS = new Set(words.barriers);
/** Forms of "be" that are a clause's own verb when no verb follows ("Vietnam is one of the critics"). */
const COPULAS = new Set(['is', 'are', 'was', 'were']);
const ACCUSATIONS = new Set(statusWords.accusationVerbs);
const ACCUSATION_PREPS = new Set(statusWords.accusationPreps);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
/** Words of a verb's object noun phrase before an infinitive of purpose ("sent 21 military personnel to …"). */
const PURPOSE_OBJECT_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'CCONJ']);

/**
 * "The rebel Kurdistan Workers' Party issued a declaration demanding that …": a participle right after a
 * non-actor object noun whose verb comes before it; the subject is that verb's. Returns the verb's index, or -1.
 */
export function participleAfterObject(v: SentenceView, i: number): number {
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
 * "The United Nations has sent 21 personnel to Bosnia to investigate", "Serbia used force to disperse the
 * crowd": an infinitive of purpose after a verb's object (a noun phrase that names no actor, with its
 * prepositional phrases, a place or actor in them included) is the act of that verb's subject. Returns the
 * verb's index, or -1. An actor object right before "to" ("urged Iran to stop", "appealed to Russia to
 * stop") is whom the verb asks: the infinitive is that actor's, as the plain search finds.
 */
export function purposeVerb(v: SentenceView, i: number): number {
  let j = i - 1;
  while (j > 0 && v.ws[j]!.pos === 'ADV') j--;
  if (v.ws[j]?.lower !== 'to' || v.ws[j]!.pos !== 'PART') return -1;
  let object = false;
  for (j--; j >= Math.max(0, i - 16); j--) {
    const w = v.ws[j]!;
    const k = v.actorAt[j];
    if (k !== undefined) {
      // An actor inside the object's prepositional phrase ("personnel to Bosnia") is passed over; one that is
      // the object itself asks for the plain search.
      const first = v.actors[k]!.first;
      const prep = v.ws[first - 1];
      if (!prep || prep.pos !== 'ADP' || !object && !PURPOSE_OBJECT_POS.has(v.ws[first - 2]?.pos ?? '')) return -1;
      j = first;
      continue;
    }
    if (isTemporal(v.ws, j)) continue;
    if (PURPOSE_OBJECT_POS.has(w.pos) || (w.pos === 'PRON' && POSSESSIVES.has(w.lower))) {
      if (w.pos === 'NOUN') object = true;
      continue;
    }
    if (w.pos === 'ADP' && w.lower !== 'of' && w.lower !== 'by') continue;
    return w.pos === 'VERB' && object && v.ws[j - 1]?.lower !== 'to' ? j : -1;
  }
  return -1;
}

/**
 * The accused of an act in an accusation's complement: "Russia accused Ukraine of shelling Donetsk" (the
 * object), "Ukraine was accused of shelling", "militants suspected of bombing" (the passive's subject).
 * Returns the accusation verb's index and the accused's actor index (undefined for a passive), or undefined.
 */
export function accusedOf(v: SentenceView, i: number): { verb: number; k?: number } | undefined {
  // A gerund the tagger reads as a noun ("of shelling Donetsk") too; no other event noun ("of aggression").
  const w = v.ws[i];
  if (!w || !(w.pos === 'VERB' || (w.pos === 'NOUN' && w.lower.endsWith('ing'))) || !ACCUSATION_PREPS.has(v.ws[i - 1]?.lower ?? '')) return undefined;
  if (ACCUSATIONS.has(v.ws[i - 2]?.lower ?? '')) return { verb: i - 2 };
  const k = v.actorAt[i - 2];
  if (k === undefined) return undefined;
  const verb = groupFirst(v, k) - 1;
  return ACCUSATIONS.has(v.ws[verb]?.lower ?? '') ? { verb, k } : undefined;
}

/** The nearest verb (or copula) before word `j` in its clause (within 20 words, no barrier or clause punctuation), or -1. */
export function previousVerb(v: SentenceView, j: number): number {
  for (let m = j - 1; m >= Math.max(0, j - 20); m--) {
    const x = v.ws[m]!;
    if (x.pos === 'VERB') return m;
    // "Vietnam is one of the region's most vocal critics … and has accused Beijing": a copula is its clause's verb.
    if (x.pos === 'AUX' && COPULAS.has(x.lower) && v.ws[m + 1]?.pos !== 'VERB' && v.ws[m + 1]?.pos !== 'AUX' && v.ws[m + 1]?.pos !== 'ADV' && v.ws[m + 1]?.pos !== 'PART') return m;
    if (BARRIERS.has(x.lower) || (x.pos === 'PUNCT' && x.lower !== ',')) return -1;
  }
  return -1;
}
