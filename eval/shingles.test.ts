import { describe, expect, test } from 'vitest';
import { scoreCorpus, scorePage, shingles } from './shingles.js';

describe('shingle metric', () => {
  test('a text shorter than the shingle size is one shingle', () => {
    expect([...shingles('Hello, world!').keys()]).toEqual(['Hello world']);
  });

  test.each([
    ['identical texts', 'a b c d e', 'a b c d e', 1, 1],
    ['empty prediction has no precision and zero recall', '', 'a b c d e', null, 0],
    ['extra text lowers precision', 'a b c d e x y z w', 'a b c d e', 2 / 6, 1],
  ])('%s', (_label, predicted, gold, precision, recall) => {
    const s = scorePage(predicted, gold);
    if (precision === null) expect(s.precision).toBeNull();
    else expect(s.precision).toBeCloseTo(precision);
    expect(s.recall).toBeCloseTo(recall);
  });

  test('F1 is taken of the mean precision and mean recall', () => {
    const c = scoreCorpus([
      { predicted: 'a b c d e', gold: 'a b c d e' },
      { predicted: '', gold: 'a b c d e' },
    ]);
    expect(c.precision).toBeCloseTo(1);
    expect(c.recall).toBeCloseTo(0.5);
    expect(c.f1).toBeCloseTo(2 / 3);
  });
});
