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

  test.each([
    // No subject agrees with "it": the one state named in the sentence before.
    ['Talks were delayed over whether Iran should attend. Mr Kerry said the talks could go ahead only if it agreed to the agenda.', 'AGREE IRN -> '],
    ['President Smith criticised Egypt on Monday. It rejected the charge.', 'REJECT EGY -> '],
    // "He": the one person named, the subject being a state.
    ['Britain summoned the Iranian ambassador. He rejected the charges.', 'REJECT IRN -> '],
  ])('no subject agrees: %s', async (text, want) => {
    expect(await coded(text)).toContain(want);
  });

  test.each([
    // Two states agree with "it": the text does not tell which.
    ['President Smith criticised Egypt over its ties with Qatar. It rejected the charge.', 'REJECT'],
    // "They" is not read from a non-subject mention.
    ['President Smith criticised Egypt and Qatar. They rejected the charge.', 'REJECT'],
  ])('no single agreeing antecedent: %s', async (text, type) => {
    expect((await coded(text)).filter((e) => e.startsWith(type))).toEqual([]);
  });

  test('"it" does not stand for a person', async () => {
    expect(await coded('President Assad rejected the offer. It urged Tehran to release prisoners.')).not.toContain('REQUEST SYR -> IRN');
  });
});
