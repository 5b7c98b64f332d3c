import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { page, rssFeed, warc } from '../ingest/sources/fixtures.js';
import { serve } from '../ingest/sources/test-server.js';
import { openStore } from '../store/index.js';
import { ingestAll } from './run.js';
import type { IngestSummary } from './summary.js';

let dir: string;
let first: IngestSummary;
let second: IngestSummary;
let documents: { uri: string }[];
let errors: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-run-'));
  mkdirSync(join(dir, 'pages'));
  for (const n of [1, 2, 3]) writeFileSync(join(dir, 'pages', `p${n}.html`), page(n));
  writeFileSync(join(dir, 'pages', 'empty.html'), '');
  // The WARC holds page 1 again (a duplicate) and page 4 (new).
  writeFileSync(join(dir, 'crawl.warc'), await warc([{ url: 'http://example.com/1', html: page(1) }, { url: 'http://example.com/4', html: page(4) }]));
  const db = join(dir, 'kb.db');
  const inputs = [join(dir, 'pages'), join(dir, 'crawl.warc')];
  for (const run of [1, 2]) {
    const store = await openStore(db);
    try {
      const summary = await ingestAll(inputs, store, { workers: 1 });
      if (run === 1) first = summary;
      else second = summary;
      if (run === 2) {
        documents = await store.documents();
        errors = (await store.stats()).errors;
      }
    } finally {
      await store.close();
    }
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ['stores each distinct page once', () => first.new, 4],
  ['recognises the same content from another input as a duplicate', () => first.duplicate, 1],
  ['records a failing page and goes on', () => first.failed, 1],
  ['the failure carries its code', () => first.failures[0]?.code, 'empty-input'],
  ['a second run stores nothing new', () => second.new, 0],
  ['a second run skips every stored page before analysing it', () => second.skipped, 5],
  ['the store holds each page exactly once', () => documents.length, 4],
  ['the store holds one error per failing run', () => errors > 0, true],
])('%s', (_name, actual, expected) => {
  expect(actual()).toBe(expected);
});

test('a feed URL: links are fetched by the workers, inline full text is read from the feed', async () => {
  const server = await serve((base) => ({
    '/feed': { type: 'application/rss+xml', body: rssFeed([`${base}/a`, `${base}/b`, `${base}/gone`]) },
    '/a': { type: 'text/html; charset=utf-8', body: page(11) },
  }));
  const store = await openStore(join(dir, 'feed.db'));
  try {
    const summary = await ingestAll([`${server.base}/feed`], store, { workers: 1, expand: { feedContent: 'inline' } });
    const urls = (await store.documents()).map((d) => d.url?.replace(server.base, '<srv>')).sort();
    expect({ new: summary.new, failed: summary.failures.map((f) => f.code), urls }).toEqual({ new: 2, failed: ['http-error'], urls: ['<srv>/a', '<srv>/b'] });
  } finally {
    await store.close();
    await server.close();
  }
}, 60_000);
