import { describe, expect, test } from 'vitest';
import { analyze } from '../../analysis.js';

async function locations(text: string, trigger: string): Promise<string[]> {
  const r = await analyze({ text }, { preExtracted: true, date: '2014-01-13' });
  return r.events.filter((e) => e.evidence.some((v) => v.trigger.text === trigger)).map((e) => e.location?.text ?? '-');
}

describe('a territory-taking trigger gives one event per taken place', () => {
  test.each([
    ['Syrian rebels recaptured Idlib, the provincial capital, as well as Hama and Homs.', 'recaptured', ['Idlib', 'Hama', 'Homs']],
    ['Syrian rebels seized the town of Azaz and the city of Aleppo.', 'seized', ['Azaz', 'Aleppo']],
    // A place under a preposition is where the taken place lies, not taken itself.
    ['Syrian rebels recaptured Azaz on the border with Turkey.', 'recaptured', ['Azaz']],
  ])('%s', async (text, trigger, want) => {
    expect(await locations(text, trigger)).toEqual(want);
  });

  test.each([
    // Not a territory reading: the place is where the attack happened, once.
    ['Syrian rebels attacked Homs and Hama.', 'attacked'],
  ])('%s keeps one location', async (text, trigger) => {
    expect((await locations(text, trigger)).length).toBe(1);
  });
});
