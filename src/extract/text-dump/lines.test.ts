import { expect, test } from 'vitest';
import { groupItems, itemBlock, readLines, wrapWidth } from './lines.js';

test('readLines trims lines, skips blank ones and keeps raw offsets', () => {
  const raw = '  Title  \r\n\r\n Body line\n \t\nLast';
  const lines = readLines(raw);
  expect(lines.map((l) => [l.text, raw.slice(l.start, l.end), l.afterBlank])).toEqual([
    ['Title', 'Title', true],
    ['Body line', 'Body line', true],
    ['Last', 'Last', true],
  ]);
});

const wrapped = [
  'The council voted on Wednesday night to close the old library on Mill',
  'Street, ending a campaign by residents that had lasted almost three',
  'years and drawn hundreds of people.',
  '',
  'Councillors said the building needed repairs that the town could not',
  'afford, and that a new reading room would open in the spring instead.',
].join('\n');

test.each([
  ['hard-wrapped text', wrapped, 69],
  ['one paragraph per line', `${'word '.repeat(60)}\n\n${'word '.repeat(50)}\n\nshort\n\n${'word '.repeat(40)}`, undefined],
  ['too few lines', 'one\ntwo', undefined],
])('wrapWidth: %s', (_label, raw, expected) => {
  expect(wrapWidth(readLines(raw))).toBe(expected);
});

test('groupItems joins wrapped lines but not lines broken early on purpose', () => {
  const raw = `${wrapped}\n\nShare\nRelated Topics`;
  expect(groupItems(readLines(raw)).map((i) => i.lines.length)).toEqual([3, 2, 1, 1]);
});

test('groupItems keeps every line separate in an unwrapped dump', () => {
  expect(groupItems(readLines('Share\nRelated Topics\nA much longer line of text here')).map((i) => i.text)).toEqual(['Share', 'Related Topics', 'A much longer line of text here']);
});

test('itemBlock joins lines with a space and maps each line exactly', () => {
  const raw = 'first line of it\nsecond  line';
  const [item] = groupItems(readLines(raw).map((l) => ({ ...l, afterBlank: false })));
  const merged = { lines: readLines(raw), text: 'first line of it second line' };
  const block = itemBlock(merged, 'p');
  expect(item).toBeDefined();
  expect(block.text).toBe('first line of it second line');
  for (const s of block.segments) expect(raw.slice(s.sourceStart, s.sourceEnd)).toBe(block.text.slice(s.start, s.end));
  expect(block.segments).toHaveLength(3);
});
