import { expect, test } from 'vitest';
import { nestMarks } from './highlight.js';
import type { Mark, MarkNode } from './highlight.js';

const sentence: Mark = { start: 0, end: 20, cls: 'sentence' };
const trigger: Mark = { start: 5, end: 10, cls: 'role-trigger' };
const actor: Mark = { start: 0, end: 4, cls: 'role-actor' };

type Tree = [string, number, number, Tree[]];
const tree = (nodes: MarkNode[]): Tree[] => nodes.map((n) => [n.mark.cls, n.start, n.end, tree(n.children)]);

test.each([
  ['no marks: nothing', [], 0, 8, []],
  ['side by side: two roots', [trigger, actor], 0, 20, [['role-actor', 0, 4, []], ['role-trigger', 5, 10, []]]],
  ['inside another: a child', [trigger, actor, sentence], 0, 20, [['sentence', 0, 20, [['role-actor', 0, 4, []], ['role-trigger', 5, 10, []]]]]],
  ['crossing the end of another: split there', [{ start: 0, end: 10, cls: 'a' }, { start: 6, end: 14, cls: 'b' }], 0, 20, [['a', 0, 10, [['b', 6, 10, []]]], ['b', 10, 14, []]]],
  ['a window clips marks at its edges', [sentence, trigger], 8, 25, [['sentence', 8, 20, [['role-trigger', 8, 10, []]]]]],
  ['empty and outside marks are dropped', [{ start: 3, end: 3, cls: 'x' }, { start: 30, end: 40, cls: 'y' }], 0, 10, []],
] as [string, Mark[], number, number, Tree[]][])('%s', (_name, marks, from, to, expected) => {
  expect(tree(nestMarks(marks, from, to))).toEqual(expected);
});
