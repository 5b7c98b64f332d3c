import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../analysis.js';

const PAGE = new URL('../../../../shared/data/examples/independent-syria-ceasefire-2014.txt', import.meta.url);

describe.skipIf(!existsSync(PAGE))('example page (needs ../shared)', () => {
  test.each([
    ['CONSULT', 'meeting', 'occurred', undefined],
    // PLOVER's future shift: an intended retreat is CONCEDE, a planned meeting AGREE.
    ['CONCEDE', 'allow', 'intended', 'RETREAT'],
    ['ASSAULT', 'advancing', 'occurred', undefined],
    ['ASSAULT', 'fighting', 'occurred', undefined],
    ['ASSAULT', 'recaptured', 'occurred', undefined],
    ['AGREE', 'conference', 'planned', 'CONSULT'],
  ])('%s «%s» %s', async (type, trigger, status, from) => {
    const r = await analyze(PAGE.pathname, { date: '2014-01-13' });
    expect(r.events.some((e) => e.type === type && e.status === status && e.shiftedFrom === from && e.evidence.some((v) => v.trigger.text === trigger))).toBe(true);
  });
});
