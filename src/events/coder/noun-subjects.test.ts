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

describe('whoever claims responsibility for an attack noun is its attacker', () => {
  test.each([
    ['The Taliban claimed responsibility for the ambush near the border.', 'AFG/REB'],
    ["The Taliban claimed responsibility for Tuesday's suicide bombing in Kabul.", 'AFG/REB'],
    ['Al-Shabaab has claimed responsibility for the twin bombings.', 'SOM/REB'],
  ])('%s', async (text, want) => {
    expect(await attackers(text)).toContain(want);
  });
});

describe('a claim for an attack told before names that attack’s attacker: one event', () => {
  test.each([
    ['Gunmen opened fire on a bus in Peshawar on Monday, killing nine people. The Taliban claimed responsibility for the attack.', ['AFG/REB']],
    ['Three gunmen stormed a hotel in Mogadishu on Friday, killing 12 guests. Al-Shabaab claimed responsibility for the raid.', ['SOM/REB']],
    // An attack whose attacker is named is another attack than the one claimed.
    ['Israeli jets struck targets in Gaza on Friday. Hamas claimed responsibility for the rocket attack on Sderot.', ['ISR/MIL', 'PSE/REB']],
  ])('%s', async (text, want) => {
    expect(await attackers(text)).toEqual(want);
  });
});
