import { describe, expect, test } from 'vitest';
import { cameoInfo, cameoTable, complementCameo, refineCameo } from './cameo.js';

describe('cameoInfo', () => {
  test.each([
    ['190', -10],
    ['057', 8],
    ['0874', 10],
    ['173', -5],
    ['036', 4],
  ])('Goldstein of %s is %d', (code, score) => {
    expect(cameoInfo(code)?.goldstein).toBe(score);
  });

  test.each([
    ['040', 'CONSULT', undefined],
    ['036', 'AGREE', undefined],
    ['0871', 'RETREAT', 'ceasefire'],
    ['081', 'CONCEDE', undefined],
    ['116', 'SANCTION', 'convict'],
    ['192', 'ASSAULT', undefined],
    ['191', 'COERCE', 'restrict'],
    ['1952', 'ASSAULT', 'drone'],
    ['026', 'REQUEST', 'meet'],
  ])('%s maps to PLOVER %s/%s', (code, type, mode) => {
    const p = cameoInfo(code)?.plover;
    expect([p?.type, p?.mode]).toEqual([type, mode]);
  });

  test('public statements (CAMEO 01) have no PLOVER type', () => {
    expect(cameoInfo('010')?.plover).toBeUndefined();
  });

  test('codes missing from the published Goldstein table inherit the parent and say so', () => {
    expect(cameoInfo('1951')).toMatchObject({ goldstein: -10, goldsteinInherited: true });
  });

  test('an unknown code is undefined', () => {
    expect(cameoInfo('999')).toBeUndefined();
  });

  test('the table covers the CAMEO 1.1b3 code list', () => {
    expect(cameoTable().size).toBeGreaterThanOrEqual(300);
  });
});

describe('refineCameo', () => {
  const assault = (cameo: string, trigger: string, after: string, actor?: { text: string; sector?: string }) => ({ type: 'ASSAULT', cameo, trigger, after, ...(actor ? { actor } : {}) });

  test.each([
    ['killed in a suicide bombing', assault('190', 'killed', ' in a suicide bombing outside the market.'), '1831'],
    ['a car bomb as the instrument', assault('190', 'wounded', ' when a car bomb went off near the station.'), '1832'],
    ['a roadside bomb as the actor', assault('190', 'killed', ' two soldiers on the highway.', { text: 'A roadside bomb', sector: 'UNK' }), '1833'],
    ['an explosive device', assault('190', 'killed', ' by an explosive device hidden in a bag.'), '1834'],
    ['a drone strike', assault('190', 'killed', ' in a drone strike on their convoy.'), '1952'],
    ['aircraft as the actor', assault('190', 'killed', ' twelve villagers.', { text: 'Government helicopters', sector: 'MIL' }), '195'],
    ['armed forces that bomb', assault('183', 'bombed', ' rebel positions overnight.', { text: 'the army', sector: 'MIL' }), '195'],
    ['a bomb attack as the instrument', assault('190', 'wounded', ' three guards in a bomb attack on Friday.', { text: 'insurgents', sector: 'REB' }), '183'],
    ['tank fire', assault('190', 'killed', ' four people with tank fire and artillery.'), '194'],
    ['a gunbattle', assault('190', 'killed', ' two men in a gunbattle near the border.'), '193'],
    ['machetes', assault('190', 'attacked', ' a village with machetes and clubs.', { text: 'militiamen', sector: 'REB' }), '180'],
    ['a bridge blown up', assault('183', 'blew', ' up the old railway bridge over the river.', { text: 'saboteurs', sector: 'REB' }), '1712'],
    ['a leader as the victim', assault('190', 'killed', ' the regional governor and his driver.', { text: 'gunmen', sector: 'REB' }), '186'],
    ['aircraft take part in shelling (195 over 194)', assault('194', 'shelled', ' the village overnight.', { text: 'Helicopters and tanks', sector: 'MIL' }), '195'],
    ['an attempted assassination', { ...assault('186', 'assassinate', ' the mayor on Tuesday.'), before: 'Two men attempted to ' }, '185'],
    ['a failed assassination', { ...assault('186', 'assassination', ' of the senator.'), before: 'Police foiled a failed ' }, '185'],
    ['an attempt to kill a leader', { ...assault('190', 'kill', ' the provincial governor.'), before: 'Gunmen tried to ' }, '185'],
  ])('%s', (_, input, code) => {
    expect(refineCameo(input)?.cameo).toBe(code);
  });

  test.each([
    ['no weapon named (the codebook default 190)', assault('190', 'killed', ' three soldiers near the base on Monday.', { text: 'gunmen', sector: 'REB' })],
    ['a specific trigger code is kept', assault('192', 'captured', ' the town after a bomb attack.')],
    ['a bombing by an unnamed actor stays non-military', assault('183', 'bombed', ' a bus station.', { text: 'militants', sector: 'REB' })],
    ['a leader named far from the trigger is no victim', assault('190', 'killed', ' five people, police said, a day after the minister visited.')],
    ['a blast that kills is a bombing, not property destroyed', assault('183', 'blew', ' up a house, killing four people.', { text: 'militants', sector: 'REB' })],
    ['tank fire with no aircraft keeps 194', assault('194', 'shelled', ' the village with tanks.', { text: 'the army', sector: 'MIL' })],
    ['an assassination with no attempt word stays 186', { ...assault('186', 'assassinated', ' the mayor.'), before: 'Unknown gunmen ' }],
    ['an attempt word far before the trigger is not read', { ...assault('186', 'assassinated', ' the mayor.'), before: 'After a failed bid for office last year, the rebels ' }],
    ['other types are left alone', { type: 'PROTEST', cameo: '140', trigger: 'marched', after: ' with a bomb.' }],
  ])('%s', (_, input) => {
    expect(refineCameo(input)).toBeUndefined();
  });

  test('the Goldstein score and PLOVER mode follow the refined code', () => {
    expect(refineCameo(assault('190', 'killed', ' in a suicide attack.'))).toEqual({ cameo: '1831', goldstein: -10, mode: 'suicide-attack' });
  });
});

describe('complementCameo', () => {
  test.each([
    ['an appeal to release people', '020', '0841', '0253'],
    ['a demand to release people', '100', '0841', '1053'],
    ['an appeal for a ceasefire', '020', '0871', '0256'],
    ['an appeal to meet', '020', '040', '026'],
    ['a demand for aid', '100', '073', '103'],
    ['a threat to attack', '130', '190', '138'],
    ['a threat of sanctions', '130', '163', '1312'],
  ])('%s: %s with %s -> %s', (_, speech, act, code) => {
    expect(complementCameo(speech, act)?.cameo).toBe(code);
  });

  test.each([
    ['a specific speech code is kept', '0233', '0841'],
    ['an act with no sub-code', '020', '111'],
    ['a threat to release has no threat sub-code', '130', '0841'],
    ['a non-speech code is left alone', '190', '0841'],
  ])('%s', (_, speech, act) => {
    expect(complementCameo(speech, act)).toBeUndefined();
  });

  test('the Goldstein score and mode follow the sub-code', () => {
    expect(complementCameo('020', '0841')).toEqual({ cameo: '0253', goldstein: cameoInfo('0253')?.goldstein, mode: 'yield' });
  });
});
