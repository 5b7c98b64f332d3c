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

describe('GET /api/events sort and order', () => {
  test.each([
    ['default: date, newest first', '', 'date', 'desc', ['PROTEST', 'ASSAULT', 'CONSULT']],
    ['date ascending', '?sort=date&order=asc', 'date', 'asc', ['CONSULT', 'ASSAULT', 'PROTEST']],
    ['dead, most first', '?sort=dead', 'dead', 'desc', ['ASSAULT', 'PROTEST', 'CONSULT']],
    ['sources ascending', '?sort=sources&order=asc', 'sources', 'asc', ['CONSULT', 'PROTEST', 'ASSAULT']],
    ['goldstein with a filter and a page', '?sort=goldstein&type=PROTEST,ASSAULT&limit=1', 'goldstein', 'desc', ['PROTEST']],
  ])('%s', async (_label, query, sort, order, types) => {
    const { status, body } = await get(`/api/events${query}`);
    expect([status, body['sort'], body['order'], (body['items'] as { type: string }[]).map((e) => e.type)]).toEqual([200, sort, order, types]);
  });

  test('the total counts every match, not the page', async () => {
    const { body } = await get('/api/events?sort=dead&type=PROTEST,ASSAULT&limit=1');
    expect(body['total']).toBe(2);
  });

  test.each([
    ['an unknown sort', '?sort=colour', /sort: /],
    ['an unknown order', '?order=up', /order: /],
  ])('400 for %s', async (_label, query, message) => {
    const { status, body } = await get(`/api/events${query}`);
    expect([status, (body['error'] as { message: string }).message]).toEqual([400, expect.stringMatching(message)]);
  });
});
