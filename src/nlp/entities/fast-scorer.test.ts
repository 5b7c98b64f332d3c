import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dataPath } from './data-path.js';
import { createEmissionScorer } from './fast-scorer.js';
import { sentenceFeatures } from './features.js';
import { deserialiseModel } from './model-io.js';
import { emissionScores, encodeFeatures } from './perceptron.js';
import { TAG_COUNT } from './tags.js';
import { defaultResources } from './tagger.js';
import type { TaggerToken } from './types.js';

const resources = defaultResources();
const { model } = deserialiseModel(readFileSync(dataPath('ner-model.json.gz')));
const scorer = createEmissionScorer(model, resources);
const toks = (s: string): TaggerToken[] => s.split(' ').map((text) => ({ text }));

/** The reference: feature strings → ids → summed weights. */
function reference(tokens: readonly TaggerToken[], m: Pick<typeof model, 'featureIndex' | 'weights'> = model): number[] {
  const { ids, offsets } = encodeFeatures(sentenceFeatures(tokens, resources), m.featureIndex);
  return [...emissionScores(ids, offsets, m.weights)];
}

describe('fast emission scorer', () => {
  test.each<[string, TaggerToken[]]>([
    ['one token', toks('Kerry')],
    ['two tokens', toks('Mr. Kerry')],
    ['ordinary sentence', toks('Russian Foreign Minister Sergei Lavrov met John Kerry in Geneva on Monday .')],
    ['gazetteer phrases', toks('Troops from Saudi Arabia and the United Arab Emirates entered Yemen .')],
    ['ALL-CAPS headline', toks('SYRIAN REBELS LOSE GROUND NEAR ALEPPO')],
    ['Title Case headline', toks('Explosion Rocks Beirut Port , Dozens Killed')],
    ['hyphens and curly quotes', toks('Jabhat al-Nusra ’s fighters left the rebel-held town')],
    ['unknown words', toks('Qwzxv Blorptown zzyzx')],
    ['listed names', toks('Jabhat al-Nusra retook Al Bab and Tel Abyad near Raqqa')],
    ['with POS', [{ text: 'Kerry', pos: 'NNP' }, { text: 'said', pos: 'VBD' }, { text: '.', pos: '.' }]],
  ])('gives the reference scores: %s', (_, tokens) => {
    // Twice: the second call reads the per-word cache.
    for (let round = 0; round < 2; round++) {
      const fast = [...scorer.emissions(tokens)];
      const ref = reference(tokens);
      expect(fast.length).toBe(ref.length);
      fast.forEach((x, i) => expect(x).toBeCloseTo(ref[i] ?? NaN, 4));
    }
  });
});

describe('word bigrams whose words hold "|"', () => {
  // A model of three bigram features only, each with its own weight per tag.
  const features = ['l-1|l=a|b|c', 'l|l+1=a|b|c', 'l-1|l=<s>|x|y'];
  const tiny = {
    featureIndex: new Map(features.map((f, i) => [f, i])),
    weights: Float32Array.from({ length: features.length * TAG_COUNT }, (_, i) => i + 1),
  };
  const tinyScorer = createEmissionScorer(tiny, resources);
  test.each([['a|b c'], ['a b|c'], ['x|y z'], ['a b c']])('%s scores as the feature strings do', (text) => {
    expect([...tinyScorer.emissions(toks(text))]).toEqual(reference(toks(text), tiny));
  });
});
