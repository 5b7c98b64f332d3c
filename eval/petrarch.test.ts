import { describe, expect, test } from 'vitest';
import { dyads } from './petrarch.js';

const ev = (actors: string[], recipients: string[]) => ({ actors: actors.map((country) => ({ country })), recipients: recipients.map((country) => ({ country })) });

describe('CAMEO dyads of a coded event', () => {
  test.each([
    // A joint event (several actors, no recipient) is every ordered pair of its actors.
    [ev(['USA', 'RUS', 'CHE'], []), ['USA>RUS', 'USA>CHE', 'RUS>USA', 'RUS>CHE', 'CHE>USA', 'CHE>RUS']],
    // An actor with recipients: one dyad per recipient.
    [ev(['USA'], ['IRQ', 'SYR']), ['USA>IRQ', 'USA>SYR']],
    // A lone actor: no target.
    [ev(['USA'], []), ['USA>---']],
  ])('%j', (e, want) => {
    expect(dyads(e).map(([a, b]) => `${a}>${b}`)).toEqual(want);
  });
});
