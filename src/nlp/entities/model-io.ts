/**
 * The committed model format: pruned and quantised weights in gzipped JSON.
 *
 * Weights with |w| below `pruneBelow` are dropped (most of the perceptron's features carry almost
 * nothing), the rest are stored as integers q with w = q × step. Per feature, `masks` holds a bit
 * per tag that has a weight, and `values` the q's of those tags in tag order.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { TAG_COUNT, TAG_NAMES } from './tags.js';
import type { LinearModel } from './perceptron.js';

/** Format id written into every model file. */
export const MODEL_FORMAT = 'sitrep-ner-perceptron/1';

/** The JSON shape of a model file. */
export interface ModelFile {
  format: string;
  tags: string[];
  step: number;
  transitions: number[];
  features: string[];
  masks: number[];
  values: number[];
  meta: Record<string, string | number | boolean>;
}

/** Prunes, quantises and gzips a model. */
export function serialiseModel(
  model: LinearModel,
  options: { pruneBelow: number; step: number; meta: Record<string, string | number | boolean> },
): Buffer {
  const features: string[] = [];
  const masks: number[] = [];
  const values: number[] = [];
  const names = [...model.featureIndex.entries()].sort((a, b) => a[1] - b[1]);
  for (const [name, id] of names) {
    let mask = 0;
    const qs: number[] = [];
    for (let t = 0; t < TAG_COUNT; t++) {
      const w = model.weights[id * TAG_COUNT + t] as number;
      if (Math.abs(w) < options.pruneBelow) continue;
      const q = Math.round(w / options.step);
      if (q === 0) continue;
      mask |= 1 << t;
      qs.push(q);
    }
    if (mask === 0) continue;
    features.push(name);
    masks.push(mask);
    values.push(...qs);
  }
  const file: ModelFile = {
    format: MODEL_FORMAT,
    tags: [...TAG_NAMES],
    step: options.step,
    transitions: [...model.transitions].map((w) => Math.round(w / options.step)),
    features,
    masks,
    values,
    meta: options.meta,
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

/** Reads a gzipped model file back into a LinearModel; refuses other formats or tag sets. */
export function deserialiseModel(gz: Uint8Array): { model: LinearModel; meta: ModelFile['meta'] } {
  const file = JSON.parse(gunzipSync(gz).toString('utf8')) as ModelFile;
  if (file.format !== MODEL_FORMAT) throw new Error(`entity model: unknown format ${String(file.format)}`);
  if (file.tags.join(',') !== TAG_NAMES.join(',')) throw new Error(`entity model: tag set ${file.tags.join(',')} does not match this code`);
  const featureIndex = new Map<string, number>();
  const weights = new Float32Array(file.features.length * TAG_COUNT);
  let v = 0;
  file.features.forEach((name, id) => {
    featureIndex.set(name, id);
    const mask = file.masks[id] ?? 0;
    for (let t = 0; t < TAG_COUNT; t++) if (mask & (1 << t)) weights[id * TAG_COUNT + t] = (file.values[v++] ?? 0) * file.step;
  });
  const transitions = Float32Array.from(file.transitions, (q) => q * file.step);
  return { model: { featureIndex, weights, transitions }, meta: file.meta };
}
