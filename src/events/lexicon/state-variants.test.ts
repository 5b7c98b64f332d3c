import { describe, expect, test } from 'vitest';
import { lookupStateVariant } from './state-variants.js';

describe('misspelled state names and demonyms', () => {
  test.each([
    ['Ethopia', 'ETH'], // a dropped letter
    ['Quatar', 'QAT'], // an added letter
    ['Isreali', 'ISR'], // two neighbours swapped
    ['Ghanian', 'GHA'],
    ['Ethopians', 'ETH'], // a plural demonym
  ])('%s -> %s', (word, country) => {
    expect(lookupStateVariant(word, '2014-01-01')?.country).toBe(country);
  });

  test.each([
    ['Qatar', 'the correct name is no variant'],
    ['Olivia', 'another first letter (Bolivia)'],
    ['Angela', 'one vowel for another (Angola)'],
    ['Canadiens', 'one vowel for another (Canadians)'],
    ['Americas', 'the plural of a name is a word of its own'],
    ['Frances', "a plural 's' on a singular name"],
    ['Irak', 'shorter than six letters'],
  ])('%s: none (%s)', (word) => {
    expect(lookupStateVariant(word, '2014-01-01')).toBeUndefined();
  });
});
