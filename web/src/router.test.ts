import { expect, test } from 'vitest';
import { matchRoute, paths } from './router.js';

test.each([
  ['/', { name: 'events' }],
  ['/events', { name: 'events' }],
  ['/events/', { name: 'events' }],
  ['/events/abc%3Aev1', { name: 'event', id: 'abc:ev1' }],
  ['/actors/Syrian%20army', { name: 'actor', id: 'Syrian army' }],
  ['/places/Aleppo', { name: 'place', id: 'Aleppo' }],
  ['/timeline', { name: 'timeline' }],
  ['/map/', { name: 'map' }],
  ['/network', { name: 'network' }],
  ['/analyze', { name: 'analyze' }],
  ['/actors/%E0%A4%A', { name: 'actor', id: '%E0%A4%A' }],
  ['/timeline/extra', { name: 'not-found', path: '/timeline/extra' }],
  ['/events/a/b', { name: 'not-found', path: '/events/a/b' }],
  ['/nowhere', { name: 'not-found', path: '/nowhere' }],
])('%s → %o', (path, route) => {
  expect(matchRoute(path)).toEqual(route);
});

test.each([
  [paths.event('abc:ev1'), { name: 'event', id: 'abc:ev1' }],
  [paths.actor('Al-Nusra / Front'), { name: 'actor', id: 'Al-Nusra / Front' }],
  [paths.place('Tall Abyad'), { name: 'place', id: 'Tall Abyad' }],
])('%s round-trips', (path, route) => {
  expect(matchRoute(path)).toEqual(route);
});
