import { afterEach, describe, expect, test } from 'vitest';
import type { AnalysisResult } from '../analysis.js';
import type { Store } from '../store/index.js';
import { seededApp } from './test-seed.js';

const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

const TEXT = [
  'Police fired tear gas at protesters in Nairobi on Tuesday, witnesses said.',
  'The demonstrators had gathered outside parliament to oppose a new finance bill.',
].join('\n\n');

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

interface Analysis {
  result: { text: string; events: { evidence: { start: number; end: number; text: string; trigger: { start: number; end: number; text: string } }[] }[] };
  stored?: { status: string; events: number };
}

describe('POST /api/analyze', () => {
  test('text in: events with evidence offsets that slice the returned text', async () => {
    const { app, store } = await seededApp();
    stores.push(store);
    const res = await app.request('/api/analyze', post({ text: TEXT, date: '2024-06-25' }));
    const { result } = (await res.json()) as Analysis;
    const evidence = result.events.flatMap((e) => e.evidence);
    expect(res.status).toBe(200);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((v) => result.text.slice(v.start, v.end) === v.text && result.text.slice(v.trigger.start, v.trigger.end) === v.trigger.text)).toBe(true);
  }, 60_000);

  // A pasted page dump: site furniture around the article. Extraction (the default, as in the
  // CLI) keeps it out; `extract: false` keeps every paragraph as the article.
  const DUMP = [
    'Share this article',
    'Related Topics',
    'Kenya police clash with protesters outside parliament',
    ...TEXT.split('\n\n'),
    'Witnesses said several people were taken to hospital after the crowd was dispersed near the building.',
    'Sign up for our newsletter',
    'Jobs: Sales Consultant £35000 - £40000 per annum',
  ].join('\n\n');
  test.each([
    ['extracted by default', {}, false],
    ['kept whole with extract: false', { extract: false }, true],
  ])('pasted text is %s', async (_label, flag, keepsClutter) => {
    const { app, store } = await seededApp();
    stores.push(store);
    const res = await app.request('/api/analyze', post({ text: DUMP, date: '2024-06-25', ...flag }));
    const { result } = (await res.json()) as Analysis;
    expect([res.status, result.text.includes('Police fired tear gas'), result.text.includes('Sign up for our newsletter')]).toEqual([200, true, keepsClutter]);
  }, 60_000);

  test('store: true adds the page and its events to the knowledge base', async () => {
    const { app, store } = await seededApp();
    stores.push(store);
    const before = await store.countEvents();
    const res = await app.request('/api/analyze', post({ text: TEXT, date: '2024-06-25', store: true }));
    const { stored } = (await res.json()) as Analysis;
    expect([stored?.status, (await store.countEvents()) - before]).toEqual(['new', stored?.events]);
  }, 60_000);

  test.each([
    ['no input', {}, /give exactly one of url, html or text/],
    ['two inputs', { text: 'a', html: '<p>a</p>' }, /give exactly one of url, html or text/],
    ['a file path as url', { url: '/etc/passwd' }, /url: must be an http\(s\) URL/],
    ['a file: URL', { url: 'file:///etc/passwd' }, /url: must be an http\(s\) URL/],
    ['an unknown field', { text: 'a', save: true }, /unknown parameter "save"/],
    ['a bad date', { text: 'a', date: 'yesterday' }, /date: must be a date/],
    ['broken JSON', '{"text": ', /./],
  ])('400 for %s', async (_label, body, message) => {
    const { app, store } = await seededApp({ analyze: () => Promise.reject(new Error('must not run')) });
    stores.push(store);
    const res = await app.request('/api/analyze', post(body));
    const json = (await res.json()) as { error: { message: string } };
    expect([res.status, json.error.message]).toEqual([400, expect.stringMatching(message)]);
  });

  test('a body over the size limit is a 413', async () => {
    const { app, store } = await seededApp({ maxBodyBytes: 1000, analyze: () => Promise.reject(new Error('must not run')) });
    stores.push(store);
    const res = await app.request('/api/analyze', post({ text: 'x'.repeat(2000) }));
    expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([413, 'too-large']);
  });
});

describe('write access', () => {
  // A stub analysis keeps these about access, not about the pipeline: reaching it answers 422 "stub-reached".
  const stub = async (): Promise<AnalysisResult> => ({ errors: [{ code: 'stub-reached', message: 'reached the analysis' }] }) as unknown as AnalysisResult;

  test.each([
    ['loopback, no token: open', {}, {}, 422],
    ['beyond loopback, no token: writes refused', { remote: true }, {}, 403],
    ['beyond loopback, token missing', { remote: true, token: 's3cret' }, {}, 401],
    ['beyond loopback, wrong token', { remote: true, token: 's3cret' }, { authorization: 'Bearer nope' }, 401],
    ['beyond loopback, right token', { remote: true, token: 's3cret' }, { authorization: 'Bearer s3cret' }, 422],
  ])('%s', async (_label, options, headers, status) => {
    const { app, store } = await seededApp({ ...options, analyze: stub });
    stores.push(store);
    expect((await app.request('/api/analyze', post({ text: 'a' }, headers))).status).toBe(status);
  });

  test('reads need no token beyond loopback', async () => {
    const { app, store } = await seededApp({ remote: true, token: 's3cret' });
    stores.push(store);
    expect((await app.request('/api/events')).status).toBe(200);
  });
});
