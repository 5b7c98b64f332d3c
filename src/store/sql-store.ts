import { randomUUID } from 'node:crypto';
import { migrate } from './migrations.js';
import { queryMap } from './place-map.js';
import { queryNetwork, queryPlaces, queryTimeline } from './aggregate.js';
import { countEvents, listDocuments, queryActors, queryEventPage, queryEvents, queryStats, readDocument, readEvent } from './read.js';
import type { SqlDb } from './sql.js';
import type { Store } from './types.js';
import { prepareBundle } from './prepare.js';
import { writePrepared } from './write.js';

/** The {@link Store} over either SQL dialect; migrates the schema when opened. */
export async function sqlStore(db: SqlDb): Promise<Store> {
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    kind: db.dialect,
    migrations: async () => (await db.all('SELECT version FROM schema_migrations ORDER BY version')).map((r) => Number(r['version'])),
    hasDocument: async (id) => (await db.all('SELECT 1 AS x FROM documents WHERE id = ?', [id])).length > 0,
    ingest: async (bundle) => {
      // The CPU-heavy part (compression, MinHash) runs before the write lock is taken.
      const page = prepareBundle(bundle);
      return db.transaction((tx) => writePrepared(tx, page, db.dialect));
    },
    ingestPrepared: async (pages) => {
      if (pages.length === 0) return [];
      return db.transaction(async (tx) => {
        const outcomes = [];
        // In order: a page may be the near-duplicate of, or share a cluster with, one earlier in the batch.
        for (const page of pages) outcomes.push(await writePrepared(tx, page, db.dialect));
        return outcomes;
      });
    },
    getDocument: (id) => readDocument(db, id),
    documents: () => listDocuments(db),
    events: (filter) => queryEvents(db, filter),
    eventPage: (filter) => queryEventPage(db, filter),
    countEvents: (filter) => countEvents(db, filter),
    event: (id) => readEvent(db, id),
    timeline: (filter, interval) => queryTimeline(db, filter, interval),
    network: (filter, limit) => queryNetwork(db, filter, limit),
    places: (limit) => queryPlaces(db, limit),
    map: (filter, limit) => queryMap(db, filter, limit),
    actors: () => queryActors(db),
    stats: () => queryStats(db),
    recordFailure: async (f) => {
      await db.run('INSERT INTO failures (id, input, code, message, failed_at) VALUES (?, ?, ?, ?, ?)', [randomUUID(), f.input, f.code, f.message, new Date().toISOString()]);
    },
    close: () => db.close(),
  };
}
