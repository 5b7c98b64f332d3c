/**
 * Status through the whole pipeline, on sentences of our own: conditions, claims, negation scope
 * and modality. Each row names a trigger and the status (and source) of its event; the event type
 * is the lexicon's business and is not asserted here.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../analysis.js';
import type { CodedEvent } from '../../core/index.js';

async function eventsAt(text: string, trigger: string): Promise<CodedEvent[]> {
  const r = await analyze({ text }, { preExtracted: true, date: '2014-01-13' });
  return r.events.filter((e) => e.evidence.some((v) => v.trigger.text === trigger));
}

/** Status of the events at the trigger, with their source when one is named ("claimed by X"). */
async function statusAt(text: string, trigger: string): Promise<string[]> {
  return (await eventsAt(text, trigger)).map((e) => (e.claimedBy === undefined ? e.status : `${e.status} by ${e.claimedBy}`));
}

describe('a condition is no fact', () => {
  test.each([
    ['Israel will attack Gaza if Hamas fires rockets at Israeli towns.', 'attack', 'planned'],
    ['Hamas will release the hostages provided that Israel frees Palestinian prisoners.', 'frees', 'hypothetical'],
    ['Israel will release the prisoners unless Hamas attacks Israeli towns.', 'attacks', 'hypothetical'],
  ])('%s «%s» → %s', async (text, trigger, want) => {
    expect(await statusAt(text, trigger)).toEqual([want]);
  });

  test('the subject of a condition inside a report is not the person who reports it', async () => {
    const evs = await eventsAt('Mr Kerry said that could attend only if it agreed to the plan.', 'agreed');
    expect(evs.filter((e) => e.actors.some((a) => a.country === 'USA'))).toEqual([]);
  });
});

describe('claims: told by a source, named or not', () => {
  test.each([
    ['Syrian rebels charged that the army shelled Homs.', 'shelled', 'claimed by Syrian rebels'],
    ['The opposition alleged that Syrian troops killed 20 civilians in Homs.', 'killed', 'claimed by The opposition'],
    ['Syrian troops killed 20 civilians in Homs, according to Amnesty International.', 'killed', 'claimed by Amnesty International'],
    ['Syrian troops killed 20 civilians in Homs, the opposition said.', 'killed', 'claimed by the opposition'],
    ['Syrian troops reportedly shelled Homs.', 'shelled', 'claimed'],
    ['Syrian troops allegedly killed 20 civilians in Homs.', 'killed', 'claimed'],
    ['Syrian troops were believed to have shelled Homs.', 'shelled', 'claimed'],
    ['Syrian troops were reported to have killed 20 civilians in Homs.', 'killed', 'claimed'],
    // What the writer states is a fact.
    ['Syrian troops shelled Homs.', 'shelled', 'occurred'],
  ])('%s «%s» → %s', async (text, trigger, want) => {
    expect(await statusAt(text, trigger)).toEqual([want]);
  });
});

describe('negation scope', () => {
  test.each([
    ['Israeli troops did not attack the village.', 'attack', 'negated'],
    ['Syrian rebels failed to capture the town.', 'capture', 'negated'],
    ['No one was killed in the attack by Syrian troops.', 'killed', 'negated'],
    ['Syrian troops killed no one.', 'killed', 'negated'],
    ['Russia will not withdraw its troops from Crimea.', 'withdraw', 'negated'],
  ])('%s «%s» → %s', async (text, trigger, want) => {
    expect(await statusAt(text, trigger)).toEqual([want]);
  });

  test.each([
    ['Syrian rebels denied shelling Homs.', 'shelling'],
    ['The Syrian army denied that its troops shelled Homs.', 'shelled'],
  ])('a denial: %s «%s» did not happen (as its denier tells it)', async (text, trigger) => {
    expect((await eventsAt(text, trigger)).map((e) => e.status)).toEqual(['negated']);
  });
});

describe('modality', () => {
  test.each([
    ['Israeli troops could attack the village.', 'attack', 'hypothetical'],
    ['Russia may impose sanctions on Ukraine.', 'impose', 'hypothetical'],
    ['The US would have to send troops to Syria.', 'send', 'hypothetical'],
    ['Israel said it could attack Iran.', 'attack', 'hypothetical by Israel'],
    // The threat itself happened; the threatened act is the speaker's intent, not a fact.
    ['Turkey threatened to invade Syria.', 'threatened', 'occurred'],
    ['Turkey threatened to invade Syria.', 'invade', 'intended'],
  ])('%s «%s» → %s', async (text, trigger, want) => {
    expect(await statusAt(text, trigger)).toEqual([want]);
  });
});
