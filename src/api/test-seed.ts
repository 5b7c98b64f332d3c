import { createApp } from './app.js';
import type { AppOptions } from './app.js';
import type { Hono } from 'hono';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { actor, PLACES, testBundle } from '../store/test-bundles.js';

/**
 * A small in-memory knowledge base: an Aleppo shelling reported twice (2016-05-03/04), a Damascus
 * protest (2016-06-10, protesters → Syria) and Geneva talks (2016-02-01, Russia → United States).
 */
export async function seededStore(): Promise<Store> {
  const store = await openStore(':memory:');
  const aleppo = { actors: [actor('Syrian government forces', 'SYR', 'GOV')], location: PLACES.aleppo, date: '2016-05-03', dead: 12 };
  await store.ingest(
    testBundle(['Syrian government forces shelled rebel-held districts of Aleppo on Tuesday, killing at least 12 people, activists said.', 'Residents fled.'], [[0, 'shelled', aleppo]], {
      url: 'https://wire.example/aleppo',
      published: '2016-05-03',
    }),
  );
  await store.ingest(testBundle(['Helicopters dropped barrel bombs on eastern Aleppo, a monitoring group reported.', 'Rescuers dug.'], [[0, 'dropped', { ...aleppo, date: '2016-05-04' }]]));
  await store.ingest(
    testBundle(
      ['Thousands marched in Damascus on Friday to demand the release of detainees held by the security services.', 'Security forces watched.'],
      [[0, 'marched', { type: 'PROTEST', actors: [actor('Protesters', 'SYR', 'CVL')], recipients: [actor('Syria', 'SYR', 'GOV')], location: PLACES.damascus, date: '2016-06-10', goldstein: -6.5 }]],
    ),
  );
  await store.ingest(
    testBundle(
      ['Russian and American envoys met in Geneva on Monday to discuss a truce for Syria.', 'No agreement was reached.'],
      [[0, 'met', { type: 'CONSULT', actors: [actor('Russia', 'RUS', 'GOV')], recipients: [actor('United States', 'USA', 'GOV')], location: PLACES.geneva, date: '2016-02-01' }]],
    ),
  );
  return store;
}

/** An app over {@link seededStore}, with the store to close afterwards. */
export async function seededApp(options: Partial<AppOptions> = {}): Promise<{ app: Hono; store: Store }> {
  const store = await seededStore();
  return { app: createApp({ ...options, store }), store };
}
