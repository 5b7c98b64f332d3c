import { beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../analysis.js';
import type { CodedEvent } from '../../core/index.js';

const parties = (e: CodedEvent) => `${e.type} ${e.actors.map((a) => a.country ?? '?').join('+')} -> ${e.recipients.map((a) => a.country ?? '?').join('+')}`;

async function coded(text: string): Promise<string[]> {
  const r = await analyze({ text }, { preExtracted: true, date: '2014-01-13' });
  return r.events.filter((e) => e.primary).map(parties);
}

describe('a country the event is aimed at is its unnamed recipient', () => {
  // The first analysis loads the models.
  beforeAll(async () => {
    await coded('Warm-up.');
  }, 120_000);

  test.each([
    // A 'to' destination the linker refuses as the event's place.
    ['British Defence Secretary Tom King has promised to continue military aid to war-torn Mozambique.', 'AGREE GBR -> MOZ'],
    // Coordinated targets are all recipients.
    ['Al-Qaeda has threatened to deliver devastating blows to the United States and Israel.', 'THREATEN IMG -> USA+ISR'],
  ])('%s', async (text, want) => {
    expect(await coded(text)).toContain(want);
  });

  test('the partner of a border noun locates and is no recipient', async () => {
    const got = await coded("Ethnic Albanians have sworn to fight until they gain control of villages near Macedonia's border with Bulgaria.");
    expect(got.some((e) => e.endsWith('BGR'))).toBe(false);
  });
});
