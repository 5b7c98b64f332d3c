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
    ['The army stormed Deir Khabiyeh at dawn.', [{ start: 17, end: 30, type: 'ORG' }], ['Deir Khabiyeh']],
    ['Turkey praised Ocalan in February.', [{ start: 15, end: 21, type: 'PERSON' }], ['Turkey']],
    ['ISIS attacked the village of ‘Ayishah at dawn.', [], ['‘Ayishah']],
    ['Villagers in the ‘Ayishah’ area fled.', [], ['Ayishah']],
    ['Jets struck the towns of Khan Touman, Aleis and Alzorba.', [{ start: 26, end: 37, type: 'PERSON' }, { start: 39, end: 44, type: 'PERSON' }], ['Khan Touman', 'Aleis', 'Alzorba']],
    ['Kerry met Lavrov, Zarif and Jubeir in Paris.', [{ start: 10, end: 16, type: 'PERSON' }, { start: 18, end: 23, type: 'PERSON' }, { start: 28, end: 34, type: 'PERSON' }], ['Paris']],
    ['Marines stormed Beaufort Castle at dawn.', [], ['Beaufort Castle']],
  ])('%s', (sentence, entities, expected) => {
    const found = placeCandidates(sentence, entities);
    expect(found.map((m) => m.text)).toEqual(expected);
  });
});
