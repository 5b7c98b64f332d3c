import { describe, expect, test } from 'vitest';
import { foldWords, placeKey } from './place-key.js';

describe('placeKey folds transliteration variants together', () => {
  test.each([
    ['Raqqa', 'Ar Raqqah'],
    ['al-Bab', 'Al Bāb'],
    ['Tel Abyad', 'Tall Abyaḑ'],
    ['Deir Ezzor', 'Deir ez-Zor'],
    ['Qamishli', 'Kamishli'],
    ['Fallujah', 'Falluja'],
  ])('%s = %s', (a, b) => expect(placeKey(a)).toBe(placeKey(b)));

  test.each([
    ['Paris', 'Perth'],
    ['Homs', 'Hama'],
  ])('%s ≠ %s', (a, b) => expect(placeKey(a)).not.toBe(placeKey(b)));
});

describe('foldWords', () => {
  test.each([
    ['Al-Bāb', ['al', 'bab']],
    ["al-Qa'ida", ['al', 'qaida']],
    ['U.N.', ['u', 'n']],
    ['Genève', ['geneve']],
  ])('%s → %j', (text, words) => expect(foldWords(text)).toEqual(words));
});
