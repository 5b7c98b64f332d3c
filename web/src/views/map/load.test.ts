import { expect, test } from 'vitest';
import { loadCapped } from './load.js';
import type { EventsPage } from './load.js';
import type { MapEvent } from './cluster.js';

/** A fake API over `n` events that records the pages asked for. */
function fakeApi(n: number): { getPage: (offset: number, limit: number) => Promise<EventsPage>; asked: [number, number][] } {
  const all: MapEvent[] = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, type: 'AID', dateStart: null, dead: null, sources: 1, place: null }));
  const asked: [number, number][] = [];
  return {
    asked,
    getPage: async (offset, limit) => {
      asked.push([offset, limit]);
      return { total: n, items: all.slice(offset, offset + limit) };
    },
  };
}

test.each([
  [0, 1000, 0, [[0, 200]]],
  [150, 1000, 150, [[0, 200]]],
  [450, 1000, 450, [[0, 200], [200, 200], [400, 50]]],
  [100_000, 500, 500, [[0, 200], [200, 200], [400, 100]]],
])('%d events, cap %d → %d loaded', async (n, cap, loaded, pages) => {
  const api = fakeApi(n);
  const result = await loadCapped(api.getPage, cap);
  expect([result.events.length, result.total, api.asked.sort((a, b) => a[0] - b[0])]).toEqual([loaded, n, pages]);
});

test('events come back in page order whatever order the pages finish in', async () => {
  const api = fakeApi(1000);
  const slowFirst = (offset: number, limit: number): Promise<EventsPage> => new Promise((resolve) => setTimeout(() => resolve(api.getPage(offset, limit)), offset === 200 ? 20 : 0));
  const { events } = await loadCapped(slowFirst, 1000);
  expect(events.map((e) => e.id)).toEqual(Array.from({ length: 1000 }, (_, i) => `e${i}`));
});

test('loading more keeps what is there and fetches only the pages after it', async () => {
  const api = fakeApi(1000);
  const earlier = await loadCapped(api.getPage, 400);
  api.asked.length = 0;
  const more = await loadCapped(api.getPage, 800, 3, earlier);
  expect([more.events.length, more.events[399]?.id, more.events[400]?.id, api.asked.sort((a, b) => a[0] - b[0])]).toEqual([800, 'e399', 'e400', [[400, 200], [600, 200]]]);
});
