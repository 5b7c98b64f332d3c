/**
 * First-order Viterbi decoding over BIO tags. Transitions that BIO forbids (an I-x not continuing
 * x) are never taken, so every decoded sequence is well-formed.
 */
import { TAG_COUNT, allowedTransition } from './tags.js';

/** Row index of the "sentence start" state in a transition table of (TAG_COUNT + 1) × TAG_COUNT. */
export const START = TAG_COUNT;

/** Result of decoding: the best tags and, per token, the margin of its tag over the runner-up. */
export interface Decoded {
  tags: number[];
  margins: number[];
}

const ALLOWED: boolean[] = (() => {
  const a: boolean[] = [];
  for (let p = 0; p <= TAG_COUNT; p++) for (let t = 0; t < TAG_COUNT; t++) a.push(allowedTransition(p === START ? -1 : p, t));
  return a;
})();

/**
 * Decodes the best tag sequence. `emissions[i * TAG_COUNT + t]` scores tag t at token i;
 * `transitions[p * TAG_COUNT + t]` scores p → t, with p = START for the first token.
 */
export function viterbi(emissions: ArrayLike<number>, length: number, transitions: ArrayLike<number>): Decoded {
  const T = TAG_COUNT;
  if (length === 0) return { tags: [], margins: [] };
  const score = new Float64Array(length * T);
  const back = new Int32Array(length * T);
  for (let t = 0; t < T; t++) {
    score[t] = ALLOWED[START * T + t] ? (emissions[t] as number) + (transitions[START * T + t] as number) : -Infinity;
  }
  for (let i = 1; i < length; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[p * T + t]) continue;
        const s = (score[(i - 1) * T + p] as number) + (transitions[p * T + t] as number);
        if (s > best) [best, arg] = [s, p];
      }
      score[i * T + t] = best + (emissions[i * T + t] as number);
      back[i * T + t] = arg;
    }
  }
  const tags = new Array<number>(length);
  let last = 0;
  for (let t = 1; t < T; t++) if ((score[(length - 1) * T + t] as number) > (score[(length - 1) * T + last] as number)) last = t;
  tags[length - 1] = last;
  for (let i = length - 1; i > 0; i--) tags[i - 1] = back[i * T + (tags[i] as number)] as number;
  const margins = tags.map((tag, i) => {
    let runnerUp = -Infinity;
    for (let t = 0; t < T; t++) if (t !== tag) runnerUp = Math.max(runnerUp, emissions[i * T + t] as number);
    return (emissions[i * T + tag] as number) - runnerUp;
  });
  return { tags, margins };
}
