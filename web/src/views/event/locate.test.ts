import { describe, expect, test } from 'vitest';
import { dateCandidates, findPhrase, locateDate, locateName } from './locate.js';

const S = 'Syrian government forces shelled rebel-held districts of Aleppo on Tuesday, killing at least 12 people.';
const slice = (found: { start: number; end: number } | undefined): string | undefined => (found ? S.slice(found.start, found.end) : undefined);

describe('findPhrase', () => {
  test.each([
    ['aleppo', 'Aleppo'],
    ['government   forces', 'government forces'],
    ['Alep', undefined],
    ['', undefined],
  ])('%s → %s', (phrase, expected) => {
    expect(slice(findPhrase(S, phrase))).toBe(expected);
  });

  test('stays inside the window', () => {
    expect(findPhrase(S, 'Syrian', 10)).toBeUndefined();
  });
});

describe('locateName', () => {
  test.each([
    ['Syrian government forces', 'Syrian government forces'],
    ['Syrian Arab Army forces', 'Syrian'],
    ['Government of Syria', undefined],
    ['rebel-held districts', 'rebel-held districts'],
    ['Russia', undefined],
  ])('%s → %s', (name, expected) => {
    expect(slice(locateName(S, name))).toBe(expected);
  });
});

describe('dates', () => {
  test('2016-05-03 was a Tuesday', () => {
    expect(dateCandidates('2016-05-03')).toContain('on Tuesday');
  });

  test.each([
    ['2016-05-03', 'on Tuesday'],
    ['2016-05-04', undefined],
    [null, undefined],
  ])('%s is found as %s', (iso, expected) => {
    expect(slice(locateDate(S, iso))).toBe(expected);
  });

  test.each([
    ['Envoys met on 22 January in Geneva.', '2014-01-22', '22 January'],
    ['Envoys met yesterday in Geneva.', '2014-01-22', 'yesterday'],
    ['On May 3, 2016 troops moved.', '2016-05-03', 'May 3, 2016'],
  ])('%s → %s', (text, iso, expected) => {
    const found = locateDate(text, iso);
    expect(found ? text.slice(found.start, found.end) : undefined).toBe(expected);
  });
});

describe('locateName: short forms', () => {
  const T = 'The US is starting to agree with Russia, which told us that the U.N. and Nato would meet.';
  const cut = (found: { start: number; end: number } | undefined): string | undefined => (found ? T.slice(found.start, found.end) : undefined);
  test.each([
    ['United States', 'US'],
    ['United States (government)', 'US'],
    ['United Nations', 'U.N.'],
    ['NATO', 'Nato'],
    ['European Union', undefined],
  ])('%s → %s', (name, expected) => {
    expect(cut(locateName(T, name))).toBe(expected);
  });

  test('a short form is matched case-sensitively: "us" is not "US"', () => {
    expect(locateName('He told us nothing.', 'United States')).toBeUndefined();
  });
});
