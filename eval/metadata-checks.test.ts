import { expect, test } from 'vitest';
import { bylineNames, titleIsVisible, withinADay } from './metadata-checks.js';

test.each([
  ['South Dakota doubles down on ‘Meth’', '<nav/> south dakota  doubles down on \'meth\' and more', true],
  ['Quake hits coast', 'Quake hits the coast', false],
])('titleIsVisible(%j)', (title, text, expected) => {
  expect(titleIsVisible(title, text)).toBe(expected);
});

test.each([
  ['2019-11-19T01:19:34Z', '2019-11-18', true],
  ['2019-11-20', '2019-11-20', true],
  ['2019-11-22', '2019-11-20', false],
  ['garbage', '2019-11-20', false],
])('withinADay(%j, %j)', (published, date, expected) => {
  expect(withinADay(published, date)).toBe(expected);
});

test.each([
  ['DANICA KIRKA, JILL LAWLESS Associated Press', ['Danica Kirka', 'Jill Lawless'], true],
  ['Victor Tangermann, Futurism', ['Victor Tangermann'], true],
  ['Jane Smith', ['Omar Saleh'], false],
])('bylineNames(%j)', (byline, names, expected) => {
  expect(bylineNames(byline, names)).toBe(expected);
});
