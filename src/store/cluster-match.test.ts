import { describe, expect, test } from 'vitest';
import type { ClusterProfile } from './cluster-match.js';
import { actorKeys, actorNameKey, dayRange, haversineKm, matchScore, mergeProfile, statusClass } from './cluster-match.js';
import { actor, testEvent } from './test-bundles.js';

const BASE: ClusterProfile = {
  type: 'ASSAULT',
  statusClass: 'factual',
  dateStart: '2016-05-03',
  dateEnd: '2016-05-03',
  lat: 36.2,
  lon: 37.16,
  admin1: 'Aleppo',
  country: 'SYR',
  actorKeys: ['n:syrian army', 'c:SYR'],
};

describe('matchScore', () => {
  test.each<[string, Partial<ClusterProfile>, boolean]>([
    ['the same report', {}, true],
    ['two days later', { dateStart: '2016-05-05', dateEnd: '2016-05-05' }, true],
    ['three days later', { dateStart: '2016-05-06', dateEnd: '2016-05-06' }, false],
    ['40 km away', { lat: 36.55, lon: 37.16, admin1: 'Idlib' }, true],
    ['100 km away in the same admin1', { lat: 37.1, lon: 37.16 }, true],
    ['100 km away in another admin1', { lat: 37.1, lon: 37.16, admin1: 'Idlib' }, false],
    ['unlocated, same country', { lat: null, lon: null }, true],
    ['unlocated, another country', { lat: null, lon: null, country: 'TUR', admin1: null }, false],
    ['another type', { type: 'PROTEST' }, false],
    ['another status class', { statusClass: 'negated' }, false],
    ['only the country shared', { actorKeys: ['n:rebels', 'c:SYR'] }, true],
    ['no actor shared', { actorKeys: ['n:rebels', 'c:TUR'] }, false],
    ['no actor named, same place', { actorKeys: [] }, true],
  ])('%s', (_label, change, same) => {
    expect(matchScore(BASE, { ...BASE, ...change }) !== null).toBe(same);
  });

  test('a shared name scores above a shared country', () => {
    const byName = matchScore(BASE, { ...BASE, actorKeys: ['n:syrian army'] }) ?? 0;
    const byCountry = matchScore(BASE, { ...BASE, actorKeys: ['c:SYR'] }) ?? 0;
    expect(byName > byCountry).toBe(true);
  });
});

describe('cluster profiles', () => {
  test('merging widens the dates and keeps the first place', () => {
    const merged = mergeProfile(BASE, { ...BASE, dateStart: '2016-05-04', dateEnd: '2016-05-04', lat: 36.3, actorKeys: ['n:rebels'] });
    expect([merged.dateStart, merged.dateEnd, merged.lat, merged.actorKeys]).toEqual(['2016-05-03', '2016-05-04', 36.2, ['n:syrian army', 'c:SYR', 'n:rebels']]);
  });

  test.each<[Parameters<typeof dayRange>[0], string | null, [string | null, string | null]]>([
    ['2016-05-03', null, ['2016-05-03', '2016-05-03']],
    ['2016-05', null, ['2016-05-01', '2016-05-31']],
    ['2016', null, ['2016-01-01', '2016-12-31']],
    [{ start: '2016-05-01', end: '2016-05-04' }, null, ['2016-05-01', '2016-05-04']],
    [undefined, '2016-05-09', ['2016-05-09', '2016-05-09']],
    [undefined, null, [null, null]],
  ])('dayRange(%j, %j)', (date, fallback, want) => {
    expect(dayRange(date, fallback)).toEqual(want);
  });

  test('actor keys skip recipients taken from the place and non-state codes', () => {
    const e = testEvent('e1', 'x', 'x', 0, { actors: [actor('The U.N.', 'UNO', 'IGO')], recipients: [{ ...actor('Syria', 'SYR'), from: 'place' }] });
    expect(actorKeys(e)).toEqual(['n:u n']);
  });

  test.each([
    ['The Syrian Army', 'syrian army'],
    ['Hezbollah’s fighters', 'hezbollah s fighters'],
    ['Zürich police', 'zurich police'],
  ])('actorNameKey(%s)', (name, key) => {
    expect(actorNameKey(name)).toBe(key);
  });

  test.each([
    ['occurred', 'factual'],
    ['claimed', 'factual'],
    ['negated', 'negated'],
  ])('statusClass(%s)', (status, cls) => {
    expect(statusClass(status)).toBe(cls);
  });

  test('haversine: Aleppo to Damascus is about 310 km', () => {
    expect(Math.round(haversineKm(36.2, 37.16, 33.51, 36.29) / 10)).toBe(31);
  });
});
