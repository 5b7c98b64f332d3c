import { expect, test } from 'vitest';
import { loadNewsFixture, parseFixtureLine } from './ner.js';

test.each([
  ['[LOC BEIRUT] ([ORG Reuters]) - rebels', ['BEIRUT', '(', 'Reuters', ')', '-', 'rebels'], [{ start: 0, end: 1, type: 'LOC' }, { start: 2, end: 3, type: 'ORG' }]],
  ['Mr [PERSON Sergei Lavrov] said', ['Mr', 'Sergei', 'Lavrov', 'said'], [{ start: 1, end: 3, type: 'PERSON' }]],
])('parseFixtureLine(%s)', (line, tokens, spans) => {
  const s = parseFixtureLine(line);
  expect(s.tokens.map((t) => t.text)).toEqual(tokens);
  expect(s.spans).toEqual(spans);
});

test('a span off token boundaries is a fixture error', () => {
  expect(() => parseFixtureLine('a [LOC Britain]-based group')).toThrow(/token boundaries/);
});

test('the committed news fixture parses and has every type', () => {
  const types = new Set(loadNewsFixture().flatMap((s) => s.spans.map((x) => x.type)));
  expect([...types].sort()).toEqual(['LOC', 'NORP', 'ORG', 'PERSON']);
});
