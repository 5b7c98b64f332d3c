import { describe, expect, test } from 'vitest';
import { classifySentence } from './model.js';
import { featureStrings, pushFeatureIds, hashFeature, sentenceFeatures, stem } from './features.js';

/** "word/POS word/POS …" as the classifier's word view. */
function words(tagged: string): { lower: string; pos: string }[] {
  return tagged.split(' ').map((t) => {
    const [w, pos] = t.split('/');
    return { lower: w!.toLowerCase(), pos: pos! };
  });
}

describe('stem', () => {
  test.each([
    ['killed', 'kill'],
    ['kills', 'kill'],
    ['killing', 'kill'],
    ['stopped', 'stop'],
    ['demonstrations', 'demonstration'],
    ['casualties', 'casualty'],
    ['talks', 'talk'],
    ['press', 'press'],
    ['war', 'war'],
  ])('%s → %s', (word, want) => {
    expect(stem(word)).toBe(want);
  });
});

describe('features', () => {
  test('names and numbers fold to placeholders ("Haiti" and "Benin" are one feature)', () => {
    expect(featureStrings(words('Haiti/PROPN closed/VERB 3/NUM borders/NOUN'))).toEqual(featureStrings(words('Benin/PROPN closed/VERB 12/NUM borders/NOUN')));
  });

  test('verbs give a verb feature and bigrams join neighbours', () => {
    expect(featureStrings(words('Police/NOUN arrested/VERB activists/NOUN'))).toEqual(expect.arrayContaining(['v:arrest', 'b:police_arrest', 'w:activist']));
  });

  test.each([
    ['Police/NOUN arrested/VERB activists/NOUN ,/PUNCT protesters/NOUN stopped/VERB', 15],
    ['Thousands/NOUN of/ADP workers/NOUN went/VERB on/ADP strike/NOUN in/ADP Benin/PROPN 12/NUM', 15],
    ['The/DET minister/NOUN ’s/PART casualties/NOUN were/AUX counted/VERB it/PRON said/VERB', 8],
  ])('feature ids hashed in parts are the hashed feature strings: %s', (tagged, bits) => {
    const ids: number[] = [];
    pushFeatureIds(words(tagged), bits, ids);
    expect([...new Set(ids)].sort((a, b) => a - b)).toEqual(sentenceFeatures(words(tagged), bits));
  });

  test.each([8, 15, 20])('hashes stay inside %i bits', (bits) => {
    expect(hashFeature('v:arrest', bits)).toBeLessThan(1 << bits);
  });
});

describe('classifySentence', () => {
  test.each([
    ['Rebels/PROPN killed/VERB ten/NUM soldiers/NOUN in/ADP an/DET ambush/NOUN', 'ASSAULT'],
    ['Thousands/NOUN of/ADP workers/NOUN went/VERB on/ADP strike/NOUN demanding/VERB higher/ADJ wages/NOUN', 'PROTEST'],
    ['France/PROPN imposed/VERB sanctions/NOUN on/ADP Iran/PROPN', 'SANCTION'],
    ['The/DET minister/NOUN condemned/VERB the/DET attack/NOUN', 'ACCUSE'],
  ])('%s → %s', (tagged, want) => {
    expect(classifySentence(words(tagged)).best).toBe(want);
  });

  test('probabilities sum to one over the 16 PLOVER types', () => {
    const { prob } = classifySentence(words('Police/NOUN arrested/VERB activists/NOUN'));
    expect(prob.size).toBe(16);
    expect([...prob.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});
