import { expect, test } from 'vitest';
import { joinNames, readNames } from './names.js';

test.each([
  ['By Jane Smith', 'structured', ['Jane Smith']],
  ['by: Jane Smith', 'structured', ['Jane Smith']],
  ['Jane Smith and Omar Saleh', 'structured', ['Jane Smith', 'Omar Saleh']],
  ['Jane Smith, Omar Saleh & Lina Farouk', 'structured', ['Jane Smith', 'Omar Saleh', 'Lina Farouk']],
  ['Pieter de Vries', 'text', ['Pieter de Vries']],
  ['By Jane Smith | Updated 3 hours ago', 'text', ['Jane Smith']],
  ['Jeff Foust Monday, November 18, 2019', 'text', ['Jeff Foust']],
  ['TOM KRISHER, AP Auto Writer', 'structured', ['TOM KRISHER']],
  ['https://www.facebook.com/janesmith', 'structured', []],
  ['@janesmith', 'text', []],
  ['Reuters', 'structured', ['Reuters']],
  ['Reuters', 'text', []],
  ['the river bank', 'text', []],
] as const)('readNames(%j, %s)', (input, strictness, expected) => {
  expect(readNames(input, strictness)).toEqual(expected);
});

test.each([
  [['Jane Smith', 'jane smith', 'Omar Saleh'], undefined, 'Jane Smith, Omar Saleh'],
  [['José Díaz', 'Jose Diaz'], undefined, 'José Díaz'],
  [['Jill Disis', 'CNN Business'], 'CNN', 'Jill Disis'],
  [['Ilana Muhlstein', 'RDN'], undefined, 'Ilana Muhlstein'],
  [['PTI'], undefined, 'PTI'],
  [[], undefined, undefined],
] as const)('joinNames(%j, %j)', (names, site, expected) => {
  expect(joinNames(names, site)).toBe(expected);
});
