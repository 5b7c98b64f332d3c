import { describe, expect, test } from 'vitest';
import { analyze } from './analysis.js';

const PAGE = [
  'Syrian rebels attacked Iraqi police in Mosul',
  '',
  'Fighting spreads across the border',
  '',
  'Syrian rebels attacked Iraqi police in Mosul on Monday, officials said. The police said the attack lasted two hours.',
  '',
].join('\n');

describe('events told in the title', () => {
  test('the same event in title and body is one event with a title evidence', async () => {
    const r = await analyze({ text: PAGE }, { date: '2014-01-13' });
    const attacks = r.events.filter((e) => e.type === 'ASSAULT' && e.actors[0]?.country === 'SYR');
    expect(attacks.map((e) => e.evidence.map((v) => v.field ?? 'body'))).toEqual([['body', 'title']]);
  });

  test('title evidence offsets index the title and the source page', async () => {
    const r = await analyze({ text: PAGE }, { date: '2014-01-13' });
    const ev = r.events.flatMap((e) => e.evidence).find((v) => v.field === 'title');
    expect([ev?.trigger.text, PAGE.slice(ev?.trigger.sourceStart, ev?.trigger.sourceEnd), r.title?.slice(ev?.trigger.start, ev?.trigger.end)]).toEqual(['attacked', 'attacked', 'attacked']);
  });

  test('an event told only in the title is kept, with an empty span in the body text', async () => {
    const text = ['Syrian rebels attacked Iraqi police', '', 'A day of unrest in the north', '', 'The weather in Mosul was fine on Monday. Markets opened late and schools stayed closed for the holiday.', ''].join('\n');
    const r = await analyze({ text }, { date: '2014-01-13' });
    expect(r.events.map((e) => [e.type, e.start, e.end, e.evidence[0]?.field])).toEqual([['ASSAULT', 0, 0, 'title']]);
  });
});
