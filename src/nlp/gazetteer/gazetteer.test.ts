import { expect, test } from 'vitest';
import { loadGazetteer } from './gazetteer.js';

// Everyday English names that the packages spell otherwise (world-countries now says "Türkiye").
test.each([
  ['Turkey', 'TR'],
  ['Britain', 'GB'],
  ['Syria', 'SY'],
  ['United States', 'US'],
])('%s is a country (%s)', (name, code) => {
  const words = name.split(' ');
  const hit = loadGazetteer().match(words, 0);
  expect([hit?.length, hit?.entries.find((e) => e.kind === 'country')?.country]).toEqual([words.length, code]);
});
