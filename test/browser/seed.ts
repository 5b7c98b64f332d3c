/**
 * The browser tests' knowledge base: src/api/test-seed.ts's store (Aleppo shelling reported twice,
 * a Damascus protest, Geneva talks) plus a few more events of other types, dates and casualty
 * counts, so filtering and sorting visibly change the table.
 */
import { seededStore } from '../../src/api/test-seed.js';
import type { Store } from '../../src/store/index.js';
import { actor, PLACES, testBundle } from '../../src/store/test-bundles.js';

/** The seeded store (in memory). */
export async function browserStore(): Promise<Store> {
  const store = await seededStore();
  await store.ingest(
    testBundle(
      ['Islamic State fighters attacked a checkpoint near Azaz on Sunday, killing 30 soldiers, the army said.', 'The town was quiet later.'],
      [[0, 'attacked', { actors: [actor('Islamic State', 'IMG', 'REB')], recipients: [actor('Syrian army', 'SYR', 'MIL')], location: PLACES.azaz, date: '2016-03-20', dead: 30 }]],
      { url: 'https://wire.example/azaz', published: '2016-03-21' },
    ),
  );
  await store.ingest(
    testBundle(
      ['The United Nations delivered food aid to Damascus suburbs on Thursday, officials said.', 'More convoys are planned.'],
      [[0, 'delivered', { type: 'AID', actors: [actor('United Nations', 'IGO', 'IGO')], recipients: [actor('Syria', 'SYR', 'GOV')], location: PLACES.damascus, date: '2016-07-14', goldstein: 7.4 }]],
      { url: 'https://agency.example/aid', published: '2016-07-15' },
    ),
  );
  await store.ingest(
    testBundle(
      ['Hundreds of students protested in Aleppo on Monday against the siege, witnesses said.', 'Police dispersed them.'],
      [[0, 'protested', { type: 'PROTEST', actors: [actor('Students', 'SYR', 'EDU')], location: PLACES.aleppo, date: '2016-01-11', goldstein: -6.5 }]],
    ),
  );
  return store;
}
