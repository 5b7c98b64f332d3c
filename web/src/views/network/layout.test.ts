import { describe, expect, test } from 'vitest';
import { biggest, buildGraph, fitInto, layoutNetwork, nodeRadius, placeLabels, tickBudget } from './layout.js';
import type { NetworkEdge } from './layout.js';

const edge = (source: string, target: string, events: number, cooperation = 0, conflict = 0, country: string | null = 'SYR'): NetworkEdge => ({
  source: { name: source, country },
  target: { name: target, country },
  events,
  cooperation,
  conflict,
  goldstein: 0,
});

describe('buildGraph', () => {
  test('A → B and B → A merge into one link with summed counts and balance', () => {
    const { links } = buildGraph([edge('A', 'B', 3, 3, 0), edge('B', 'A', 1, 0, 1)]);
    expect(links.map((l) => [l.events, l.cooperation, l.conflict, l.balance])).toEqual([[4, 3, 1, 0.5]]);
  });

  test('a node counts the events of every edge it is on', () => {
    const { nodes } = buildGraph([edge('A', 'B', 3), edge('A', 'C', 2)]);
    expect(Object.fromEntries(nodes.map((n) => [n.name, n.events]))).toEqual({ A: 5, B: 3, C: 2 });
  });

  test('the same name in two countries is two actors', () => {
    const { nodes } = buildGraph([edge('Police', 'Police', 1, 0, 0, null), { ...edge('Police', 'Army', 1), source: { name: 'Police', country: 'IRQ' } }]);
    expect(nodes.map((n) => n.id)).toEqual(['Police|', 'Police|IRQ', 'Army|SYR']);
  });

  test('an actor acting on itself draws no line', () => {
    expect(buildGraph([edge('A', 'A', 2)]).links).toEqual([]);
  });

  test('no edges give an empty graph', () => {
    expect(buildGraph([])).toEqual({ nodes: [], links: [] });
  });
});

describe('layoutNetwork', () => {
  const edges = [edge('A', 'B', 5, 5), edge('B', 'C', 1, 0, 1), edge('C', 'D', 2), edge('E', 'F', 1)];

  test('every node ends inside the box', () => {
    const { nodes } = layoutNetwork(edges, 300, 200);
    expect(nodes.every((n) => n.x >= 0 && n.x <= 300 && n.y >= 0 && n.y <= 200)).toBe(true);
  });

  test('many loose pairs in a small box are scaled in, not piled on the border', () => {
    const pairs = Array.from({ length: 60 }, (_, i) => edge(`A${i}`, `B${i}`, 1));
    const { nodes } = layoutNetwork(pairs, 300, 200);
    const spots = new Set(nodes.map((n) => `${Math.round(n.x)},${Math.round(n.y)}`));
    expect(spots.size).toBe(nodes.length);
  });

  test('the same edges give the same layout', () => {
    const xy = (): number[][] => layoutNetwork(edges, 300, 200).nodes.map((n) => [n.x, n.y]);
    expect(xy()).toEqual(xy());
  });

  test('linked nodes end closer than unlinked ones', () => {
    const byName = Object.fromEntries(layoutNetwork(edges, 600, 400).nodes.map((n) => [n.name, n]));
    const d = (a: string, b: string): number => Math.hypot((byName[a]?.x ?? 0) - (byName[b]?.x ?? 0), (byName[a]?.y ?? 0) - (byName[b]?.y ?? 0));
    expect(d('A', 'B')).toBeLessThan(d('A', 'F'));
  });
});

describe('fitInto', () => {
  test('a drawing twice as wide as the box is halved and centred', () => {
    const nodes = [{ x: -100, y: 50 }, { x: 300, y: 50 }, { x: 100, y: 60 }];
    fitInto(nodes, 220, 100, 10);
    expect(nodes.map((n) => Math.round(n.x))).toEqual([10, 210, 110]);
  });

  test('a single node goes to the middle', () => {
    const nodes = [{ x: 999, y: -5 }];
    fitInto(nodes, 200, 100, 10);
    expect(nodes).toEqual([{ x: 100, y: 56 }]);
  });
});

describe('nodeRadius', () => {
  test.each([
    [0, 10, 3.5], // never smaller than the minimum
    [100, 100, 20], // the busiest of many events: the largest radius
    [25, 100, 10], // a quarter of the events: half the radius
    [4, 4, 11], // the busiest of few events stays small
    [5, 0, 3.5],
  ])('%d of %d events → %d px', (events, max, expected) => {
    expect(nodeRadius(events, max)).toBeCloseTo(expected);
  });
});

test('biggest: the most active nodes, ties by id', () => {
  const { nodes } = buildGraph([edge('A', 'B', 3), edge('C', 'D', 3), edge('A', 'E', 1)]);
  expect([...biggest(nodes, 2)]).toEqual(['A|SYR', 'B|SYR']);
});

test.each([
  [10, 300],
  [200, 300],
  [400, 150],
  [1000, 80],
])('tickBudget(%d nodes) = %d steps', (nodes, steps) => {
  expect(tickBudget(nodes)).toBe(steps);
});

describe('placeLabels', () => {
  const at = (id: string, x: number, y: number): { id: string; x: number; y: number; r: number; text: string } => ({ id, x, y, r: 5, text: 'Syrian army' });

  test('a label overlapping an earlier (bigger) one is dropped', () => {
    expect([...placeLabels([at('a', 100, 100), at('b', 120, 104), at('c', 300, 100)])]).toEqual(['a', 'c']);
  });

  test('labels stacked far enough apart all stay', () => {
    expect(placeLabels([at('a', 100, 100), at('b', 100, 130)]).size).toBe(2);
  });
});
