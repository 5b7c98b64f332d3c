import { describe, expect, test } from 'vitest';
import { hashFeature } from './features.js';
import { lexiconFeatureStrings, pushLexiconFeatureIds } from './lexicon-features.js';

/** "word/POS word/POS …" as the classifier's word view. */
function words(tagged: string): { lower: string; pos: string }[] {
  return tagged.split(' ').map((t) => {
    const [w, pos] = t.split('/');
    return { lower: w!.toLowerCase(), pos: pos! };
  });
}

describe('lexiconFeatureStrings', () => {
  test.each([
    // A verb's readings count twice: as a word's and as a verb's.
    ['Rebels/NOUN attacked/VERB the/DET town/NOUN', ['l:ASSAULT', 'lv:ASSAULT']],
    // A noun reading only as a word's.
    ['The/DET protest/NOUN ended/VERB', ['l:PROTEST']],
    // Names and words without readings add nothing.
    ['Haiti/PROPN is/AUX quiet/ADJ', []],
  ])('%s', (tagged, want) => {
    const got = lexiconFeatureStrings(words(tagged));
    for (const f of want) expect(got).toContain(f);
    if (want.length === 0) expect(got).toEqual([]);
  });

  test('a verb reading is no feature of a noun ("attack" the noun has no verb feature)', () => {
    expect(lexiconFeatureStrings(words('The/DET attack/NOUN'))).not.toContain('lv:ASSAULT');
  });
});

describe('pushLexiconFeatureIds', () => {
  test.each([
    ['Rebels/NOUN attacked/VERB the/DET town/NOUN and/CCONJ protested/VERB', 15],
    ['The/DET protest/NOUN ended/VERB in/ADP a/DET strike/NOUN', 12],
    ['Haiti/PROPN is/AUX quiet/ADJ', 15],
  ])('the ids are the hashed lexicon feature strings: %s', (tagged, bits) => {
    const ids: number[] = [];
    pushLexiconFeatureIds(words(tagged), bits, ids);
    const want = lexiconFeatureStrings(words(tagged)).map((f) => hashFeature(f, bits));
    expect([...new Set(ids)].sort((a, b) => a - b)).toEqual([...new Set(want)].sort((a, b) => a - b));
  });
});
