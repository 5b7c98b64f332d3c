import { expect, test } from 'vitest';
import { donutArcs, ringSegment } from './donut.js';

test('arcs follow codebook order and split the ring by share', () => {
  const arcs = donutArcs({ ASSAULT: 1, AID: 3, PROTEST: 0 }, 5, 10);
  expect(arcs.map((a) => [a.type, a.count])).toEqual([['AID', 3], ['ASSAULT', 1]]);
  // AID takes three quarters: from 12 o'clock clockwise to 9 o'clock (a large arc).
  expect(arcs[0]?.d).toBe('M0.00,-10.00A10,10 0 1 1 -10.00,0.00L-5.00,0.00A5,5 0 1 0 0.00,-5.00Z');
});

test('a single type is a full ring drawn as two half arcs (one 360° arc would draw nothing)', () => {
  const [arc, ...rest] = donutArcs({ AID: 4 }, 5, 10);
  expect([rest.length, arc?.d.match(/M/g)?.length]).toEqual([0, 2]);
});

test('a quarter segment is a small arc', () => {
  expect(ringSegment(1, 2, 0, Math.PI / 2)).toBe('M0.00,-2.00A2,2 0 0 1 2.00,0.00L1.00,0.00A1,1 0 0 0 0.00,-1.00Z');
});

test('no events give no arcs', () => {
  expect(donutArcs({}, 5, 10)).toEqual([]);
});
