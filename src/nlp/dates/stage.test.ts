import { describe, expect, test } from 'vitest';
import { runStages } from '../test-doc.js';
import { tokensStage } from '../tokens/stage.js';
import { datesStage } from './stage.js';

const datesOf = async (text: string, published?: string) => {
  const doc = await runStages([text], [tokensStage, datesStage], published);
  return doc.layer('dates')!;
};

// Published on Monday 13 January 2014.
const PUB = '2014-01-13';

describe('dates stage', () => {
  test.each([
    ['a day-month date takes the year from the anchor', 'The conference is to be held on 22 January.', '22 January', '2014-01-22', 'day', 'inferred'],
    ['a full date is stated', 'It began on 15 March 2011 in Deraa.', '15 March 2011', '2011-03-15', 'day', 'stated'],
    ['a month alone is the nearest such month', 'Weapons were used in August.', 'August', '2013-08', 'month', 'inferred'],
    ['a month and year is stated', 'The revolt began in March 2011.', 'March 2011', '2011-03', 'month', 'stated'],
    ['a bare year after a preposition', 'He was elected in 2012.', '2012', '2012', 'year', 'stated'],
    ['yesterday', 'Troops withdrew yesterday.', 'yesterday', '2014-01-12', 'day', 'inferred'],
    ['a bare weekday is the most recent one', 'Rebels attacked on Friday.', 'Friday', '2014-01-10', 'day', 'inferred'],
    ['a bare weekday looks forward when the sentence does', 'Talks will resume on Thursday.', 'Thursday', '2014-01-16', 'day', 'inferred'],
    ['last month', 'Prices rose last month.', 'last month', '2013-12', 'month', 'inferred'],
  ])('%s', async (_name, text, expectedText, value, precision, certainty) => {
    const d = (await datesOf(text, PUB)).find((x) => x.text === expectedText);
    expect(d && { value: d.value, precision: d.precision, certainty: d.certainty }).toEqual({ value, precision, certainty });
  });

  // Published on Thursday 16 January 2014: the last Wednesday is the 15th, the next the 22nd;
  // the weekend just gone is 11–12 January, the coming one 18–19 January.
  test.each([
    ['a past verb after the date', 'Turkey on Wednesday accused Greece of stalling, and talks will go on.', 'Wednesday', '2014-01-15'],
    ['a past verb before the date', 'The rebels seized the town on Saturday, and aid will follow.', 'Saturday', '2014-01-11'],
    ['a perfect', 'Talks have broken down on Tuesday, officials will say.', 'Tuesday', '2014-01-14'],
    ['a passive past', 'The ministers were received on Friday; more visits will come.', 'Friday', '2014-01-10'],
    ['a future verb', 'The envoy will meet rebels on Monday.', 'Monday', '2014-01-20'],
    ['a plan', 'The vote is scheduled for Saturday.', 'Saturday', '2014-01-18'],
    ['"this" with a past verb', 'Protesters clashed with police this Wednesday.', 'this Wednesday', '2014-01-15'],
    ['"this" with a future verb', 'Ministers will meet this Friday.', 'this Friday', '2014-01-17'],
    ['the verb before the date, not an attribution after a comma', 'Details will be given at a meeting on Friday, the chairman said.', 'Friday', '2014-01-17'],
    ['"set" is past where no "to" follows', 'The union had set a deadline of Tuesday for an answer.', 'Tuesday', '2014-01-14'],
    ['"set to" looks forward', 'The bank is set to announce the terms on Monday.', 'Monday', '2014-01-20'],
    ['a future verb on the article\'s own weekday is that day', 'The council will vote on Thursday.', 'Thursday', '2014-01-16'],
    ['a conjunction starts another clause', 'He said that on Saturday the army will withdraw.', 'Saturday', '2014-01-18'],
  ])('a weekday goes by the tense of its verb: %s', async (_name, text, expectedText, value) => {
    const d = (await datesOf(text, '2014-01-16')).find((x) => x.text === expectedText);
    expect(d?.value).toBe(value);
  });

  test.each([
    ['a past verb', 'Police cleared the barricades this weekend.', 'this weekend', { start: '2014-01-11', end: '2014-01-12' }],
    ['no verb tells the time', 'Rallies this weekend.', 'this weekend', { start: '2014-01-18', end: '2014-01-19' }],
    ['a future verb', 'Protesters will march this weekend.', 'this weekend', { start: '2014-01-18', end: '2014-01-19' }],
    ['"over the weekend" with a future verb', 'The talks will continue over the weekend.', 'over the weekend', { start: '2014-01-18', end: '2014-01-19' }],
    ['"over the weekend" with a past verb', 'The talks continued over the weekend.', 'over the weekend', { start: '2014-01-11', end: '2014-01-12' }],
  ])('a weekend goes by the tense of its verb: %s', async (_name, text, expectedText, value) => {
    const d = (await datesOf(text, '2014-01-16')).find((x) => x.text === expectedText);
    expect(d?.value).toEqual(value);
  });

  test.each([
    ['in recent days', '700 people have died in recent days.', 'in recent days', { start: '2014-01-06', end: '2014-01-13' }, 'range'],
    ['late in a year', 'They hoped so in late 2011.', 'late 2011', { start: '2011-09-01', end: '2011-12-31' }, 'range'],
    ['over the weekend', 'Isis struck over the weekend.', 'over the weekend', { start: '2014-01-11', end: '2014-01-12' }, 'range'],
    ['earlier this week', 'He said so earlier this week.', 'earlier this week', { start: '2014-01-13', end: '2014-01-13' }, 'week'],
    ['last week', 'They met last week.', 'last week', { start: '2014-01-06', end: '2014-01-12' }, 'week'],
    ['the last two months', 'Units merged over the last two months.', 'over the last two months', { start: '2013-11-13', end: '2014-01-13' }, 'range'],
    ['a decade', 'It was built in the 1990s.', 'the 1990s', { start: '1990-01-01', end: '1999-12-31' }, 'range'],
  ])('own rule: %s', async (_name, text, expectedText, value, precision) => {
    const d = (await datesOf(text, PUB)).find((x) => x.text === expectedText);
    expect(d && { value: d.value, precision: d.precision }).toEqual({ value, precision });
  });

  test.each([
    ['22 January', 'The conference is on 22 January.'],
    ['in recent days', 'Many died in recent days.'],
    ['yesterday', 'They left yesterday.'],
    ['over the weekend', 'They struck over the weekend.'],
  ])('without a publication date leaves "%s" unresolved, with a reason', async (expectedText, text) => {
    const d = (await datesOf(text)).find((x) => x.text === expectedText);
    expect(d?.value).toBeNull();
    expect(d?.reason).toMatch(/no publication date/);
  });

  test('without a publication date a full date is still resolved', async () => {
    const d = (await datesOf('It began on 15 March 2011.')).find((x) => x.text === '15 March 2011');
    expect(d?.value).toBe('2011-03-15');
  });

  test.each([
    ['"now" is not a date', 'They are now fighting.'],
    ['a lower-case month word is not a date', 'They may march on the capital.'],
    ['a clock time alone is not a date', 'The blast came at 3pm.'],
    ['a count is not a year', 'It has 1,200 groups.'],
  ])('%s', async (_name, text) => {
    expect(await datesOf(text, PUB)).toEqual([]);
  });
});
