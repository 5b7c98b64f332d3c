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

  // A town named like a person the tagger (or the article) names is the person, unless a place cue says otherwise.
  test.each([
    ['President George W. Bush spoke in Ohio.', [{ start: 10, end: 24, type: 'PERSON' }], [], ['Ohio']],
    ['Police were patrolling Camden on Saturday.', [{ start: 23, end: 29, type: 'PERSON' }], [], ['Camden']],
    ['Troops patrolled Kabul on Saturday.', [{ start: 17, end: 22, type: 'PERSON' }], [], ['Kabul']],
    ['He said he visited Epstein in New York.', [{ start: 19, end: 26, type: 'LOC' }], ['epstein'], ['New York']],
    ['He said he visited Epstein in New York.', [{ start: 19, end: 26, type: 'LOC' }], [], ['Epstein', 'New York']],
    ['Fighting broke out in Epstein on Monday.', [{ start: 22, end: 29, type: 'LOC' }], ['epstein'], ['Epstein']],
  ])('%s (surnames %j)', (sentence, entities, surnames, expected) => {
    const found = placeCandidates(sentence, entities, new Set(surnames));
    expect(found.map((m) => m.text)).toEqual(expected);
  });
});
