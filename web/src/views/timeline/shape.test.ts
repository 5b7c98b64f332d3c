import { describe, expect, test } from 'vitest';
import { autoInterval, brushToRange, centralRange, dayMs, floorToPeriod, focusShape, shapeTimeline, timeDomain } from './shape.js';
import type { TimelineBucket } from './shape.js';

const bucket = (period: string, type: string, events: number, cooperation = 0, conflict = 0): TimelineBucket => ({ period, type, events, cooperation, conflict, goldstein: 0 });

describe('floorToPeriod', () => {
  test.each([
    ['2016-05-04', 'day', '2016-05-04'],
    ['2016-05-04', 'week', '2016-05-02'], // a Wednesday → its Monday
    ['2016-05-02', 'week', '2016-05-02'], // a Monday stays
    ['2016-05-08', 'week', '2016-05-02'], // a Sunday belongs to the week before
  ] as const)('%s by %s → %s', (day, interval, expected) => {
    expect(floorToPeriod(day, interval)).toBe(expected);
  });
});

describe('shapeTimeline', () => {
  test('no buckets give no columns and zero maxima', () => {
    expect(shapeTimeline([], 'day')).toEqual({ columns: [], typeTotals: [], maxTotal: 0, maxBalance: 0 });
  });

  test('a gap between two days is filled with an empty column', () => {
    const shape = shapeTimeline([bucket('2016-05-01', 'ASSAULT', 2), bucket('2016-05-03', 'ASSAULT', 1)], 'day');
    expect(shape.columns.map((c) => [c.period, c.total])).toEqual([['2016-05-01', 2], ['2016-05-02', 0], ['2016-05-03', 1]]);
  });

  test('types stack in codebook order whatever the API order', () => {
    const shape = shapeTimeline([bucket('2016-05-01', 'ASSAULT', 2), bucket('2016-05-01', 'AGREE', 3)], 'day');
    expect(shape.columns[0]?.segments).toEqual([
      { type: 'AGREE', events: 3, y0: 0, y1: 3 },
      { type: 'ASSAULT', events: 2, y0: 3, y1: 5 },
    ]);
  });

  test('day buckets shaped by week merge into the Monday column', () => {
    const shape = shapeTimeline([bucket('2016-05-03', 'PROTEST', 1, 0, 1), bucket('2016-05-05', 'PROTEST', 2, 1, 1)], 'week');
    expect(shape.columns).toEqual([{ period: '2016-05-02', segments: [{ type: 'PROTEST', events: 3, y0: 0, y1: 3 }], total: 3, cooperation: 1, conflict: 2 }]);
  });

  test('a type selection drops other types from the bars but not from the legend totals', () => {
    const shape = shapeTimeline([bucket('2016-05-01', 'ASSAULT', 2, 0, 2), bucket('2016-05-01', 'AID', 5, 5, 0)], 'day', ['AID']);
    expect([shape.maxTotal, shape.columns[0]?.conflict, shape.typeTotals]).toEqual([5, 0, [{ type: 'AID', events: 5 }, { type: 'ASSAULT', events: 2 }]]);
  });
});

describe('timeDomain', () => {
  test('one day is widened to seven days around it', () => {
    const [start, end] = timeDomain(shapeTimeline([bucket('2016-05-04', 'AID', 1)], 'day').columns, 'day');
    expect([start, end]).toEqual([dayMs('2016-05-01'), dayMs('2016-05-08')]);
  });

  test('a long range is left as it is', () => {
    const columns = shapeTimeline([bucket('2016-01-01', 'AID', 1), bucket('2016-03-01', 'AID', 1)], 'day').columns;
    expect(timeDomain(columns, 'day')).toEqual([dayMs('2016-01-01'), dayMs('2016-03-02')]);
  });
});

describe('centralRange', () => {
  test('one stray event years away is cut from the range', () => {
    const buckets = [bucket('2009-01-01', 'AID', 1), ...Array.from({ length: 30 }, (_, i) => bucket(`2016-05-${String(i + 1).padStart(2, '0')}`, 'AID', 10))];
    expect(centralRange(buckets)).toEqual({ first: '2016-05-01', last: '2016-05-30' });
  });

  test('no events have no range', () => {
    expect(centralRange([])).toBeNull();
  });
});

describe('focusShape', () => {
  const bulk = Array.from({ length: 30 }, (_, i) => bucket(`2016-05-${String(i + 1).padStart(2, '0')}`, 'AID', 10));

  test('an outlier stretching the axis is hidden and counted', () => {
    const focused = focusShape(shapeTimeline([bucket('2009-01-01', 'AID', 1), ...bulk, bucket('2023-01-01', 'AID', 1)], 'day'), 'day');
    expect([focused.shape.columns[0]?.period, focused.shape.columns.length, focused.before, focused.after, focused.shape.maxTotal]).toEqual(['2016-05-01', 30, 1, 1, 10]);
  });

  test('the thin first days of the bulk stay (only a gap makes an outlier)', () => {
    // 5 of 3,006 events on 30 April: under the 0.5% quantile cut, but a day from the bulk.
    const busy = bulk.map((b) => ({ ...b, events: 100 }));
    const thinStart = [bucket('2012-01-01', 'AID', 1), bucket('2016-04-30', 'AID', 5), ...busy];
    const focused = focusShape(shapeTimeline(thinStart, 'day'), 'day');
    expect([focused.shape.columns[0]?.period, focused.before]).toEqual(['2016-04-30', 1]);
  });

  test('a range without outliers is left whole', () => {
    const shape = shapeTimeline(bulk, 'day');
    expect(focusShape(shape, 'day')).toEqual({ shape, before: 0, after: 0 });
  });
});

describe('autoInterval', () => {
  test.each([
    [[], 'day'],
    [[bucket('2016-01-01', 'AID', 1), bucket('2016-03-01', 'AID', 1)], 'day'],
    [[bucket('2016-01-01', 'AID', 1), bucket('2016-12-01', 'AID', 1)], 'week'],
    // A stray event years before two busy months does not force weeks.
    [[bucket('2009-01-01', 'AID', 1), bucket('2016-01-01', 'AID', 500), bucket('2016-03-01', 'AID', 500)], 'day'],
  ] as const)('%j → %s', (buckets, expected) => {
    expect(autoInterval(buckets)).toBe(expected);
  });
});

describe('brushToRange', () => {
  test.each([
    // From inside 4 May to inside 6 May: whole days 4–6.
    [dayMs('2016-05-04') + 3_600_000, dayMs('2016-05-06') + 3_600_000, 'day', { since: '2016-05-04', until: '2016-05-06' }],
    // Dragged right to left gives the same range.
    [dayMs('2016-05-06') + 3_600_000, dayMs('2016-05-04') + 3_600_000, 'day', { since: '2016-05-04', until: '2016-05-06' }],
    // A right edge exactly on midnight of 7 May does not take 7 May.
    [dayMs('2016-05-04'), dayMs('2016-05-07'), 'day', { since: '2016-05-04', until: '2016-05-06' }],
    // Weeks: a Wednesday to the next Tuesday → Monday 2 May to Sunday 15 May.
    [dayMs('2016-05-04') + 1, dayMs('2016-05-10') + 1, 'week', { since: '2016-05-02', until: '2016-05-15' }],
  ] as const)('%d–%d by %s', (from, to, interval, expected) => {
    expect(brushToRange(from, to, interval)).toEqual(expected);
  });
});
