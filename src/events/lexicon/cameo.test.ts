import { describe, expect, test } from 'vitest';
import { cameoInfo, cameoTable } from './cameo.js';

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
