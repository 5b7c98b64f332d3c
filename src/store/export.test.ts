import { describe, expect, test } from 'vitest';
import { eventsCsv } from './export.js';
import type { EventActorRow, EventRow } from './types.js';

const actor = (country: string): EventActorRow => ({ name: country, country, sector: null });
const event = (actors: string[], recipients: string[]): EventRow => ({ id: 'e1', type: 'CONSULT', cameo: '040', context: [], documents: [], evidence: [], actors: actors.map(actor), recipients: recipients.map(actor) }) as unknown as EventRow;
/** Actor1CountryCode>Actor2CountryCode of each data line. */
const pairs = (csv: string) => csv.trim().split('\n').slice(1).map((line) => { const f = line.split(','); return `${f[3]}>${f[6]}`; });

describe('CSV dyads', () => {
  test.each([
    // A joint event (several actors, no recipient) is one row per ordered pair, as GDELT codes it.
    [event(['USA', 'RUS'], []), ['USA>RUS', 'RUS>USA']],
    // Otherwise one row: first actor, first recipient.
    [event(['USA'], ['IRQ']), ['USA>IRQ']],
    [event(['USA'], []), ['USA>']],
  ])('%#', (e, want) => {
    expect(pairs(eventsCsv([e], () => null))).toEqual(want);
  });
});
