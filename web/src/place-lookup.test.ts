import { expect, test } from 'vitest';
import type { PlaceSummary } from './api-types.js';
import { matchPlace } from './place-lookup.js';

const place = (name: string, events: number): PlaceSummary => ({ name, country: 'SYR', admin1: null, lat: 0, lon: 0, precision: 'city', events });
const PLACES = [place('Aleppo', 90), place('Aleppo Governorate', 40), place('Azaz', 10), place('aleppo', 1)];

test.each([
  ['Aleppo', 'Aleppo', 90],
  ['aleppo', 'aleppo', 1],
  ['ALEPPO', 'Aleppo', 90],
  ['Alep', 'Aleppo', 90],
  ['  Azaz ', 'Azaz', 10],
  ['Geneva', undefined, undefined],
  ['', undefined, undefined],
])('%j → %s', (name, expected, events) => {
  const hit = matchPlace(PLACES, name);
  expect([hit?.name, hit?.events]).toEqual([expected, events]);
});
