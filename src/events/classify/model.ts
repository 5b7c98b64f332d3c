/**
 * The sentence-level PLOVER type classifier: a multinomial logistic regression over hashed
 * sparse features (`features.ts`), trained by `scripts/train-event-type.ts` on the NGEC
 * synthetic stories (headlines and first sentences) and shipped as an int8-quantised weight
 * table (`event-type-model.json`). Cost per sentence: one hash per feature and 16 adds each.
 *
 * @module
 */
import { z } from 'zod';
import modelData from './event-type-model.json' with { type: 'json' };
import { hashFeature, pushFeatureIds } from './features.js';
import { pushLexiconFeatureIds } from './lexicon-features.js';
import type { FeatureWord } from './features.js';

const modelSchema = z.object({
  note: z.string(),
  types: z.array(z.string()).min(2),
  bits: z.number().int().min(8).max(22),
  scale: z.number().positive(),
  /** Row-major [feature][type] int8 weights, base64. */
  weights: z.string(),
  /** Probability at or above which the top type is trusted on its own (calibrated on held-out synthetic data). */
  confident: z.number().min(0).max(1),
  /** Trained with the lexicon's readings as features (`lexicon-features.ts`). */
  lexicon: z.boolean().optional(),
});

interface Model {
  types: readonly string[];
  bits: number;
  scale: number;
  weights: Int8Array;
  confident: number;
  lexicon: boolean;
  /** Per feature id, the `stamp` of the last sentence that counted it (no set per sentence). */
  seen: Uint32Array;
  stamp: number;
  /** The sentence's feature ids, reused from call to call. */
  ids: number[];
}

let model: Model | undefined;

function load(): Model {
  if (model) return model;
  const m = modelSchema.parse(modelData);
  const buf = Buffer.from(m.weights, 'base64');
  const weights = new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (weights.length !== (1 << m.bits) * m.types.length) throw new Error('event-type model: weight table size does not match bits × types');
  model = { types: m.types, bits: m.bits, scale: m.scale, weights, confident: m.confident, lexicon: m.lexicon === true, seen: new Uint32Array(1 << m.bits), stamp: 0, ids: [] };
  return model;
}

/** The classifier's view of a sentence: a probability per PLOVER type. */
export interface TypeScores {
  /** Probability of each type (sums to 1). */
  prob: ReadonlyMap<string, number>;
  /** The most probable type and its probability. */
  best: string;
  bestProb: number;
  /** Whether `bestProb` reaches the calibrated confidence threshold. */
  confident: boolean;
}

/** Class probabilities of a sentence's words. */
export function classifySentence(ws: readonly FeatureWord[]): TypeScores {
  const m = load();
  const k = m.types.length;
  const z = new Float64Array(k);
  // Each distinct feature id counts once, as in `sentenceFeatures` (training); the weights are
  // integers, so the sums do not depend on the order the ids come in.
  const ids = m.ids;
  ids.length = 0;
  pushFeatureIds(ws, m.bits, ids);
  if (m.lexicon) pushLexiconFeatureIds(ws, m.bits, ids);
  const seen = m.seen;
  if (++m.stamp === 0xffffffff) {
    seen.fill(0);
    m.stamp = 1;
  }
  const stamp = m.stamp;
  for (const f of ids) {
    if (seen[f] === stamp) continue;
    seen[f] = stamp;
    const row = f * k;
    for (let c = 0; c < k; c++) z[c]! += m.weights[row + c]!;
  }
  let max = -Infinity;
  for (let c = 0; c < k; c++) max = Math.max(max, z[c]! * m.scale);
  let sum = 0;
  for (let c = 0; c < k; c++) sum += (z[c] = Math.exp(z[c]! * m.scale - max));
  const prob = new Map<string, number>();
  let best = 0;
  for (let c = 0; c < k; c++) {
    prob.set(m.types[c]!, z[c]! / sum);
    if (z[c]! > z[best]!) best = c;
  }
  const bestProb = z[best]! / sum;
  return { prob, best: m.types[best]!, bestProb, confident: bestProb >= m.confident };
}

/** The model's weight of one feature string ("v:kill") for one type (0 for an unknown type). */
export function featureWeight(feature: string, type: string): number {
  const m = load();
  const c = m.types.indexOf(type);
  if (c < 0) return 0;
  return m.weights[hashFeature(feature, m.bits) * m.types.length + c]! * m.scale;
}
