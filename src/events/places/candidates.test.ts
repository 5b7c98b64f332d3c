import { describe, expect, test } from 'vitest';
import { placeCandidates } from './candidates.js';

describe('placeCandidates', () => {
  test.each([
    ['Syrian rebels attacked positions in Homs on Friday.', [], ['Homs']],
    ['Helicopters struck the villages of Sukhnah, Taybah and Qaryatayn.', [], ['Sukhnah', 'Taybah', 'Qaryatayn']],
    ['Troops patrolled Wadi Barada at dawn.', [{ start: 16, end: 27, type: 'LOC' }], ['Wadi Barada']],
    ['Police said on Monday that nobody was hurt.', [], []],
    ['Rebels seized positions in Kafr Dael.', [{ start: 27, end: 36, type: 'ORG' }], ['Kafr Dael']],
    ['Kafr Dael rebels seized positions.', [{ start: 0, end: 9, type: 'ORG' }], []],
    ['The army entered Zabdeen from the south.', [], ['Zabdeen']],
    ['Police were patrolling Korangi on Saturday.', [], ['Korangi']],
    ['Turkey captured Ocalan in February.', [{ start: 16, end: 22, type: 'PERSON' }], ['Turkey']],
    ['ISIS attacked the village of ‘Ayishah at dawn.', [], ['‘Ayishah']],
    ['Villagers in the ‘Ayishah’ area fled.', [], ['Ayishah']],
  ])('%s', (sentence, entities, expected) => {
    const found = placeCandidates(sentence, entities);
    expect(found.map((m) => m.text)).toEqual(expected);
  });
});
