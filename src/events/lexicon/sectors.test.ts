import { describe, expect, test } from 'vitest';
import { sectorForNoun, sectorForTitle, sectorModifier } from './sectors.js';

describe('sectorForNoun', () => {
  test.each([
    ['police', 'COP'],
    ['policemen', 'COP'],
    ['troops', 'MIL'],
    ['army', 'MIL'],
    ['soldier', 'MIL'],
    ['rebels', 'REB'],
    ['militants', 'REB'],
    ['insurgents', 'REB'],
    ['jihadists', 'REB'],
    ['gunmen', 'UAF'],
    ['opposition', 'OPP'],
    ['protesters', 'CVL'],
    ['activists', 'CVL'],
    ['civilians', 'CVL'],
    ['residents', 'CVL'],
    ['refugees', 'REF'],
    ['government', 'GOV'],
    ['parliament', 'LEG'],
    ['court', 'JUD'],
    ['judge', 'JUD'],
    ['journalists', 'JRN'],
    ['students', 'EDU'],
    ['doctors', 'MED'],
    ['hospital', 'MED'],
    ['company', 'BUS'],
    ['farmers', 'AGR'],
    ['clerics', 'REL'],
    ['security forces', 'COP'],
    ['Syrian rebels', 'REB'],
    ['pro-government militias', 'PRM'],
  ])('%s -> %s', (noun, sector) => {
    expect(sectorForNoun(noun)).toBe(sector);
  });

  test('an unknown noun has no sector', () => {
    expect(sectorForNoun('teapot')).toBeUndefined();
  });
});

describe('sectorForTitle', () => {
  test.each([
    ['Secretary of State', 'GOV'],
    ['Foreign Minister', 'GOV'],
    ['Syrian Foreign Minister', 'GOV'],
    ['President', 'GOV'],
    ['General', 'MIL'],
    ['Defence Minister', 'MIL'],
    ['Chief Justice', 'JUD'],
    ['Senator', 'LEG'],
    ['Ayatollah', 'REL'],
  ])('%s -> %s', (title, sector) => {
    expect(sectorForTitle(title)).toBe(sector);
  });

  test('a spokesman inherits the organisation sector (null)', () => {
    expect(sectorForTitle('spokesman')).toBeNull();
  });

  test('an unknown title is undefined', () => {
    expect(sectorForTitle('wizard')).toBeUndefined();
  });
});

describe('sectorModifier', () => {
  test.each([
    ['former', { effect: 'ELI' }],
    ['rebel', { sector: 'REB' }],
  ])('%s -> %o', (word, expected) => {
    expect(sectorModifier(word)).toEqual(expected);
  });
});
