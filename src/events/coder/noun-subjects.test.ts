import { describe, expect, test } from 'vitest';
import { analyze } from '../../analysis.js';

const attackers = async (text: string) => {
  const r = await analyze({ text }, { preExtracted: true, date: '2014-01-13' });
  return r.events.filter((e) => e.type === 'ASSAULT').map((e) => e.actors.map((a) => `${a.country ?? '?'}/${a.sector ?? '?'}`).join('+'));
};

describe('the subject of a light verb with a particle acts in its event noun', () => {
  test.each([
    ['Kurdish rebels carried out the bombing in Ankara.', 'TUR/REB'],
    ['Palestinian militants carried out a raid on the settlement.', 'PSE/REB'],
  ])('%s', async (text, want) => {
    expect(await attackers(text)).toContain(want);
  });
});
