import { expect, test } from 'vitest';
import { segment } from './highlight.js';
import type { Mark } from './highlight.js';

const sentence: Mark = { start: 0, end: 20, cls: 'sentence' };
const trigger: Mark = { start: 5, end: 10, cls: 'role-trigger' };

test.each([
  ['no marks: one plain segment', [], 0, 8, [[0, 8, []]]],
  ['a mark inside: three segments', [trigger], 0, 20, [[0, 5, []], [5, 10, ['role-trigger']], [10, 20, []]]],
  ['nested marks: longest first', [trigger, sentence], 0, 20, [[0, 5, ['sentence']], [5, 10, ['sentence', 'role-trigger']], [10, 20, ['sentence']]]],
  ['a window cuts marks at its edges', [sentence], 15, 25, [[15, 20, ['sentence']], [20, 25, []]]],
  ['empty and outside marks are ignored', [{ start: 3, end: 3, cls: 'x' }, { start: 30, end: 40, cls: 'y' }], 0, 10, [[0, 10, []]]],
] as [string, Mark[], number, number, [number, number, string[]][]][])('%s', (_name, marks, from, to, expected) => {
  expect(segment(marks, from, to).map((s) => [s.start, s.end, s.marks.map((m) => m.cls)])).toEqual(expected);
});
