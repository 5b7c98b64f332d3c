import { describe, expect, test } from 'vitest';
import { actorMayStartWith, actorRecords, lookupActor } from './actors.js';

describe('actorMayStartWith: which words may open an actor alias', () => {
  test.each([
    // word, the character after it, answer
    ['officials', ' ', false],
    ['protesters', '', false],
    ['John', ' ', true],
    ['Kerry', '', true],
    ['US', ' ', true],
    ['Hamas', ' ', true],
    ['al', '-', true],
    // Not decided from the first word alone: a leading "the", a non-ASCII word, a character the key drops.
    ['The', ' ', true],
    ['Élysée', ' ', true],
    ['officials', "'", true],
    ['officials', '.', true],
    ['officials', ',', true],
  ])('%s followed by %j -> %s', (word, next, answer) => {
    expect(actorMayStartWith(word, next)).toBe(answer);
  });

  test('never false for a phrase the lexicon resolves: the plain first word of every alias, followed by its next character', () => {
    const missed: string[] = [];
    for (const r of actorRecords()) {
      for (const name of [...r.names, ...(r.exact ?? [])]) {
        const m = /^([A-Za-z0-9]+)(.?)/.exec(name);
        if (!m || lookupActor(name) === undefined) continue;
        const [, first = '', next = ''] = m;
        if (!actorMayStartWith(first, next)) missed.push(name);
      }
    }
    expect(missed).toEqual([]);
  });
});
