import { describe, expect, test } from 'vitest';
import { forbidLowercaseInside, insideClass, insideClasses } from './name-inside.js';
import type { InsideClass } from './name-inside.js';
import { TAG_COUNT, TAG_NAMES, isInside } from './tags.js';

describe('insideClass', () => {
  test.each<[string, InsideClass]>([
    ['Ahrar', 'cap'],
    ['al-Sham', 'cap'],
    ['group', 'stop'],
    ['militants', 'stop'],
    ['of', 'ok'],
    ['bin', 'ok'],
    ['al-qaida', 'ok'],
    ["'s", 'ok'],
    ['-', 'none'],
    ['8', 'none'],
  ])('%s → %s', (word, expected) => {
    expect(insideClass(word)).toBe(expected);
  });
});

/** The tags forbidden at each token after the constraint, as tag names. */
function forbidden(words: string[], allCaps = false): string[][] {
  const e = new Float64Array(words.length * TAG_COUNT);
  forbidLowercaseInside(e, insideClasses(words.map((text) => ({ text }))), allCaps);
  return words.map((_, i) => TAG_NAMES.filter((_, t) => (e[i * TAG_COUNT + t] as number) < 0));
}

describe('forbidLowercaseInside', () => {
  const insideTags = TAG_NAMES.filter((_, t) => isInside(t));

  test.each<[string, string[], number, string[]]>([
    ['an ordinary lowercase word cannot continue a name', ['the', 'Sunni', 'group', 'Ahrar', 'al-Sham'], 2, insideTags],
    ['a connector can', ['Ministry', 'of', 'Defence'], 1, []],
    ['a capitalised word can', ['Ministry', 'of', 'Defence'], 2, []],
  ])('%s', (_, words, at, expected) => {
    expect(forbidden(words)[at]).toEqual(expected);
  });

  test.each<[string, string[], boolean]>([
    ['ALL-CAPS sentence', ['REBELS', 'seize', 'TOWN'], true],
    ['sentence without capitals', ['rebels', 'seize', 'town'], false],
  ])('no constraint in a %s', (_, words, allCaps) => {
    expect(forbidden(words, allCaps).flat()).toEqual([]);
  });
});
