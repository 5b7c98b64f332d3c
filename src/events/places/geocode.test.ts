import { describe, expect, test } from 'vitest';
import { geocode, geocodeCandidates } from './geocode.js';

describe('geocode resolves news spellings', () => {
  test.each([
    ['Raqqa', 'SYR', 'city', 35.95],
    ['Ar Raqqah', 'SYR', 'city', 35.95],
    ['al-Bab', 'SYR', 'city', 36.37],
    ['Tel Abyad', 'SYR', 'city', 36.7],
    ['Geneva', 'CHE', 'city', 46.2],
    ['Genève', 'CHE', 'city', 46.2],
    ['Aleppo', 'SYR', 'city', 36.2],
    ['Damascus', 'SYR', 'city', 33.51],
    ['Kiev', 'UKR', 'city', 50.45],
    ['Peking', 'CHN', 'city', 39.9],
    ['Munich', 'DEU', 'city', 48.14],
    ['Paris', 'FRA', 'city', 48.85],
    ['Syria', 'SYR', 'country', 35],
    ['Anbar province', 'IRQ', 'region', undefined],
    ['Aleppo Governorate', 'SYR', 'region', undefined],
    ['Euphrates', 'SYR', 'feature', 35.95],
    ['East Ghouta', 'SYR', 'feature', 33.55],
    ['Gaza Strip', 'PSE', 'feature', 31.42],
  ])('%s → %s (%s)', (name, country, precision, lat) => {
    const place = geocode(name);
    expect(place?.country).toBe(country);
    expect(place?.precision).toBe(precision);
    if (lat !== undefined) expect(place?.lat).toBeCloseTo(lat, 1);
  });

  test('a region gets coordinates inside its country', () => {
    const anbar = geocode('Anbar province');
    expect(anbar?.lat).toBeGreaterThan(30);
    expect(anbar?.lat).toBeLessThan(35);
    expect(anbar?.lon).toBeGreaterThan(39);
    expect(anbar?.lon).toBeLessThan(45);
  });

  test('an unknown name geocodes to nothing', () => {
    expect(geocode('Xqzzyvv')).toBeUndefined();
  });
});

describe('disambiguation uses the article context', () => {
  test.each([
    ['Paris', undefined, 'FRA'],
    // A passing mention of a country does not rename a world city (a US town is 1,000× smaller).
    ['Paris', ['USA'], 'FRA'],
    ['Berlin', ['USA'], 'DEU'],
    ['Tripoli', ['LBN'], 'LBN'],
    ['Georgia', undefined, 'GEO'],
    ['Georgia', ['USA'], 'USA'],
    ['Damascus', ['SYR'], 'SYR'],
  ])('%s with %j → %s', (name, countries, expected) => {
    expect(geocode(name, countries ? { countries } : undefined)?.country).toBe(expected);
  });

  test('a region named in the article picks the town inside it', () => {
    expect(geocode('Paris', { countries: ['USA'], regions: ['Texas'] })?.admin1).toBe('TX');
  });

  test('candidates are ranked, not first-found, and distinct', () => {
    const ids = geocodeCandidates('Paris').map((p) => p.id);
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
