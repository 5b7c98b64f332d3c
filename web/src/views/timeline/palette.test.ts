import { expect, test } from 'vitest';
import { balanceColor, BALANCE_COLORS, compareTypes, typeColor } from './palette.js';
import { TYPE_COLOURS } from '../../palette.js';

test.each([
  [1, BALANCE_COLORS.cooperation],
  [-1, BALANCE_COLORS.conflict],
  [0, BALANCE_COLORS.neutral],
  [5, BALANCE_COLORS.cooperation], // clamped
])('balanceColor(%d) → %s', (balance, expected) => {
  expect(balanceColor(balance)).toBe(expected);
});

test('a codebook type has the shared palette colour (the table uses the same)', () => {
  expect(typeColor('ASSAULT')).toBe(TYPE_COLOURS['ASSAULT']);
});

test('an unknown type gets the same colour every time', () => {
  expect(typeColor('FIGHT')).toBe(typeColor('FIGHT'));
});

test.each([
  [['ASSAULT', 'ZZZ', 'AGREE', 'FIGHT'], ['AGREE', 'ASSAULT', 'FIGHT', 'ZZZ']],
])('compareTypes sorts %j as %j', (types, expected) => {
  expect([...types].sort(compareTypes)).toEqual(expected);
});
