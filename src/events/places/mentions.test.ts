import { describe, expect, test } from 'vitest';
import { findPlaceMentions } from './mentions.js';

describe('findPlaceMentions', () => {
  test.each([
    ['Syrian rebels attacked positions in Homs on Friday.', ['Homs']],
    ['Fighting spread from al-Bab to Tel Abyad.', ['al-Bab', 'Tel Abyad']],
    ['Shells hit the Deir Ezzor Military Airport.', ['Deir Ezzor Military Airport']],
    ['Troops entered the village of Umm Batna at dawn.', ['Umm Batna']],
    ['Clashes erupted in a Georgian-controlled district of the Kodori Gorge.', ['Kodori Gorge']],
    ['The Damascus government met envoys in Geneva.', ['Damascus', 'Geneva']],
    ['Police said on Monday that nobody was hurt.', []],
    ['Militants stormed the Nuri Hospital overnight.', ['Nuri Hospital']],
    ['Near Tarmiyah, a roadside bomb exploded.', ['Tarmiyah']],
    ['Bombs went off in Narathiwat Thursday.', ['Narathiwat']],
    ['Fighters advanced towards Marj Al-Sultan.', ['Marj Al-Sultan']],
    ['The Islamic State claimed it.', []],
    ['Troops entered the western city of Deir ez-Zor.', ['Deir ez-Zor']],
    ['Shells fell on the village of ‘Ayishah overnight.', ['Ayishah']],
    ['Soldiers liberated Tal Areen after a week.', ['Tal Areen']],
  ])('%s', (sentence, expected) => {
    const found = findPlaceMentions(sentence);
    expect(found.map((m) => m.text)).toEqual(expected);
    for (const m of found) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });
});
