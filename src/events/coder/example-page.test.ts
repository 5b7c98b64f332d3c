import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../analysis.js';

const PAGE = new URL('../../../../shared/data/examples/independent-syria-ceasefire-2014.txt', import.meta.url);

describe.skipIf(!existsSync(PAGE))('example page (needs ../shared)', () => {
  test.each([
    ['CONSULT', 'meeting', 'occurred', undefined],
    // PLOVER's shifts: an expressed willingness to retreat ("willing to allow") is AGREE, a planned meeting AGREE.
    ['AGREE', 'allow', 'intended', 'RETREAT'],
    ['ASSAULT', 'advancing', 'occurred', undefined],
    ['ASSAULT', 'fighting', 'occurred', undefined],
    ['ASSAULT', 'recaptured', 'occurred', undefined],
    ['AGREE', 'conference', 'planned', 'CONSULT'],
  ])('%s «%s» %s', async (type, trigger, status, from) => {
    const r = await analyze(PAGE.pathname, { date: '2014-01-13' });
    expect(r.events.some((e) => e.type === type && e.status === status && e.shiftedFrom === from && e.evidence.some((v) => v.trigger.text === trigger))).toBe(true);
  });

  test('the US/Russia push for a ceasefire is coded from the title, with its place in the page', async () => {
    const r = await analyze(PAGE.pathname, { date: '2014-01-13' });
    const push = r.events.filter((e) => e.type === 'REQUEST' && e.evidence.some((v) => v.field === 'title' && v.trigger.text === 'push for'));
    expect(push.map((e) => e.actors[0]?.country).sort()).toEqual(['RUS', 'USA']);
  });

  test('the Kerry–Lavrov meeting told in body and title is one event with both evidences', async () => {
    const r = await analyze(PAGE.pathname, { date: '2014-01-13' });
    const meeting = r.events.find((e) => e.type === 'CONSULT' && e.evidence.some((v) => v.trigger.text === 'meeting'));
    expect(meeting?.evidence.map((v) => v.field ?? 'body')).toEqual(['body', 'title']);
  });

  test('recaptured gives one event per taken place', async () => {
    const r = await analyze(PAGE.pathname, { date: '2014-01-13' });
    const taken = r.events.filter((e) => e.evidence.some((v) => v.trigger.text === 'recaptured')).map((e) => e.location?.text);
    expect(taken).toEqual(['Raqqa', 'al-Bab', 'Tel Abyad']);
  });

  test('the killed prisoners: Isis, the opponents, dead as many as 100', async () => {
    const r = await analyze(PAGE.pathname, { date: '2014-01-13' });
    const ev = r.events.find((e) => e.evidence.some((v) => v.trigger.text === 'killed' && v.text.includes('taken prisoner')));
    expect([ev?.actors[0]?.name, ev?.recipients[0]?.text, ev?.dead?.max, ev?.status]).toEqual(['Islamic State', '100 opponents', 100, 'claimed']);
  });

  test('the 70 bodies count the killed prisoners: dead 70 to 100, with the bodies sentence as evidence', async () => {
    const r = await analyze(PAGE.pathname, { date: '2014-01-13' });
    const ev = r.events.find((e) => e.evidence.some((v) => v.trigger.text === 'killed' && v.text.includes('taken prisoner')));
    expect([ev?.dead?.value, ev?.dead?.max, ev?.dead?.qualifier, ev?.evidence.map((v) => v.trigger.text)]).toEqual([70, 100, 'range', ['killed', 'bodies']]);
  });

  test.each([['2014-01-13'], [undefined]])('the meeting is one event, Kerry coded by his title in body and title (date %s)', async (date) => {
    const r = await analyze(PAGE.pathname, date === undefined ? {} : { date });
    const meetings = r.events.filter((e) => e.type === 'CONSULT' && e.actors.some((a) => a.name === 'John Kerry'));
    expect(meetings.map((e) => [e.evidence.map((v) => v.field ?? 'body'), e.actors.map((a) => `${a.country}/${a.sector}`)])).toEqual([[['body', 'title'], ['USA/GOV', 'RUS/GOV']]]);
  });

  test('the ceasefire the powers push for is no event of its own', async () => {
    const r = await analyze(PAGE.pathname);
    expect(r.events.filter((e) => e.evidence.some((v) => v.trigger.text === 'ceasefire'))).toEqual([]);
  });

  test('the rebels\' civil war is not located in Russia, an actor of the sentence', async () => {
    const r = await analyze(PAGE.pathname);
    const war = r.events.find((e) => e.evidence.some((v) => v.trigger.text === 'war' && v.text.startsWith('The US and Russia')));
    expect([war?.type, war?.actors[0]?.sector, war?.location?.country]).toEqual(['ASSAULT', 'REB', 'SYR']);
  });
});
