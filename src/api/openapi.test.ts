import { afterEach, expect, test } from 'vitest';
import type { Store } from '../store/index.js';
import { OPERATIONS } from './openapi.js';
import { seededApp } from './test-seed.js';

const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

async function openapi(): Promise<{ openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>> }> {
  const { app, store } = await seededApp();
  stores.push(store);
  return (await (await app.request('/openapi.json')).json()) as Awaited<ReturnType<typeof openapi>>;
}

test('the OpenAPI document is 3.1 JSON', async () => {
  expect((await openapi()).openapi).toBe('3.1.0');
});

test.each(OPERATIONS.map((op) => [op.method, op.path] as const))('lists %s %s', async (method, path) => {
  expect(Object.keys((await openapi()).paths[path] ?? {})).toContain(method);
});

test('documents the event filters as query parameters', async () => {
  const names = ((await openapi()).paths['/api/events']?.['get']?.parameters ?? []).map((p) => p.name);
  expect(names).toEqual(expect.arrayContaining(['actor', 'country', 'type', 'status', 'since', 'until', 'near', 'minSources', 'q', 'limit', 'offset', 'sort', 'order']));
});

test.each(OPERATIONS.filter((op) => op.method === 'get').map((op) => [op.path] as const))('every documented GET route answers (not 404 for the route): %s', async (path) => {
  const { app, store } = await seededApp();
  stores.push(store);
  const res = await app.request(path.replace('{id}', 'x'));
  const body = (await res.json()) as { error?: { message: string } };
  expect(body.error?.message ?? '').not.toMatch(/^no route/);
});
