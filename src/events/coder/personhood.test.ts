import { beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../analysis.js';
import type { CodedEvent } from '../../core/index.js';

const parties = (e: CodedEvent) => `${e.type} ${e.actors.map((a) => a.country ?? '?').join('+')} -> ${e.recipients.map((a) => a.country ?? '?').join('+')}`;

async function coded(text: string): Promise<string[]> {
  const r = await analyze({ text }, { preExtracted: true, date: '2014-01-13' });
  return r.events.map(parties);
}

describe('a pronoun across sentences stands for an antecedent of its kind', () => {
  // The first analysis loads the models.
  beforeAll(async () => {
    await coded('Warm-up.');
  }, 120_000);

  test.each([
    // "He" passes over a body named since for the person before it.
    ['Kerry met officials of the Iranian government. The ministry rejected the offer. He urged Tehran to release prisoners.', 'REQUEST USA -> IRN'],
    // "It" stands for a state.
    ['Syria rejected the offer. It urged Tehran to release prisoners.', 'REQUEST SYR -> IRN'],
  ])('%s', async (text, want) => {
    expect(await coded(text)).toContain(want);
  });

  test('"it" does not stand for a person', async () => {
    expect(await coded('President Assad rejected the offer. It urged Tehran to release prisoners.')).not.toContain('REQUEST SYR -> IRN');
  });
});
