/**
 * Voice: whether a verb trigger is passive ("were killed", "there were 10 soldiers killed") or a
 * reduced relative ("officials accused of …", "civilians imprisoned for …").
 *
 * @module
 */
import { groupFirst } from './actor-phrases.js';
import type { SentenceView } from './actor-phrases.js';
import words from './coder-words.json' with { type: 'json' };

const BARRIERS = new Set(words.barriers);
const PASSIVE_AUX = new Set(words.passiveAux);
const STATE_PREDICATES = new Set(words.statePredicates);

/** Whether the verb at `i` is passive ("was attacked", "have been killed", "There were 10 … killed"). */
export function isPassive(v: SentenceView, i: number): boolean {
  const w = v.ws[i]!;
  if (w.pos !== 'VERB' || w.lower.endsWith('ing')) return false;
  // "Vietnam is committed to opening up": a stance the subject takes, no passive.
  if (STATE_PREDICATES.has(w.lower) && v.ws[i + 1]?.lower === 'to') return false;
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

/**
 * "officials accused of playing a role … would soon be indicted", "civilians imprisoned for acting
 * against Moscow were released": a participle right after its noun phrase and followed by a preposition,
 * with an auxiliary still to come in the same clause, is a reduced relative (passive) modifying the
 * noun; the auxiliary's verb is the sentence's. Returns that auxiliary's index, or -1.
 */
export function reducedRelativeAux(v: SentenceView, i: number): number {
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
