import { describe, expect, test } from 'vitest';
import { OffsetMap } from './offsets.js';

// text "ab\n\ncd" built from source "<p>ab</p><p>c&amp;d</p>"-like pieces
const map = new OffsetMap([
  { textStart: 0, textEnd: 2, sourceStart: 3, sourceEnd: 5 },
  { textStart: 4, textEnd: 6, sourceStart: 12, sourceEnd: 19 },
]);

describe('OffsetMap.toSource', () => {
  test.each([
    ['inside an exact segment', { start: 1, end: 2 }, { start: 4, end: 5 }],
    ['across two segments', { start: 0, end: 6 }, { start: 3, end: 19 }],
    ['a segment whose lengths differ widens to the segment', { start: 5, end: 6 }, { start: 12, end: 19 }],
    ['a span between segments collapses to the point after the previous one', { start: 2, end: 4 }, { start: 5, end: 5 }],
  ])('%s', (_label, span, expected) => {
    expect(map.toSource(span)).toEqual(expected);
  });

  test('refuses overlapping segments', () => {
    expect(
      () =>
        new OffsetMap([
          { textStart: 0, textEnd: 3, sourceStart: 0, sourceEnd: 3 },
          { textStart: 2, textEnd: 4, sourceStart: 5, sourceEnd: 7 },
        ]),
    ).toThrow(/overlap/);
  });

  test('is monotone over the text', () => {
    let last = -1;
    for (let i = 0; i < 6; i++) {
      const s = map.toSource({ start: i, end: i + 1 });
      if (!s) continue;
      expect(s.start).toBeGreaterThanOrEqual(last);
      last = s.start;
    }
  });
});
