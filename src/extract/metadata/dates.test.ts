import { describe, expect, test } from 'vitest';
import { dateFromUrl, findDateInText, normaliseDate } from './dates.js';

const NOW = Date.UTC(2024, 0, 1);

describe('normaliseDate', () => {
  test.each([
    ['2019-11-20T10:00:00Z', '2019-11-20T10:00:00Z'],
    ['2019-11-20T10:00:00+0100', '2019-11-20T10:00:00+01:00'],
    ['2019-11-20T10:00:00.123-05:00', '2019-11-20T10:00:00-05:00'],
    ['2019-11-20 10:00:00', '2019-11-20T10:00:00'],
    ['2019-11-20', '2019-11-20'],
    ['2019/11/20', '2019-11-20'],
    ['20191120', '2019-11-20'],
    ['Wed, 20 Nov 2019 10:00:00 GMT', '2019-11-20T10:00:00+00:00'],
    ['Mon, 18 Nov 2019 16:07:38 -0600', '2019-11-18T16:07:38-06:00'],
    ['November 20, 2019', '2019-11-20'],
    ['Nov. 20, 2019 10:00 a.m. EST', '2019-11-20T10:00:00-05:00'],
    ['20 November 2019', '2019-11-20'],
    ['20. März 2019', '2019-03-20'],
    ['20 de noviembre de 2019', '2019-11-20'],
    ['20.11.2019', '2019-11-20'],
    ['11/20/2019', '2019-11-20'],
    ['20/11/2019', '2019-11-20'],
    ['1574168580', '2019-11-19T13:03:00Z'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDate(input, { now: NOW })).toBe(expected);
  });

  test.each([
    ['year before 1990', '1989-12-31'],
    ['more than a day ahead', '2024-01-03'],
    ['day 31 of a 30-day month', '2019-11-31'],
    ['month 13', '2019-13-01'],
    ['ambiguous day/month', '05/06/2019'],
    ['no date', 'yesterday'],
    ['empty', ''],
  ])('rejects %s', (_label, input) => {
    expect(normaliseDate(input, { now: NOW })).toBeUndefined();
  });

  test('accepts a date within a day ahead (time zones)', () => {
    expect(normaliseDate('2024-01-01T20:00:00-05:00', { now: NOW })).toBe('2024-01-01T20:00:00-05:00');
  });
});

describe('findDateInText', () => {
  test.each([
    ['Published 20 November 2019', '2019-11-20', 'Published '.length],
    ['Monday 13 January 2014', '2014-01-13', 'Monday '.length],
    ['Posted on March 4, 2025 at 9:15 am', '2025-03-04T09:15:00', 'Posted on '.length],
  ])('%s', (text, value, index) => {
    expect(findDateInText(text, { now: Date.UTC(2026, 0, 1) })).toMatchObject({ value, index });
  });
});

describe('dateFromUrl', () => {
  test.each([
    ['https://x.example/2019/11/20/quake', '2019-11-20'],
    ['https://x.example/news/2019-11-20-quake', '2019-11-20'],
    ['https://x.example/world/2019/nov/20/quake', '2019-11-20'],
    ['https://x.example/20191120/quake', '2019-11-20'],
    ['https://x.example/2019/11/quake', undefined],
    ['https://x.example/article/12345678/quake', undefined],
    ['not a url', undefined],
  ])('%s', (url, expected) => {
    expect(dateFromUrl(url, { now: NOW })).toBe(expected);
  });
});
