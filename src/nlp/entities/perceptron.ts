/**
 * The structured averaged perceptron: a linear model over (feature, tag) pairs plus tag-to-tag
 * transitions, trained by decoding each sentence with Viterbi and moving weights from the wrong
 * path towards the gold one. Weights are averaged over all updates (the lazy "w − u/c" trick),
 * which is what makes the perceptron generalise.
 */
import { TAG_COUNT, isInside } from './tags.js';
import { START, viterbi } from './viterbi.js';
import type { Decoded } from './viterbi.js';
import { seededRandom, shuffleInPlace } from './rng.js';

/** A trained linear model: `weights[f * TAG_COUNT + t]` for feature id f and tag t. */
export interface LinearModel {
  featureIndex: ReadonlyMap<string, number>;
  weights: Float32Array;
  /** (TAG_COUNT + 1) × TAG_COUNT, last row = sentence start. */
  transitions: Float32Array;
}

/** A training sentence as feature ids per token and gold tags. */
export interface EncodedSentence {
  /** Flattened feature ids; token i's ids are `ids[offsets[i] .. offsets[i + 1])`. */
  ids: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
  /**
   * Tokens where decoding may not put an I- tag (the name-shape constraint of name-inside.ts,
   * applied in training as in tagging so the weights are learned under it); absent: none.
   */
  noInside?: Uint8Array;
}

/** Feature strings → ids per token (unknown features dropped). */
export function encodeFeatures(features: readonly (readonly string[])[], index: ReadonlyMap<string, number>): { ids: Int32Array; offsets: Int32Array } {
  const ids: number[] = [];
  const offsets = new Int32Array(features.length + 1);
  features.forEach((fs, i) => {
    for (const f of fs) {
      const id = index.get(f);
      if (id !== undefined) ids.push(id);
    }
    offsets[i + 1] = ids.length;
  });
  return { ids: Int32Array.from(ids), offsets };
}

/** Emission scores (length × TAG_COUNT) of a sentence. */
export function emissionScores(ids: Int32Array, offsets: Int32Array, weights: Float32Array): Float64Array {
  const n = offsets.length - 1;
  const e = new Float64Array(n * TAG_COUNT);
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
      const base = (ids[k] as number) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) e[i * TAG_COUNT + t]! += weights[base + t] as number;
    }
  }
  return e;
}

/** Decodes feature ids with a model's weights. */
export function decode(model: Pick<LinearModel, 'weights' | 'transitions'>, ids: Int32Array, offsets: Int32Array): Decoded {
  return viterbi(emissionScores(ids, offsets, model.weights), offsets.length - 1, model.transitions);
}

/** Training options. */
export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch (for progress logs and dev scoring). */
  onEpoch?: (epoch: number, mistakes: number, averaged: () => Pick<LinearModel, 'weights' | 'transitions'>) => void;
}

/** Trains an averaged perceptron; returns the averaged weights. */
export function trainPerceptron(data: readonly EncodedSentence[], featureCount: number, options: TrainOptions): { weights: Float32Array; transitions: Float32Array } {
  const T = TAG_COUNT;
  const w = new Float64Array(featureCount * T);
  const u = new Float64Array(featureCount * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  const averaged = () => {
    const weights = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) weights[i] = (w[i] as number) - (u[i] as number) / c;
    const transitions = new Float32Array(tw.length);
    for (let i = 0; i < tw.length; i++) transitions[i] = (tw[i] as number) - (tu[i] as number) / c;
    return { weights, transitions };
  };
  const bump = (s: EncodedSentence, i: number, tag: number, delta: number) => {
    for (let k = s.offsets[i] as number; k < (s.offsets[i + 1] as number); k++) {
      const j = (s.ids[k] as number) * T + tag;
      w[j]! += delta;
      u[j]! += c * delta;
    }
  };
  const bumpTransition = (p: number, t: number, delta: number) => {
    tw[p * T + t]! += delta;
    tu[p * T + t]! += c * delta;
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let mistakes = 0;
    const current = { weights: w, transitions: tw };
    for (const idx of order) {
      const s = data[idx] as EncodedSentence;
      const n = s.gold.length;
      const e = emissionScoresF64(s, current.weights);
      if (s.noInside) {
        for (let i = 0; i < n; i++) if (s.noInside[i]) for (let t = 0; t < T; t++) if (isInside(t)) e[i * T + t] = -1e9;
      }
      const pred = viterbi(e, n, current.transitions).tags;
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i] as number;
        const p = pred[i] as number;
        const gPrev = i === 0 ? START : (s.gold[i - 1] as number);
        const pPrev = i === 0 ? START : (pred[i - 1] as number);
        if (g !== p) {
          bump(s, i, g, 1);
          bump(s, i, p, -1);
          wrong = true;
        }
        if (g !== p || gPrev !== pPrev) {
          bumpTransition(gPrev, g, 1);
          bumpTransition(pPrev, p, -1);
        }
      }
      if (wrong) mistakes++;
      c++;
    }
    options.onEpoch?.(epoch, mistakes, averaged);
  }
  return averaged();
}

function emissionScoresF64(s: EncodedSentence, w: Float64Array): Float64Array {
  const n = s.gold.length;
  const e = new Float64Array(n * TAG_COUNT);
  for (let i = 0; i < n; i++) {
    for (let k = s.offsets[i] as number; k < (s.offsets[i + 1] as number); k++) {
      const base = (s.ids[k] as number) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) e[i * TAG_COUNT + t]! += w[base + t] as number;
    }
  }
  return e;
}
