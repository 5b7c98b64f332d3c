import { describe, expect, test } from 'vitest';
import { actorCandidates, droppedStateAliases, lookupActor } from './actors.js';

/** "COUNTRY SECTOR" of a lookup ("SYR GOV"), or "COUNTRY" when there is no sector. */
function code(phrase: string, date?: string): string | undefined {
  const a = lookupActor(phrase, date);
  return a ? [a.country, a.sector].filter(Boolean).join(' ') : undefined;
}

describe('lookupActor: country and sector', () => {
  test.each([
    ['Kerry', '2014-06-01', 'USA GOV'],
    ['Kerry', '2010-06-01', 'USA LEG'],
    ['Assad', '2014-06-01', 'SYR GOV'],
    ['Assad', '2025-03-01', 'SYR ELI'],
    ['Lavrov', '2014-06-01', 'RUS GOV'],
    ['Obama', '2014-06-01', 'USA GOV'],
    ['Cameron', '2014-06-01', 'GBR GOV'],
    ['Cameron', '2019-06-01', 'GBR ELI'],
    ['Ahmed al-Sharaa', '2025-03-01', 'SYR GOV'],
    // Heads of state/government and foreign ministers of 1985-2015, by the article date.
    ['Yeltsin', '1995-06-01', 'RUS GOV'],
    ['Shevardnadze', '1988-06-01', 'RUS GOV'],
    ['Shevardnadze', '1998-06-01', 'GEO GOV'],
    ['Bouteflika', '2005-06-01', 'DZA GOV'],
    ['Kofi Annan', '1999-06-01', 'UNO GOV'],
    ['Sharon', '1982-06-01', 'ISR MIL'],
    ['Jolani', '2020-03-01', 'SYR REB'],
    ['Washington', undefined, 'USA GOV'],
    ['Moscow', undefined, 'RUS GOV'],
    ['Kiev', undefined, 'UKR GOV'],
    ['the Kremlin', undefined, 'RUS GOV'],
    ['the Pentagon', undefined, 'USA MIL'],
    ['Downing Street', undefined, 'GBR GOV'],
    ['Élysée', undefined, 'FRA GOV'],
    ['the Russians', undefined, 'RUS'],
    ['Syrian', undefined, 'SYR'],
    ['Saudis', undefined, 'SAU'],
    ['Britain', undefined, 'GBR'],
    ['U.S.', undefined, 'USA'],
    ['US', undefined, 'USA'],
    ['Isis', undefined, 'IMG REB'],
    ['Daesh', undefined, 'IMG REB'],
    ['IS', undefined, 'IMG REB'],
    ['Nato', undefined, 'IGO'],
    ['UN Security Council', undefined, 'UNO GOV'],
    ['EU', undefined, 'EUR'],
    ['Hezbollah', undefined, 'LBN REB'],
    ['Houthis', undefined, 'YEM REB'],
    ['Taliban', '2019-01-01', 'AFG REB'],
    ['Taliban', '2023-01-01', 'AFG GOV'],
    ['HTS', '2020-01-01', 'SYR REB'],
    ['RSF', '2024-01-01', 'SDN REB'],
    ['RSF', '2020-01-01', 'SDN PRM'],
    ['Kosovo', undefined, 'KOS'],
    ['Greenland', undefined, 'DNK'],
    ['Transnistria', undefined, 'MDA PRE'],
  ])('%s (%s) -> %s', (phrase, date, expected) => {
    expect(code(phrase, date)).toBe(expected);
  });
});

describe('lookupActor: folding and collisions', () => {
  test.each([["al-Qa'ida"], ['al-Qaida'], ['Al Qaeda'], ['AL-QAEDA'], ['al Qaeda’s']])('%s is al-Qaeda', (phrase) => {
    expect(lookupActor(phrase)?.id).toBe('group:al-qaeda');
  });

  test.each([['us'], ['is'], ['who']])('the English word "%s" is no actor', (word) => {
    expect(lookupActor(word)).toBeUndefined();
  });

  test('"WHO" in capitals is the World Health Organization', () => {
    expect(lookupActor('WHO')?.org).toBe('WHO');
  });

  test('a demonym shared by two states resolves to neither', () => {
    expect(lookupActor('Congolese')).toBeUndefined();
  });

  test('a folded dependency keeps its own code as territory', () => {
    expect(lookupActor('Puerto Rico')?.territory).toBe('PRI');
  });

  test('a surname shared by two people is decided by the date', () => {
    expect(lookupActor('Assad', '1990-01-01')?.id).toBe('person:hafez-al-assad');
    expect(lookupActor('Assad', '2010-01-01')?.id).toBe('person:bashar-al-assad');
  });

  test('"the Pope" follows the date', () => {
    expect(lookupActor('the Pope', '2020-01-01')?.id).toBe('person:pope-francis');
    expect(lookupActor('the Pope', '2025-06-01')?.id).toBe('person:pope-leo-xiv');
  });

  test('without a date a person resolves to the latest role', () => {
    expect(lookupActor('Trump')?.from).toBe('2025-01-20');
  });

  test('a date outside every role falls back to the nearest role and says so', () => {
    const a = lookupActor('Raisi', '2025-01-01');
    expect([a?.sector, a?.dateMatched]).toEqual(['GOV', false]);
  });

  test('actorCandidates lists every claimant of a shared acronym', () => {
    expect(actorCandidates('RSF').map((r) => r.id).sort()).toEqual(['group:rsf-sudan', 'org:rsf-journalists']);
  });

  test('countries named like their capital are not dropped as ambiguous', () => {
    expect(droppedStateAliases()).not.toContain('djibouti');
    expect(lookupActor('Djibouti')?.kind).toBe('state');
  });
});

describe('people sharing a surname are told apart by the article date', () => {
  test.each([
    ['Bush', '1990-06-01', 'George H. W. Bush'],
    ['Bush', '2005-06-01', 'George W. Bush'],
    ['Castro', '2000-06-01', 'Fidel Castro'],
    ['Castro', '2012-06-01', 'Raúl Castro'],
  ])('%s in %s is %s', (alias, date, name) => {
    expect(lookupActor(alias, date)?.name).toBe(name);
  });
});
