import { afterEach, describe, expect, test } from 'vitest';
import type { Store } from '../store/index.js';
import { seededApp } from './test-seed.js';

const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const { app, store } = await seededApp();
  stores.push(store);
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

interface MapBody {
  located: number;
  totalPlaces: number;
  truncated: boolean;
  places: { name: string; events: number; dead: number; sources: number; types: Record<string, number> }[];
}

describe('GET /api/map', () => {
  test.each<[string, string, [string, number, Record<string, number>][]]>([
    ['every located event', '', [['Aleppo', 1, { ASSAULT: 1 }], ['Damascus', 1, { PROTEST: 1 }], ['Geneva', 1, { CONSULT: 1 }]]],
    ['the event filters apply', '?type=PROTEST,CONSULT&since=2016-05-01', [['Damascus', 1, { PROTEST: 1 }]]],
    ['exact actor name', '?actorName=Russia', [['Geneva', 1, { CONSULT: 1 }]]],
  ])('%s', async (_label, query, expected) => {
    const { body } = await get(`/api/map${query}`);
    expect((body as unknown as MapBody).places.map((p) => [p.name, p.events, p.types])).toEqual(expected);
  });

  test('a limit says the map is truncated', async () => {
    const { body } = await get('/api/map?limit=2');
    const map = body as unknown as MapBody;
    expect([map.places.length, map.totalPlaces, map.located, map.truncated]).toEqual([2, 3, 3, true]);
  });

  test('dead and sources are summed over the place’s events', async () => {
    const { body } = await get('/api/map?type=ASSAULT');
    const [aleppo] = (body as unknown as MapBody).places;
    expect([aleppo?.dead, aleppo?.sources]).toEqual([12, 2]);
  });

  test.each([['limit over 5000', '?limit=5001'], ['an unknown parameter', '?sort=dead']])('refuses %s', async (_label, query) => {
    expect((await get(`/api/map${query}`)).status).toBe(400);
  });
});

describe('GET /api/events?actorName=', () => {
  test.each([
    ['an exact name', 'Russia', ['CONSULT']],
    ['not a substring', 'Syria', ['PROTEST']],
  ])('%s', async (_label, name, expected) => {
    const { body } = await get(`/api/events?actorName=${encodeURIComponent(name)}`);
    expect((body['items'] as { type: string }[]).map((e) => e.type)).toEqual(expected);
  });
});
