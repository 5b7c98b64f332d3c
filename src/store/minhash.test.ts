import { describe, expect, test } from 'vitest';
import { bandKeys, containment, minhash, shingles, signatureBytes, signatureFromBytes, similarity } from './minhash.js';

const STORY =
  'Two explosions ripped through a crowd of peace activists outside the main railway station on Saturday, killing at least 86 people, the health minister said. ' +
  'The blasts struck as hundreds of people gathered for a rally organised by labour unions to call for an end to the fighting. ' +
  'The prime minister declared three days of national mourning and said there were strong signs that two suicide bombers carried out the attack.';

describe('minhash', () => {
  test('shingles are lower-cased five-word runs', () => {
    expect([...shingles('One two Three four five six')]).toEqual(['one two three four five', 'two three four five six']);
  });

  test.each([
    ['the same text', STORY, 1, 1],
    ['a new headline and a longer last sentence', `Dozens dead in twin blasts. ${STORY} It was the deadliest attack in the country's history.`, 0.6, 1],
    ['another outlet’s own words', 'Suicide bombers attacked a peace march in the capital on Saturday morning, leaving 95 people dead and more than 240 wounded, officials said.', 0, 0.2],
  ])('similarity with %s', (_label, other, min, max) => {
    const s = similarity(minhash(STORY), minhash(other));
    expect(s >= min && s <= max).toBe(true);
  });

  test('near-duplicates share an LSH band; unrelated texts do not', () => {
    const a = new Set(bandKeys(minhash(STORY)));
    const near = bandKeys(minhash(`Dozens dead. ${STORY}`)).some((k) => a.has(k));
    const far = bandKeys(minhash('Thousands marched in Berlin on Saturday against a planned trade agreement, organisers said.')).some((k) => a.has(k));
    expect([near, far]).toEqual([true, false]);
  });

  test.each([
    ['equal texts', 1, 100, 100, 1],
    ['a text inside one twice its size', 0.5, 100, 200, 1],
    ['disjoint texts', 0, 100, 200, 0],
    ['an empty text', 0, 0, 200, 0],
  ])('containment of %s', (_label, jaccard, a, b, want) => {
    expect(containment(jaccard, a, b)).toBeCloseTo(want, 6);
  });

  test('signatures survive a round trip through bytes', () => {
    const sig = minhash(STORY);
    expect(signatureFromBytes(signatureBytes(sig))).toEqual(sig);
  });
});
