import { describe, expect, test } from 'vitest';
import { tokensStage } from '../tokens/stage.js';
import { runStages } from '../test-doc.js';
import { entitiesStage } from './stage.js';

const entitiesOf = async (text: string) => {
  const doc = await runStages([text], [tokensStage, entitiesStage]);
  return (doc.layer('entities') ?? []).map((e) => `${e.text}/${e.type}`);
};

describe('entities stage (rule layer)', () => {
  test.each([
    ['a person after an office', 'Foreign Minister Sergei Lavrov spoke.', 'Sergei Lavrov/PERSON'],
    ['a person after an honorific', 'Then Mr Kerry left.', 'Kerry/PERSON'],
    ['a name with a particle', 'President Bashar al-Assad spoke.', 'Bashar al-Assad/PERSON'],
    ['a country by a short name', 'The US said so.', 'US/LOC'],
    ['a demonym', 'Syrian troops moved.', 'Syrian/NORP'],
    ['an organisation', 'He told Reuters.', 'Reuters/ORG'],
    ['a shared demonym reads as the larger country', 'An American envoy came.', 'American/NORP'],
  ])('finds %s', async (_name, text, expected) => {
    expect(await entitiesOf(text)).toContain(expected);
  });

  test.each([
    ['lower-case words that are also names', 'They ate turkey in a chad of paper.'],
    ['an office with no name after it', 'The President spoke.'],
  ])('finds nothing in %s', async (_name, text) => {
    expect(await entitiesOf(text)).toEqual([]);
  });

  test('entity spans are text offsets', async () => {
    const doc = await runStages(['After talks, Mr Kerry left Paris.'], [tokensStage, entitiesStage]);
    for (const e of doc.layer('entities')!) expect(doc.slice(e)).toBe(e.text);
  });
});
