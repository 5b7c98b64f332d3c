import { describe, expect, test } from 'vitest';
import { verbatimBlocks } from './verbatim.js';

describe('verbatimBlocks', () => {
  test.each([
    ['one paragraph', 'Just one line.', ['Just one line.']],
    ['blank lines separate paragraphs', 'First.\n\nSecond.\n\n\nThird.', ['First.', 'Second.', 'Third.']],
    ['wrapped lines join with a space', 'A wrapped\nparagraph.\n\nNext.', ['A wrapped paragraph.', 'Next.']],
    ['CRLF line ends', 'One.\r\n\r\nTwo\r\nlines.', ['One.', 'Two lines.']],
    ['short clutter-like lines are kept', 'Share\n\nBody text.', ['Share', 'Body text.']],
  ])('%s', (_label, raw, expected) => {
    expect(verbatimBlocks(raw).map((b) => b.text)).toEqual(expected);
  });

  test('every segment maps to the same text in the source', () => {
    const raw = '  Indented start\r\nand more.\n\nLast one.  ';
    for (const block of verbatimBlocks(raw)) {
      for (const s of block.segments) expect(raw.slice(s.sourceStart, s.sourceEnd)).toBe(block.text.slice(s.start, s.end));
    }
  });
});
