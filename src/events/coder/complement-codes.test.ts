/**
 * The CAMEO sub-code of an appeal, demand or threat from the act in its complement, through the whole
 * pipeline on sentences of our own ("urged X to release" is 0253, `lexicon/data/cameo-complements.json`).
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../analysis.js';

async function codesAt(text: string, trigger: string): Promise<string[]> {
  const r = await analyze({ text }, { preExtracted: true, date: '2014-01-13' });
  return r.events.filter((e) => e.evidence.some((v) => v.trigger.text === trigger)).map((e) => e.cameo);
}

describe('a speech act takes the sub-code of the act it asks for or threatens', () => {
  test.each([
    ['The minister urged the rebels to release the hostages.', 'urged', '0253'],
    ['The rebels threatened to attack the city.', 'threatened', '138'],
    ['The envoy urged both sides to meet in Geneva.', 'urged', '026'],
    ['The minister urged the rebels to act.', 'urged', '020'],
  ])('%s «%s» → %s', async (text, trigger, want) => {
    expect(await codesAt(text, trigger)).toEqual([want]);
  });
});
