import { beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../analysis.js';
import type { CodedEvent } from '../../core/index.js';

const parties = (e: CodedEvent) => `${e.type} ${e.status} ${e.actors.map((a) => a.country ?? '?').join('+')} -> ${e.recipients.map((a) => a.country ?? '?').join('+')}`;

async function coded(text: string): Promise<string[]> {
  const r = await analyze({ text }, { preExtracted: true, date: '2014-01-13' });
  return r.events.map(parties);
}

describe('a named source alleging that another party attacked', () => {
  // The first analysis loads the models.
  beforeAll(async () => {
    await coded('Warm-up.');
  }, 120_000);

  test.each([
    ['The US claimed that ISIL fighters had attacked Iraqi troops.', ['ACCUSE occurred USA -> IMG', 'ASSAULT claimed IMG -> IRQ']],
    ['Syria said Israeli jets bombed a military base near Damascus.', ['ACCUSE occurred SYR -> ISR']],
  ])('%s: an accusation, and the attack as told', async (text, want) => {
    const got = await coded(text);
    for (const w of want) expect(got).toContain(w);
  });

  test.each([
    // The source reports its own attack: PLOVER codes the attack.
    ['The US claimed that they had attacked Iraq.'],
    ['Militants loyal to Zarqawi said they attempted to assassinate Prime Minister Iyad Allawi.'],
  ])('%s: no accusation', async (text) => {
    expect((await coded(text)).some((e) => e.startsWith('ACCUSE'))).toBe(false);
  });
});
