import { expect, test } from 'vitest';
import { detectKind } from './detect.js';

test.each([
  ['https://www.example.com/news/a.html', 'url'],
  ['  http://example.org/x  ', 'url'],
  ['see https://example.org for more', 'text'],
  ['<!doctype html><html><body><p>Hi</p></body></html>', 'html'],
  ['<p>One paragraph.</p>', 'html'],
  ['Troops shelled the town on Monday. 5 < 7 and 8 > 3.', 'text'],
  ['', 'text'],
])('%j is %s', (input, kind) => {
  expect(detectKind(input)).toBe(kind);
});
