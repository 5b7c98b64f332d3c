import { describe, expect, test } from 'vitest';
import { entitiesStage } from '../entity-spans/stage.js';
import { runStages } from '../test-doc.js';
import { tokensStage } from '../tokens/stage.js';
import { mentionsStage } from './stage.js';

const STAGES = [tokensStage, entitiesStage, mentionsStage];

const resolve = async (paragraphs: string[]) => {
  const doc = await runStages(paragraphs, STAGES);
  const referents = new Map(doc.layer('referents')!.map((r) => [r.id, r]));
  return doc.layer('mentions')!.map((m) => ({ text: m.text, kind: m.kind, referent: referents.get(m.referent)! }));
};

describe('mentions stage', () => {
  test('merges a full name, a titled surname and a bare surname into one referent', async () => {
    const ms = await resolve(['US Secretary of State John Kerry arrived.', 'Mr Kerry said so, and Kerry left.']);
    const kerry = ms.filter((m) => m.referent.type === 'PERSON');
    expect(new Set(kerry.map((m) => m.referent.id)).size).toBe(1);
    expect(kerry[0]!.referent.canonical).toBe('John Kerry');
  });

  test.each([
    ['US Secretary of State John Kerry spoke.', 'Secretary of State', 'US'],
    ['Russian Foreign Minister Sergei Lavrov spoke.', 'Foreign Minister', 'RU'],
    ["Russia's Foreign Minister Sergei Lavrov spoke.", 'Foreign Minister', 'RU'],
    ['Mr Lavrov, the Russian foreign minister, spoke.', 'Foreign Minister', 'RU'],
  ])('records the office in apposition as role and affiliation: %s', async (text, role, affiliation) => {
    const ms = await resolve([text]);
    const person = ms.find((m) => m.referent.type === 'PERSON')!.referent;
    expect({ role: person.role, affiliation: person.affiliation }).toEqual({ role, affiliation });
  });

  test.each([
    ['The Russians and Americans met.', 'Russians', 'RU', 'demonym'],
    ['Moscow said it would veto.', 'Moscow', 'RU', 'metonym'],
    ['Talks between Moscow and Washington resumed.', 'Washington', 'US', 'metonym'],
    ['The Kremlin denied it.', 'Kremlin', 'RU', 'metonym'],
  ])('resolves "%s" to a country', async (text, mention, country, kind) => {
    const m = (await resolve([text])).find((x) => x.text.endsWith(mention))!;
    expect({ country: m.referent.country, kind: m.kind, type: m.referent.type }).toEqual({ country, kind, type: 'LOC' });
  });

  test.each([
    ['They met in Paris.', 'Paris'],
    ['An enclave east of Damascus fell.', 'Damascus'],
  ])('keeps a capital used as a place a city: %s', async (text, city) => {
    const m = (await resolve([text])).find((x) => x.text === city)!;
    expect(m.referent.country).toBeUndefined();
    expect(m.referent.canonical).toBe(city);
  });
});
