import { expect, test } from 'vitest';
import { mergePoints, toPlacePoints } from './load.js';
import type { MapPlace } from './load.js';

const place = (name: string, lat: number, lon: number, events: number, types: Record<string, number>): MapPlace => ({ name, country: 'SYR', lat, lon, events, dead: events, sources: events * 2, types });

test.each([
  ['one point per place', [place('Aleppo', 36.2, 37.16, 3, { ASSAULT: 3 }), place('Homs', 34.73, 36.72, 1, { AID: 1 })], [['Aleppo', 3, 3, 6, { ASSAULT: 3 }], ['Homs', 1, 1, 2, { AID: 1 }]]],
  ['two names at one point add up, the busier name kept', [place('Halab', 36.2, 37.16, 1, { AID: 1 }), place('Aleppo', 36.2, 37.16, 4, { ASSAULT: 3, AID: 1 })], [['Aleppo', 5, 5, 10, { ASSAULT: 3, AID: 2 }]]],
])('toPlacePoints: %s', (_name, places, expected) => {
  expect(toPlacePoints(places).map((p) => [p.name, p.events, p.dead, p.sources, p.byType])).toEqual(expected);
});

test('mergePoints keeps the first answer\'s points and adds only new ones', () => {
  const base = toPlacePoints([place('Aleppo', 36.2, 37.16, 3, { ASSAULT: 3 })]);
  const area = toPlacePoints([place('Aleppo', 36.2, 37.16, 2, { ASSAULT: 2 }), place('Azaz', 36.59, 37.05, 1, { AID: 1 })]);
  expect(mergePoints(base, area).map((p) => [p.name, p.events])).toEqual([['Aleppo', 3], ['Azaz', 1]]);
});
