import { describe, expect, test } from 'vitest';
import { clustersFromFile } from './clusters.js';
import { sentenceFeatures } from './features.js';
import { loadGazetteer } from './gazetteer.js';
import { deserialiseModel, serialiseModel } from './model-io.js';
import { encodeFeatures, trainPerceptron } from './perceptron.js';
import type { LinearModel } from './perceptron.js';
import { spansToTags } from './tags.js';
import { createTagger } from './tagger.js';
import type { TaggedSpan } from './types.js';

const resources = { gazetteer: loadGazetteer(), clusters: clustersFromFile({ fineCount: 1, coarse: [0], words: [], ids: [] }) };
const toks = (s: string) => s.split(' ').map((text) => ({ text }));
const TRAIN: [string, TaggedSpan[]][] = [
  ['Alice Smith visited Paris', [{ start: 0, end: 2, type: 'PERSON' }, { start: 3, end: 4, type: 'LOC' }]],
  ['Bob Jones visited Rome', [{ start: 0, end: 2, type: 'PERSON' }, { start: 3, end: 4, type: 'LOC' }]],
  ['the Acme Council met', [{ start: 1, end: 3, type: 'ORG' }]],
];

function trainTiny(): LinearModel {
  const index = new Map<string, number>();
  const feats = TRAIN.map(([s]) => sentenceFeatures(toks(s), resources));
  for (const fs of feats) for (const tok of fs) for (const f of tok) if (!index.has(f)) index.set(f, index.size);
  const data = feats.map((fs, i) => ({ ...encodeFeatures(fs, index), gold: Int32Array.from(spansToTags(TRAIN[i]?.[1] ?? [], fs.length)) }));
  return { featureIndex: index, ...trainPerceptron(data, index.size, { epochs: 10, seed: 1 }) };
}

describe('averaged perceptron', () => {
  const model = trainTiny();

  test.each(TRAIN)('fits its training sentence: %s', (sentence, spans) => {
    expect(createTagger(model, resources).tag(toks(sentence)).map(({ start, end, type }) => ({ start, end, type }))).toEqual(spans);
  });

  test('training is reproducible with the same seed', () => {
    expect([...trainTiny().weights]).toEqual([...model.weights]);
  });

  test('model file round-trips (weights quantised to the step)', () => {
    const back = deserialiseModel(serialiseModel(model, { pruneBelow: 0, step: 0.01, meta: { seed: 1 } })).model;
    for (const [name, id] of back.featureIndex) {
      const orig = model.featureIndex.get(name) ?? -1;
      expect(Math.abs((back.weights[id * 9] ?? 0) - (model.weights[orig * 9] ?? 0))).toBeLessThanOrEqual(0.005 + 1e-9);
    }
    expect(back.transitions).toHaveLength(model.transitions.length);
  });
});
