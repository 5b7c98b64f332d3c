import { expect, test } from 'vitest';
import { bylineNames, classify, datelineDate, isBreadcrumb, isClutter, shapeOf } from './classify.js';

const NOW = Date.UTC(2026, 0, 1);

test.each([
  ['Share', true],
  ['Related Topics', true],
  ['READ NEXT', true],
  ['Advertisement', true],
  ['Comments:', true],
  ['Sign up', true],
  ['£40000 - £42000 per annum: Recruitment Genius: This is an exciting opportunity...', true],
  ['Negotiable per annum', true],
  ['12 comments', true],
  ['https://example.com/story', true],
  ['Follow us on Twitter', true],
  ['Sharon said the share price fell.', false],
  ['The US and Russia have discussed a ceasefire.', false],
])('isClutter(%j) = %s', (text, expected) => {
  expect(isClutter(text)).toBe(expected);
});

test.each([
  ['Home > World > Middle East', true],
  ['News » Europe » France', true],
  ['Home / Sport / Football', true],
  ['A > B', false],
  ['Profits rose > 10% as sales / costs > forecasts in the first quarter of the year', false],
])('isBreadcrumb(%j) = %s', (text, expected) => {
  expect(isBreadcrumb(text)).toBe(expected);
});

test.each([
  ['By Patrick Cockburn', ['Patrick Cockburn']],
  ['by Jane Smith and Omar Saleh', ['Jane Smith', 'Omar Saleh']],
  ['By Patrick Cockburn, Middle East Correspondent', ['Patrick Cockburn']],
  ['By the river, the army set up camp.', []],
  ['Patrick Cockburn', []],
])('bylineNames(%j)', (text, expected) => {
  expect(bylineNames(text)).toEqual(expected);
});

test.each([
  ['Monday 13 January 2014', '2014-01-13', false],
  ['13 January 2014', '2014-01-13', false],
  ['Published: January 13, 2014 at 10:23 am', '2014-01-13T10:23:00', false],
  ['Updated: 13 January 2014', '2014-01-13', true],
  ['By Patrick Cockburn Monday 13 January 2014', '2014-01-13', false],
])('datelineDate(%j)', (text, value, updated) => {
  expect(datelineDate(text, NOW)).toMatchObject({ value, updated });
});

test.each([
  ['The talks on 13 January 2014 ended without any agreement between the two sides.'],
  ['January 2014'],
])('datelineDate(%j) is undefined', (text) => {
  expect(datelineDate(text, NOW)).toBeUndefined();
});

test.each([
  ['The US and Russia have discussed a ceasefire in Syria and the delivery of humanitarian aid.', 'prose'],
  ['“Many of those executed had been wounded in the fighting,” he said of the prisoners.', 'prose'],
  ['Talks stalled.', 'sentence'],
  ['What happens next', 'heading'],
  ['Recruitment Genius: Works Engineer', 'heading'],
  ['Negotiable: Recruitment Genius: A works engineer is required in a progressive ...', 'other'],
  ['Robert Fisk on the terrorist group manipulation of the market to increase the price of artefacts', 'other'],
  ['Home > World > Middle East', 'breadcrumb'],
  ['Share', 'clutter'],
  ['By Jane Smith', 'byline'],
  ['Monday 13 January 2014', 'dateline'],
])('classify(%j) = %s', (text, kind) => {
  expect(classify(text, NOW)).toBe(kind);
});

test.each([
  ['Russia and US unite to push for Syria ceasefire', { words: 9, sentenceEnd: false, truncated: false }],
  ['He said “we talked.”', { words: 4, sentenceEnd: true }],
  ['This is an exciting opportunity...', { truncated: true }],
  ['Title Case Words Everywhere Here', { lowerShare: 0 }],
])('shapeOf(%j)', (text, expected) => {
  expect(shapeOf(text)).toMatchObject(expected);
});
