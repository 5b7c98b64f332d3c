import { describe, expect, test } from 'vitest';
import { runStages } from '../test-doc.js';
import { tokensStage } from '../tokens/stage.js';
import { quantitiesStage } from './stage.js';

const quantitiesOf = async (text: string) => {
  const doc = await runStages([text], [tokensStage, quantitiesStage]);
  return doc.layer('quantities')!;
};

describe('quantities stage', () => {
  test.each([
    ['as many as 100 opponents were killed.', 'as many as 100', 100, 'upper', 'opponents'],
    ['About 70 bodies were collected.', 'About 70', 70, 'approx', 'bodies'],
    ['At least 12 soldiers died.', 'At least 12', 12, 'lower', 'soldiers'],
    ['More than 300 people fled.', 'More than 300', 300, 'lower', 'people'],
    ['Hundreds of protesters gathered.', 'Hundreds of', 200, 'vague', 'protesters'],
    ['Dozens of houses burned.', 'Dozens of', 24, 'vague', 'houses'],
    ['Tens of thousands of refugees crossed.', 'Tens of thousands of', 20000, 'vague', 'refugees'],
    ['Two dozen fighters surrendered.', 'Two dozen', 24, 'exact', 'fighters'],
    ['Seven hundred people have died.', 'Seven hundred', 700, 'exact', 'people'],
    ['The movement has 1,200 different groups.', '1,200', 1200, 'exact', 'groups'],
    ['One of 14 Syrian provincial capitals fell.', '14', 14, 'exact', 'capitals'],
    ['Some 2.5 million refugees left.', 'Some 2.5 million', 2500000, 'approx', 'refugees'],
    ['Nearly forty-five villages emptied.', 'Nearly forty-five', 45, 'upper', 'villages'],
  ])('reads a count: %s', async (text, span, value, qualifier, noun) => {
    const q = (await quantitiesOf(text)).find((x) => x.text === span);
    expect(q && { kind: q.kind, value: q.value, qualifier: q.qualifier, noun: q.noun?.text }).toEqual({ kind: 'count', value, qualifier, noun });
  });

  test.each([
    ['More than 300 people fled.', true],
    ['At least 12 soldiers died.', undefined],
  ])('marks an exclusive bound: %s', async (text, exclusive) => {
    expect((await quantitiesOf(text))[0]?.exclusive).toBe(exclusive);
  });

  test('reads a range', async () => {
    const q = (await quantitiesOf('Between 50 and 60 civilians died.'))[0];
    expect(q && { text: q.text, value: q.value, max: q.max, qualifier: q.qualifier }).toEqual({ text: 'Between 50 and 60', value: 50, max: 60, qualifier: 'range' });
  });

  test.each([
    ['The war began in 2011.', '2011', 'year'],
    ['Talks open on 22 January.', '22', 'date'],
    ['The blast came at 10 pm.', '10', 'time'],
    ['The fund holds $500 million.', '500 million', 'money'],
    ['Turnout fell 12 percent.', '12', 'percent'],
    ['It was the 22nd attack.', '22nd', 'ordinal'],
    ['A boy aged 14 was shot.', '14', 'age'],
    ['Mr Lavrov, 63, said it.', '63', 'age'],
    ['Resolution 2118 passed.', '2118', 'identifier'],
    ['The siege lasted two months.', 'two', 'duration'],
  ])('does not count non-counts: %s', async (text, span, kind) => {
    const q = (await quantitiesOf(text)).find((x) => x.text === span);
    expect(q?.kind).toBe(kind);
  });

  test.each([
    ['the pronoun "one"', 'He was the only one of them.'],
    ['"scores" without "of"', 'The scores were level.'],
    ['a model name', 'The F-16 crashed.'],
  ])('takes no number from %s', async (_name, text) => {
    expect(await quantitiesOf(text)).toEqual([]);
  });
});

describe('quantities at the end of a sentence', () => {
  test.each([
    ['a number and a dash', 'The treaty was signed in 1955 -'],
    ['a number and "to"', 'The count rose from 50 to'],
    ['a number and "or"', 'They saw 12 or'],
  ])('a joiner with nothing after it does not fail: %s', async (_label, text) => {
    const q = (await quantitiesOf(text)).find((x) => x.max !== undefined);
    expect(q).toBeUndefined();
  });
});
