import { describe, expect, test } from 'vitest';
import { entitiesStage } from '../entity-spans/stage.js';
import { mentionsStage } from '../mentions/stage.js';
import { runStages } from '../test-doc.js';
import { tokensStage } from '../tokens/stage.js';
import { quotesStage } from './stage.js';

const STAGES = [tokensStage, entitiesStage, mentionsStage, quotesStage];

const quotesOf = async (paragraphs: string[]) => {
  const doc = await runStages(paragraphs, STAGES);
  return doc.layer('quotes')!.map((q) => ({ kind: q.kind, speaker: q.speaker?.text, text: q.text }));
};

describe('quotes stage', () => {
  test.each([
    ['speaker before, curly marks', 'Mr Kerry said “we talked about a ceasefire in Aleppo.”', 'Mr Kerry', 'we talked about a ceasefire in Aleppo.'],
    ['speaker after, with a listener', '“About 70 bodies were collected,” a rebel militant told Reuters.', 'a rebel militant', 'About 70 bodies were collected,'],
    ['inverted attribution', '"We will not leave this city," said Mr Lavrov.', 'Mr Lavrov', 'We will not leave this city,'],
    ['a colon before the quote', 'Mr Kerry said: "The talks went well today."', 'Mr Kerry', 'The talks went well today.'],
    ['single curly marks', 'Mr Kerry said ‘we will keep on talking’ to them.', 'Mr Kerry', 'we will keep on talking'],
  ])('direct quote: %s', async (_name, text, speaker, content) => {
    const q = (await quotesOf([text])).find((x) => x.kind === 'direct');
    expect(q && { speaker: q.speaker, text: q.text.replace(/[,.]$/, '') }).toEqual({ speaker, text: content.replace(/[,.]$/, '') });
  });

  test('a quote standing alone keeps the previous quote’s speaker', async () => {
    const qs = await quotesOf(['“About 70 bodies were collected,” a rebel militant told Reuters. “Many of those executed had been wounded.”']);
    expect(qs.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['a rebel militant', 'a rebel militant']);
  });

  test.each([
    ['said that', 'Mr Lavrov said that President Assad is willing to allow aid.', 'Mr Lavrov', 'President Assad is willing to allow aid'],
    ['say that, a common-noun speaker', 'Local activists say that as many as 100 prisoners were killed.', 'Local activists', 'as many as 100 prisoners were killed'],
    ['attribution at the end', 'Dozens of prisoners were shot, a rebel militant told Reuters.', 'a rebel militant', 'Dozens of prisoners were shot'],
    ['according to', 'According to Mr Kerry, the talks failed.', 'Mr Kerry', 'the talks failed'],
    ['according to a long name with "for"', 'Twelve people died, according to the Syrian Observatory for Human Rights.', 'the Syrian Observatory for Human Rights', 'Twelve people died'],
    ['according to a name with "for the … of"', 'According to the Organisation for the Prohibition of Chemical Weapons, the stocks were destroyed.', 'the Organisation for the Prohibition of Chemical Weapons', 'the stocks were destroyed'],
    ['a long name before the verb', 'The National Commission for Human Rights said that detainees were beaten.', 'The National Commission for Human Rights', 'detainees were beaten'],
    ['a long name with "against" before the verb', 'The Campaign Against Arms Trade said that exports rose.', 'The Campaign Against Arms Trade', 'exports rose'],
    ['a speech verb the tagger reads as a noun, before "that"', 'The ministry claims that the police beat the marchers.', 'The ministry', 'the police beat the marchers'],
    ['a listener is not joined to a weekday', 'Mr Kerry told Reuters on Monday that the talks failed.', 'Mr Kerry', 'the talks failed'],
  ])('reported speech: %s', async (_name, text, speaker, content) => {
    const q = (await quotesOf([text])).find((x) => x.kind === 'reported');
    expect(q && { speaker: q.speaker, text: q.text }).toEqual({ speaker, text: content });
  });

  test('two speakers in one sentence get a clause each', async () => {
    const qs = await quotesOf(['Mr Lavrov said it should, while Mr Kerry said it could not.']);
    expect(qs).toEqual([
      { kind: 'reported', speaker: 'Mr Lavrov', text: 'it should' },
      { kind: 'reported', speaker: 'Mr Kerry', text: 'it could not' },
    ]);
  });

  test('links a speaker to its referent, and "he" to the last person named', async () => {
    const doc = await runStages(['Mr Kerry arrived in Paris.', '"We have made real progress today," he said.'], STAGES);
    const kerry = doc.layer('mentions')!.find((m) => m.text === 'Kerry')!;
    expect(doc.layer('quotes')![0]?.speaker?.referent).toBe(kerry.referent);
  });

  test.each([
    ['a scare quote', 'The so-called "terrorists" left.'],
    ['a passive', 'The groups are reported to be Saudi-funded.'],
    ['a plural speech noun after modifiers', "Norway's broad fishing claims in the bay have worried Iceland."],
    ['a plural speech noun after a possessive', "The coast guard sailed out despite Oslo's claims of ownership over the bay."],
  ])('finds no quote in %s', async (_name, text) => {
    expect(await quotesOf([text])).toEqual([]);
  });
});
