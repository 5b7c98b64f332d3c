import { afterEach, expect, test } from 'vitest';
import type { Store } from '../store/index.js';
import { ACTOR_TOTAL_CAP } from '../store/index.js';
import { createApp } from './app.js';
import { seededStore } from './test-seed.js';

const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

async function body(path: string, store: Store): Promise<Record<string, unknown>> {
  return (await (await createApp({ store }).request(path)).json()) as Record<string, unknown>;
}

test.each([
  ['no filter', ''],
  ['an actor substring under the cap', '?actor=syria'],
  ['a word', '?q=aleppo'],
])('the events total says it is exact: %s', async (_label, query) => {
  const store = await seededStore();
  stores.push(store);
  expect((await body(`/api/events${query}`, store))['totalExact']).toBe(true);
});

test('a total the store capped is answered as such (total at the cap, totalExact false)', async () => {
  const store = await seededStore();
  stores.push(store);
  // The store's own cap is covered by the contract suite (src/store/contract-totals.ts); here: the API passes it on.
  const capped: Store = { ...store, eventPage: async (filter) => ({ ...(await store.eventPage(filter)), total: ACTOR_TOTAL_CAP, totalExact: false }) };
  const answer = await body('/api/events?actor=army', capped);
  expect([answer['total'], answer['totalExact']]).toEqual([ACTOR_TOTAL_CAP, false]);
});

test('the OpenAPI document describes the events answer with totalExact', async () => {
  const store = await seededStore();
  stores.push(store);
  const doc = (await body('/openapi.json', store)) as { paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: { required?: string[] } }> }> } }> };
  expect(doc.paths['/api/events']?.get.responses['200']?.content['application/json']?.schema.required).toEqual(expect.arrayContaining(['total', 'totalExact']));
});
