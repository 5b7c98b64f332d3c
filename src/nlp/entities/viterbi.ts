/**
 * First-order Viterbi decoding over the tag set of tags.ts. Transitions the scheme forbids (an
 * I-x not continuing x, a name left open at the end) are never taken, so every decoded sequence
 * is well-formed.
 */
import { TAG_COUNT, allowedEnd, allowedTransition } from './tags.js';

/** Row index of the "sentence start" state in a transition table of (TAG_COUNT + 1) × TAG_COUNT. */
export const START = TAG_COUNT;

/** Result of decoding: the best tags and, per token, the margin of its tag over the runner-up. */
export interface Decoded {
  tags: number[];
  margins: number[];
}

/** For each tag t, the previous tags p that may precede it (START excluded). */
const PREVIOUS: Int32Array[] = (() => {
  const out: Int32Array[] = [];
  for (let t = 0; t < TAG_COUNT; t++) {
    const ps: number[] = [];
    for (let p = 0; p < TAG_COUNT; p++) if (allowedTransition(p, t)) ps.push(p);
    out.push(Int32Array.from(ps));
  }
  return out;
})();

const FROM_START: boolean[] = Array.from({ length: TAG_COUNT }, (_, t) => allowedTransition(-1, t));
const AT_END: boolean[] = Array.from({ length: TAG_COUNT }, (_, t) => allowedEnd(t));

// Scratch buffers reused across calls (decoding is synchronous), grown on demand.
let score = new Float64Array(0);
let back = new Int32Array(0);

/**
 * Decodes the best tag sequence. `emissions[i * TAG_COUNT + t]` scores tag t at token i;
 * `transitions[p * TAG_COUNT + t]` scores p → t, with p = START for the first token.
 */
export function viterbi(emissions: ArrayLike<number>, length: number, transitions: ArrayLike<number>): Decoded {
  const T = TAG_COUNT;
  if (length === 0) return { tags: [], margins: [] };
  if (score.length < length * T) {
    score = new Float64Array(length * T * 2);
    back = new Int32Array(length * T * 2);
  }
  for (let t = 0; t < T; t++) {
    score[t] = FROM_START[t] ? (emissions[t] as number) + (transitions[START * T + t] as number) : -Infinity;
  }
  for (let i = 1; i < length; i++) {
    const prevRow = (i - 1) * T;
    for (let t = 0; t < T; t++) {
      const ps = PREVIOUS[t] as Int32Array;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < ps.length; k++) {
        const p = ps[k] as number;
        const s = (score[prevRow + p] as number) + (transitions[p * T + t] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + (emissions[i * T + t] as number);
      back[i * T + t] = arg;
    }
  }
  const tags = new Array<number>(length);
  // O (tag 0) may always end a sentence.
  let last = 0;
  for (let t = 1; t < T; t++) if (AT_END[t] && (score[(length - 1) * T + t] as number) > (score[(length - 1) * T + last] as number)) last = t;
  tags[length - 1] = last;
  for (let i = length - 1; i > 0; i--) tags[i - 1] = back[i * T + (tags[i] as number)] as number;
  const margins = new Array<number>(length);
  for (let i = 0; i < length; i++) {
    const tag = tags[i] as number;
    let runnerUp = -Infinity;
    for (let t = 0; t < T; t++) if (t !== tag && (emissions[i * T + t] as number) > runnerUp) runnerUp = emissions[i * T + t] as number;
    margins[i] = (emissions[i * T + tag] as number) - runnerUp;
  }
  return { tags, margins };
}
