import { describe, expect, test } from 'vitest';
import { caseClass } from './features.js';
import { matchNames, nameListsFromFile, nameListLabels, nameToken } from './name-lists.js';
import { placeKey } from './place-key.js';

const lists = nameListsFromFile({
  format: 'sitrep-ner-names/1',
  lists: {
    c5: ['Ar Raqqah', 'Al Bāb', 'Rio de Janeiro'].map(placeKey),
    c3: ['Tall Abyaḑ'].map(placeKey),
    org: ['Jabhat al-Nusra', 'Army of Islam'].map(placeKey),
  },
});

const match = (text: string, caps = false) => {
  const words = text.split(' ');
  const capital = words.map((w) => caps || caseClass(w) === 'init' || caseClass(w) === 'upper' || caseClass(w) === 'mixed');
  return matchNames(words.map(nameToken), capital, lists).map((m) => `${words.slice(m.start, m.end).join(' ')}=${m.labels.join('/')}`);
};

describe('name-list matching', () => {
  test.each([
    ['a transliteration of a listed city', 'Isis recaptured Raqqa .', ['Raqqa=c5']],
    ['a name with an article glued on', 'fighting in al-Bab today', ['al-Bab=c5']],
    ['a name with an article of its own', 'fighting in Al Bab today', ['Al Bab=c5']],
    ['a multi-word name', 'near Tel Abyad on the border', ['Tel Abyad=c3']],
    ['a lowercase connector inside a name', 'flew to Rio de Janeiro', ['Rio de Janeiro=c5']],
    ['an organisation', 'fighters of Jabhat al-Nusra and the Army of Islam', ['Jabhat al-Nusra=org', 'Army of Islam=org']],
    ['any word in an ALL-CAPS line', 'ISIS TAKES RAQQA', ['RAQQA=c5']],
  ])('finds %s', (_name, text, expected) => {
    expect(match(text, text === text.toUpperCase())).toEqual(expected);
  });

  test.each([
    ['a lowercase word', 'the raqqa road'],
    ['a name that ends in a connector', 'Army of'],
  ])('finds nothing in %s', (_name, text) => {
    expect(match(text)).toEqual([]);
  });

  test('labels mark the first token and multi-token matches', () => {
    const words = ['near', 'Tel', 'Abyad'];
    expect(nameListLabels(words.map(nameToken), [false, true, true], lists)).toEqual([[], ['c3:Bm'], ['c3:Im']]);
  });
});
