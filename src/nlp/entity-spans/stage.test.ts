import { describe, expect, test } from 'vitest';
import { tokensStage } from '../tokens/stage.js';
import { runStages } from '../test-doc.js';
import { entitiesStage } from './stage.js';

const entitiesOf = async (text: string) => {
  const doc = await runStages([text], [tokensStage, entitiesStage]);
  return doc.layer('entities') ?? [];
};

describe('entities stage', () => {
  test('a country name is a LOC whatever the tagger says', async () => {
    const us = (await entitiesOf('The US and Russia have discussed a ceasefire.')).find((e) => e.text === 'US');
    expect(us?.type).toBe('LOC');
  });

  test.each([
    ['Turkey', 'Turkey closed the border. Officials in Turkey said the border with Turkey would reopen.'],
    ['Ninveh', 'Isis advanced in Anbar and Ninveh provinces in Iraq.'],
  ])('%s is a LOC in every mention (entity conventions)', async (name, text) => {
    const types = (await entitiesOf(text)).filter((e) => e.text === name).map((e) => e.type);
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['LOC']));
  });

  test('words of an office title are never an entity', async () => {
    const texts = (await entitiesOf('US Secretary of State John Kerry arrived.')).map((e) => e.text);
    expect(texts.filter((t) => /Secretary|State/.test(t))).toEqual([]);
  });

  test('a hyphenated name stays whole (the tagger sees GMB-style tokens)', async () => {
    const texts = (await entitiesOf('President Bashar al-Assad spoke.')).map((e) => e.text);
    expect(texts).toContain('Bashar al-Assad');
  });

  test('a name keeps one type across the article (document-level pass)', async () => {
    const doc = await runStages(['Rebels shelled Raqqa and Tel Abyad overnight.', 'Isis fighters in Tel Abyad executed prisoners.'], [tokensStage, entitiesStage]);
    const types = doc.layer('entities')!.filter((e) => e.text === 'Tel Abyad').map((e) => e.type);
    expect(types).toEqual(['LOC', 'LOC']);
  });

  test('entity spans are text offsets', async () => {
    const doc = await runStages(['After talks, Mr Kerry left Paris for Moscow.'], [tokensStage, entitiesStage]);
    const entities = doc.layer('entities')!;
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) expect(doc.slice(e)).toBe(e.text);
  });
});
