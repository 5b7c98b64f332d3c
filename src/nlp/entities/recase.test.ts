import { describe, expect, test } from 'vitest';
import { isCommonLowercase, recaseHeadline } from './recase.js';

/** A small word-case table (word → bucket: 0 nearly always lowercase … 5 nearly always capitalised). */
const TABLE: ReadonlyMap<string, number> = new Map([
  ['army', 1],
  ['seizes', 0],
  ['town', 0],
  ['near', 0],
  ['border', 0],
  ['ministers', 1],
  ['meet', 0],
  ['court', 2],
  ['rebel', 0],
  ['mali', 5],
  ['chad', 5],
  ['un', 4],
  ['sign', 0],
  ['halt', 0],
  ['and', 0],
]);

const words = (s: string) => s.split(' ');

describe('recaseHeadline', () => {
  test.each([
    ['Title Case', 'Mali Army Seizes Town Near Chad Border', 'Mali army seizes town near Chad border'],
    ['ALL CAPS, a name title-cased', 'MALI ARMY SEIZES TOWN NEAR CHAD BORDER', 'Mali army seizes town near Chad border'],
    ['a common first word keeps its capital', 'Army Seizes Town Near Chad Border', 'Army seizes town near Chad border'],
    ['a word of mixed use keeps its capital', 'Mali Court Seizes Town Near Chad', 'Mali Court seizes town near Chad'],
    ['an unknown word keeps its capital', 'Zorblat Seizes Town Near Chad', 'Zorblat seizes town near Chad'],
    ['a short all-capital word stays (acronym)', 'UN AND MALI SIGN HALT', 'UN and Mali sign halt'],
    ['an inflected form found by its stem', 'Mali Army Signs Halt Near Chad', 'Mali army signs halt near Chad'],
  ])('%s', (_name, headline, expected) => {
    expect(recaseHeadline(words(headline), TABLE)?.join(' ')).toBe(expected);
  });

  test.each([
    ['running text', 'The Mali army seized a town near the Chad border'],
    ['a short line', 'Mali Army'],
    ['an empty sentence', ''],
  ])('leaves %s alone', (_name, text) => {
    expect(recaseHeadline(text ? words(text) : [], TABLE)).toBeUndefined();
  });

  test('lowercases a common first word too without sentence case', () => {
    expect(recaseHeadline(words('Army Seizes Town Near Chad Border'), TABLE, { sentenceCase: false })?.join(' ')).toBe('army seizes town near Chad border');
  });

  test('keeps every word its length (offsets hold)', () => {
    const headline = words('MALI ARMY SEIZES TOWN NEAR CHAD BORDER');
    expect(recaseHeadline(headline, TABLE)?.map((w) => w.length)).toEqual(headline.map((w) => w.length));
  });
});

describe('isCommonLowercase', () => {
  test.each([
    ['Seizes', true],
    ['Ministers', true],
    ['Court', false],
    ['Mali', false],
    ['Unheard', false],
  ])('%s → %s', (word, expected) => {
    expect(isCommonLowercase(word, TABLE)).toBe(expected);
  });
});
