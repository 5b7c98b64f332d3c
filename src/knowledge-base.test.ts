import { afterEach, describe, expect, test } from 'vitest';
import { measureDedup } from '../eval/dedup.js';
import { analyze } from './analysis.js';
import { documentId, ingestResult, recordFailure } from './knowledge-base.js';
import type { Store } from './store/index.js';
import { openStore } from './store/index.js';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks in Geneva</title>
<meta property="article:published_time" content="2016-02-01"></head><body><article><h1>Talks in Geneva</h1>
<p>Russian Foreign Minister Sergei Lavrov met US Secretary of State John Kerry in Geneva on Monday to discuss a ceasefire in Syria.</p>
<p>Syrian government forces shelled rebel positions near Aleppo on Sunday, killing at least 12 people, activists said.</p>
</article></body></html>`;

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('ingestResult', () => {
  test('stores the page under its content hash, once', async () => {
    store = await openStore(':memory:');
    const result = await analyze({ html: PAGE }, { uri: 'geneva.html' });
    const first = await ingestResult(store, result, { raw: PAGE, uri: 'geneva.html' });
    const again = await ingestResult(store, result, { raw: PAGE, uri: 'geneva.html' });
    expect([first.documentId, first.status, again.status, again.events]).toEqual([documentId(PAGE), 'new', 'duplicate', 0]);
  });

  test('evidence offsets point at the trigger in the stored text and source page', async () => {
    store = await openStore(':memory:');
    const result = await analyze({ html: PAGE }, { uri: 'geneva.html' });
    const { documentId: id } = await ingestResult(store, result, { raw: PAGE, uri: 'geneva.html' });
    const doc = await store.getDocument(id);
    const spans = (await store.events()).flatMap((e) => e.evidence).map((v) => [doc?.text.slice(v.trigger.start, v.trigger.end), doc?.source.slice(v.trigger.sourceStart ?? 0, v.trigger.sourceEnd ?? 0), v.trigger.text]);
    expect(spans.length > 0 && spans.every(([t, s, want]) => t === want && s === want)).toBe(true);
  });

  test('a failed input is counted in stats', async () => {
    store = await openStore(':memory:');
    await recordFailure(store, 'https://example.com/gone', { code: 'http-404', message: 'not found' });
    expect((await store.stats()).errors).toBe(1);
  });
});

describe('deduplication on our own multi-source set', () => {
  test('the syndicated wire copy is linked as a near-duplicate and nothing else is', async () => {
    const m = await measureDedup();
    expect([m.nearDuplicatesFound, m.nearDuplicatesExpected, m.falseNearDuplicates]).toEqual([1, 1, 0]);
  });

  test('clustering lists fewer duplicate events than one event per report, without merging different events', async () => {
    const m = await measureDedup();
    expect([m.duplicateRate < m.duplicateRateUnclustered, m.overMerged]).toEqual([true, 0]);
  });
});
