import { describe, expect, test } from 'vitest';
import { findTriggers } from './find-triggers.js';
import { taggedWords } from './tagged-words.js';

/**
 * Readings of the material trigger files (assault, coerce, protest, mobilize, retreat, sanction) on
 * our own tagged sentences: the first trigger as "words TYPE CAMEO", or "none".
 */
function first(tagged: string): string {
  const ws = taggedWords(tagged);
  const hit = findTriggers(ws, new Set(), { fallback: false })[0];
  if (!hit) return 'none';
  return `${ws.slice(hit.i, hit.last + 1).map((w) => w.lower).join(' ')} ${hit.entry.type} ${hit.entry.cameo}`;
}

describe('material triggers: detonations', () => {
  test.each([
    ['A/DET bomber/NOUN blew/VERB himself/PRON up/ADP near/ADP the/DET base/NOUN', 'blew himself up ASSAULT 1831'],
    ['Two/NUM attackers/NOUN blew/VERB themselves/PRON up/ADP at/ADP the/DET gate/NOUN', 'blew themselves up ASSAULT 1831'],
    ['Two/NUM bombs/NOUN went/VERB off/ADP in/ADP the/DET market/NOUN', 'went off ASSAULT 183'],
    ['A/DET device/NOUN went/VERB off/ADP outside/ADP the/DET hotel/NOUN', 'went off ASSAULT 183'],
    ['Residents/NOUN heard/VERB a/DET detonation/NOUN near/ADP the/DET embassy/NOUN', 'detonation ASSAULT 183'],
    ['The/DET gunman/NOUN was/AUX shot/VERB dead/ADJ by/ADP police/NOUN', 'shot dead ASSAULT 193'],
    ['The/DET gunman/NOUN –/PUNCT shot/NOUN dead/ADJ by/ADP police/NOUN –/PUNCT had/AUX fled/VERB', 'shot dead ASSAULT 193'],
  ])('%s -> %s', (tagged, want) => {
    expect(first(tagged)).toBe(want);
  });

  test.each([
    ['The/DET fire/NOUN alarm/NOUN went/VERB off/ADP at/ADP noon/NOUN'],
    ['The/DET lights/NOUN went/VERB off/ADP in/ADP the/DET hall/NOUN'],
  ])('"go off" without an explosive subject is no attack: %s', (tagged) => {
    expect(first(tagged)).toBe('none');
  });
});

describe('material triggers: coercion', () => {
  test.each([
    ['The/DET militia/NOUN coerced/VERB villagers/NOUN into/ADP joining/VERB', 'coerced COERCE 170'],
    ['The/DET regime/NOUN rules/VERB by/ADP coercion/NOUN', 'coercion COERCE 170'],
  ])('%s -> %s', (tagged, want) => {
    expect(first(tagged)).toBe(want);
  });
});

describe('material triggers: taking territory', () => {
  test.each([
    ['Rebels/NOUN secured/VERB the/DET town/NOUN after/ADP heavy/ADJ fighting/NOUN', 'secured ASSAULT 192'],
    ['The/DET army/NOUN secured/VERB control/NOUN of/ADP the/DET valley/NOUN', 'secured ASSAULT 192'],
  ])('%s -> %s', (tagged, want) => {
    expect(first(tagged)).toBe(want);
  });

  test.each([
    ['Soldiers/NOUN were/AUX deployed/VERB to/PART secure/VERB the/DET area/NOUN'],
    ['Guards/NOUN secured/VERB the/DET border/NOUN crossing/NOUN'],
  ])('securing an area or a border is no conquest: %s', (tagged) => {
    expect(first(tagged)).not.toMatch(/ASSAULT 192/);
  });
});

describe('material triggers: returns', () => {
  test.each([
    ['Hamas/PROPN returned/VERB the/DET bodies/NOUN to/ADP Israel/PROPN', 'returned RETREAT 0841'],
    ['The/DET navy/NOUN returned/VERB the/DET fishermen/NOUN to/ADP India/PROPN', 'returned RETREAT 0841'],
    ['Iran/PROPN returned/VERB the/DET tanker/NOUN to/ADP its/PRON owners/NOUN', 'returned RETREAT 0842'],
  ])('%s -> %s', (tagged, want) => {
    expect(first(tagged)).toBe(want);
  });

  test.each([
    ['The/DET delegation/NOUN returned/VERB to/ADP Cairo/PROPN on/ADP Monday/PROPN'],
    ['Refugees/NOUN are/AUX afraid/ADJ to/PART return/VERB home/ADV'],
  ])('travelling back is no return of persons or property: %s', (tagged) => {
    expect(first(tagged)).toBe('none');
  });
});
