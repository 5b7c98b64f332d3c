import { expect, test } from 'vitest';
import { headlinePart, stripSiteName } from './title.js';

test.each([
  ['Floods spread | The Guardian', ['The Guardian'], undefined, 'Floods spread'],
  ['Floods spread | The Guardian', [], 'www.theguardian.com', 'Floods spread'],
  ['Stocks fall - WSJ', [], 'www.wsj.com', 'Stocks fall'],
  ['Stocks fall - Wall Street Journal', [], 'www.wsj.com', 'Stocks fall'],
  ['BBC News - Storm hits coast', [], 'www.bbc.co.uk', 'Storm hits coast'],
  ['Storm hits coast - live updates | Herald', ['Herald'], undefined, 'Storm hits coast - live updates'],
  ['Storm hits coast', ['Herald'], undefined, 'Storm hits coast'],
  ['About bugs – Vortex Cannon Entertainment', [], 'vortexcannon.org', 'About bugs'],
  ['Storm hits coast – Herald Tribune Online Edition For The Region', [], 'herald.example', 'Storm hits coast – Herald Tribune Online Edition For The Region'],
  ['Herald', ['Herald'], undefined, 'Herald'],
  ['Storm hits coast - Analysis', [], 'x.example', 'Storm hits coast - Analysis'],
])('stripSiteName(%j)', (title, sites, host, expected) => {
  expect(stripSiteName(title, sites, host)).toBe(expected);
});

test.each([
  ['Storm closes schools - Herald', 'Storm closes schools'],
  ['Herald | Storm closes schools across the county', 'Storm closes schools across the county'],
  ['No separator here', 'No separator here'],
])('headlinePart(%j)', (title, expected) => {
  expect(headlinePart(title)).toBe(expected);
});
