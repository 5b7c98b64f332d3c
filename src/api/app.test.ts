import { afterEach, describe, expect, test } from 'vitest';
import type { Store } from '../store/index.js';
import { MAX_PAGE_SIZE } from './schemas.js';
import { seededApp } from './test-seed.js';

const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

async function get(path: string, options: Parameters<typeof seededApp>[0] = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const { app, store } = await seededApp(options);
  stores.push(store);
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const types = (body: Record<string, unknown>): unknown[] => (body['items'] as { type: string }[]).map((e) => e.type);

describe('GET /api/events', () => {
  test.each([
    ['no filter, newest first', '', ['PROTEST', 'ASSAULT', 'CONSULT']],
    ['type list', '?type=protest,consult', ['PROTEST', 'CONSULT']],
    ['actor', '?actor=russia', ['CONSULT']],
    ['country', '?country=CHE', ['CONSULT']],
    ['since and until', '?since=2016-05-05&until=2016-12-31', ['PROTEST']],
    ['near', '?near=36.3,37.2,50', ['ASSAULT']],
    ['min sources', '?minSources=2', ['ASSAULT']],
    ['full-text q', '?q=barrel%20bombs', ['ASSAULT']],
    ['status', '?status=negated', []],
  ])('%s', async (_label, query, expected) => {
    const { status, body } = await get(`/api/events${query}`);
    expect([status, types(body)]).toEqual([200, expected]);
  });

  test.each([
    ['first page', '?limit=2', { total: 3, limit: 2, offset: 0 }, ['PROTEST', 'ASSAULT']],
    ['second page', '?limit=2&offset=2', { total: 3, limit: 2, offset: 2 }, ['CONSULT']],
    ['filtered page keeps the filtered total', '?type=ASSAULT,CONSULT&limit=1&offset=1', { total: 2, limit: 1, offset: 1 }, ['CONSULT']],
  ])('pagination: %s', async (_label, query, meta, expected) => {
    const { body } = await get(`/api/events${query}`);
    expect({ total: body['total'], limit: body['limit'], offset: body['offset'], types: types(body) }).toEqual({ ...meta, types: expected });
  });

  test.each([
    ['a bad date', '?since=2016-13-45', /since: must be a date/],
    ['a bad near', '?near=36.3,37.2', /near: must be LAT,LON,KM/],
    ['a page size over the limit', `?limit=${MAX_PAGE_SIZE + 1}`, new RegExp(`limit: must be from 1 to ${MAX_PAGE_SIZE}`)],
    ['a negative offset', '?offset=-1', /offset: must be a whole number/],
    ['an unknown field', '?typo=1', /unknown parameter "typo"/],
  ])('400 with a clear message for %s', async (_label, query, message) => {
    const { status, body } = await get(`/api/events${query}`);
    expect(status).toBe(400);
    expect((body['error'] as { message: string }).message).toMatch(message);
  });
});

describe('GET /api/events/{id}', () => {
  test('one event with the evidence of every report', async () => {
    const { app, store } = await seededApp();
    stores.push(store);
    const list = (await (await app.request('/api/events?type=ASSAULT')).json()) as { items: { id: string }[] };
    const res = await app.request(`/api/events/${encodeURIComponent(list.items[0]?.id ?? '')}`);
    const event = (await res.json()) as { sources: number; evidence: { text: string }[] };
    expect([res.status, event.sources, event.evidence.length]).toEqual([200, 2, 2]);
  });

  test('an unknown id is a 404', async () => {
    const { status, body } = await get('/api/events/nope');
    expect([status, (body['error'] as { code: string }).code]).toEqual([404, 'not-found']);
  });
});

describe('aggregations and lists', () => {
  test('timeline by week: counts per type with the balance', async () => {
    const { body } = await get('/api/timeline?interval=week');
    const buckets = body['buckets'] as { period: string; type: string; events: number; cooperation: number; conflict: number }[];
    expect(buckets.map((b) => [b.period, b.type, b.events, b.cooperation, b.conflict])).toEqual([
      ['2016-02-01', 'CONSULT', 1, 1, 0],
      ['2016-05-02', 'ASSAULT', 1, 0, 1],
      ['2016-06-06', 'PROTEST', 1, 0, 1],
    ]);
  });

  test('timeline takes the event filters', async () => {
    const { body } = await get('/api/timeline?type=PROTEST&interval=day');
    expect((body['buckets'] as { period: string }[]).map((b) => b.period)).toEqual(['2016-06-10']);
  });

  test.each<[string, string, string, string[]]>([
    ['no range: weeks', '', 'week', ['2016-02-01', '2016-05-02', '2016-06-06']],
    ['an open range: weeks', '?since=2016-05-01', 'week', ['2016-05-02', '2016-06-06']],
    ['a range of up to 366 days: days', '?since=2016-01-01&until=2016-12-31', 'day', ['2016-02-01', '2016-05-03', '2016-06-10']],
    ['a longer range: weeks', '?since=2016-01-01&until=2017-01-01', 'week', ['2016-02-01', '2016-05-02', '2016-06-06']],
    ['days when asked, whatever the range', '?interval=day', 'day', ['2016-02-01', '2016-05-03', '2016-06-10']],
  ])('timeline interval when the client names none: %s', async (_label, query, interval, periods) => {
    const { body } = await get(`/api/timeline${query}`);
    expect([body['interval'], (body['buckets'] as { period: string }[]).map((b) => b.period)]).toEqual([interval, periods]);
  });

  test('timeline refuses an unknown interval', async () => {
    const { status, body } = await get('/api/timeline?interval=month');
    expect([status, (body['error'] as { message: string }).message]).toEqual([400, expect.stringMatching(/^bad query: interval: /)]);
  });

  test('network: actor pairs with counts and balance', async () => {
    const { body } = await get('/api/network?country=RUS');
    const edges = body['edges'] as { source: { name: string }; target: { name: string }; events: number; cooperation: number }[];
    expect(edges.map((e) => [e.source.name, e.target.name, e.events, e.cooperation])).toEqual([['Russia', 'United States', 1, 1]]);
  });

  test('actors, paginated', async () => {
    const { body } = await get('/api/actors?limit=2');
    expect([(body['items'] as unknown[]).length, body['total']]).toEqual([2, 5]);
  });

  test('places with event counts', async () => {
    const { body } = await get('/api/places');
    expect((body['items'] as { name: string }[]).map((p) => p.name)).toEqual(['Aleppo', 'Damascus', 'Geneva']);
  });

  test('stats', async () => {
    const { body } = await get('/api/stats');
    expect([body['documents'], body['events']]).toEqual([4, 3]);
  });

  test('documents: list searchable by title, one with its text and evidence spans that slice it', async () => {
    const { app, store } = await seededApp();
    stores.push(store);
    const list = (await (await app.request('/api/documents?q=marched')).json()) as { items: { id: string }[] };
    const doc = (await (await app.request(`/api/documents/${list.items[0]?.id ?? ''}`)).json()) as { text: string; events: { evidence: { start: number; end: number; text: string }[] }[] };
    const spans = doc.events.flatMap((e) => e.evidence);
    expect([list.items.length, spans.length, spans.every((v) => doc.text.slice(v.start, v.end) === v.text)]).toEqual([1, 1, true]);
  });
});

describe('site', () => {
  test('/ serves a placeholder page while there is no UI', async () => {
    const { app, store } = await seededApp();
    stores.push(store);
    const res = await app.request('/');
    expect([res.status, await res.text()]).toEqual([200, expect.stringContaining('UI is coming')]);
  });

  test('an unknown API route is a JSON 404', async () => {
    const { status, body } = await get('/api/nothing');
    expect([status, (body['error'] as { code: string }).code]).toEqual([404, 'not-found']);
  });
});
