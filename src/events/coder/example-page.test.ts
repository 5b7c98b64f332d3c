import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../analysis.js';

const PAGE = new URL('../../../../shared/data/examples/independent-syria-ceasefire-2014.txt', import.meta.url);

describe.skipIf(!existsSync(PAGE))('example page (needs ../shared)', () => {
  test.each([
    ['CONSULT', 'meeting', 'occurred'],
    ['RETREAT', 'allow', 'intended'],
    ['ASSAULT', 'advancing', 'occurred'],
    ['ASSAULT', 'fighting', 'occurred'],
    ['ASSAULT', 'recaptured', 'occurred'],
    ['CONSULT', 'conference', 'planned'],
  ])('%s «%s» %s', async (type, trigger, status) => {
    const r = await analyze(PAGE.pathname, { date: '2014-01-13' });
    expect(r.events.some((e) => e.type === type && e.status === status && e.evidence.some((v) => v.trigger.text === trigger))).toBe(true);
  });
});
