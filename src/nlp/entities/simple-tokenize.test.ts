import { expect, test } from 'vitest';
import { simpleTokenize } from './simple-tokenize.js';

test.each([
  ['BEIRUT (Reuters) - Rebels', ['BEIRUT', '(', 'Reuters', ')', '-', 'Rebels']],
  ['Mr. Kerry met the U.S. envoy.', ['Mr.', 'Kerry', 'met', 'the', 'U.S.', 'envoy', '.']],
  ["Assad’s forces hit al-Qa’ida", ['Assad', '’s', 'forces', 'hit', 'al-Qa’ida']],
  ['John F. Kennedy, 1,200 men', ['John', 'F.', 'Kennedy', ',', '1,200', 'men']],
])('simpleTokenize(%s)', (text, expected) => {
  expect(simpleTokenize(text).map((t) => t.text)).toEqual(expected);
});

test('offsets point back into the text', () => {
  const text = 'Kerry’s aide left.';
  for (const t of simpleTokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
});
