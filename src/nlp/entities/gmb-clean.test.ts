import { describe, expect, test } from 'vitest';
import { loadGazetteer } from './gazetteer.js';
import { cleanGmbLabels } from './gmb-clean.js';
import type { LabelledSentence } from './gmb.js';
import { nameListsFromFile } from './name-lists.js';
import { placeKey } from './place-key.js';
import type { EntityType } from './types.js';

const lists = nameListsFromFile({ format: 'sitrep-ner-names/1', lists: { org: ['U.N.', 'Fatah'].map(placeKey), c6: ['Paris'].map(placeKey) } });
const sentence = (text: string, type: EntityType, start: number, end: number): LabelledSentence => ({
  tokens: text.split(' ').map((t) => ({ text: t })),
  spans: [{ start, end, type }],
});
const clean = (s: LabelledSentence, both = true) =>
  cleanGmbLabels([s], { orgToLoc: both, locToOrg: true }, loadGazetteer(), lists).sentences[0]?.spans[0]?.type;

describe('GMB label-consistency rule', () => {
  test.each([
    ['a country tagged ORG becomes LOC', sentence('Egypt condemned the attack', 'ORG', 0, 1), 'LOC'],
    ['a listed organisation tagged LOC becomes ORG', sentence('U.N. officials said', 'LOC', 0, 1), 'ORG'],
    ['an organisation tagged ORG stays', sentence('Fatah said', 'ORG', 0, 1), 'ORG'],
    ['a longer ORG span that starts with a country stays', sentence('Egypt Air said', 'ORG', 0, 2), 'ORG'],
  ])('%s', (_name, s, expected) => expect(clean(s)).toBe(expected));

  test('ORG → LOC can be switched off', () => {
    expect(clean(sentence('Egypt condemned the attack', 'ORG', 0, 1), false)).toBe('ORG');
  });

  test.each<[string, LabelledSentence, boolean, EntityType]>([
    ['an ORG span after "Mr." becomes PERSON', sentence('Mr. Putin will visit', 'ORG', 1, 2), true, 'PERSON'],
    ['a LOC span after "Ms" becomes PERSON', sentence('Ms Quist said', 'LOC', 1, 2), true, 'PERSON'],
    ['an ORG span after another word stays', sentence('the Taleban said', 'ORG', 1, 2), true, 'ORG'],
    ['the honorific rule can be switched off', sentence('Mr. Putin will visit', 'ORG', 1, 2), false, 'ORG'],
  ])('%s', (_name, s, honorific, expected) => {
    expect(cleanGmbLabels([s], { orgToLoc: false, locToOrg: true, honorific }, loadGazetteer(), lists).sentences[0]?.spans[0]?.type).toBe(expected);
  });
});
