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
    expect([ev?.actors[0]?.name, ev?.recipients[0]?.text, ev?.dead?.value, ev?.dead?.qualifier, ev?.status]).toEqual(['Islamic State', '100 opponents', 100, 'upper', 'claimed']);
  });
});
