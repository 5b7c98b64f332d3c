import { JOINT_PAIRS_POSTGRES, JOINT_PAIRS_SQLITE } from './joint-pairs.js';
import { ACTOR_STATS_SQL } from './actor-stats.js';
import { ACTOR_SUMMARIES_POSTGRES, ACTOR_SUMMARIES_SQLITE } from './actor-summaries.js';
import { CLUSTER_COUNTS_POSTGRES, CLUSTER_COUNTS_SQLITE } from './cluster-counts.js';
import { ACTOR_CLUSTERS_BY_CLUSTER_SQL, COUNTRY_CLUSTERS_POSTGRES, COUNTRY_CLUSTERS_SQLITE } from './country-clusters.js';
import { COUNTRY_SUMMARIES_POSTGRES, COUNTRY_SUMMARIES_SQLITE } from './country-summaries.js';
import { PLACE_STATS_SQL } from './place-stats.js';
import { DATE_RANGE_SQL, EVIDENCE_CLUSTER_POSTGRES, FULL_TEXT_CLUSTERS_SQLITE, FULL_TEXT_POSTGRES, FULL_TEXT_SQLITE } from './full-text.js';
import { PLACE_FOLD_POSTGRES, PLACE_FOLD_SQLITE, PLACE_MAP_COLUMNS_POSTGRES, PLACE_MAP_COLUMNS_SQL, PLACE_MAP_COLUMNS_SQLITE, TYPE_SINCE_MAP_SQL, PLACE_MAP_POSTGRES, PLACE_MAP_SQL, PLACE_MAP_SQLITE, PLACE_TYPES_POSTGRES, PLACE_TYPES_SQLITE } from './place-map.js';
import { WEEK_TYPE_POSTGRES, WEEK_TYPE_SQLITE } from './week-type-summaries.js';
import { SUMMARIES_POSTGRES, SUMMARIES_SQLITE } from './summaries.js';
import { NEAR_INDEX_SQLITE } from './near-index.js';
import { SORT_MERGE_POSTGRES, SORT_MERGE_SQLITE } from './sort-merge.js';
import { SORT_COLUMNS_POSTGRES, SORT_COLUMNS_SQL, SORT_COLUMNS_SQLITE } from './sort-columns.js';
import type { SqlDb } from './sql.js';

/**
 * One numbered schema change. `sql` is shared by both dialects (`BLOB` becomes `BYTEA` on
 * PostgreSQL) and split into statements; `sqlite`/`postgres` are statements run verbatim after
 * it, for what the dialects spell differently (triggers, functions, collations).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  sqlite?: readonly string[];
  postgres?: readonly string[];
}

/**
 * The schema, as numbered migrations. Never edit an applied one: add the next number, so a
 * database from an older version upgrades in place.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, actors, places, events, evidence, failures',
    sql: `
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  uri TEXT NOT NULL,
  url TEXT,
  site TEXT,
  title TEXT,
  published TEXT,
  language TEXT,
  text TEXT NOT NULL,
  source_gz BLOB NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT,
  sector TEXT
);
CREATE TABLE places (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  admin1 TEXT,
  lat DOUBLE PRECISION NOT NULL,
  lon DOUBLE PRECISION NOT NULL,
  place_precision TEXT NOT NULL
);
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  local_id TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  cameo TEXT NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  status TEXT NOT NULL,
  place_id TEXT REFERENCES places(id),
  date_start TEXT,
  date_end TEXT,
  date_precision TEXT,
  dead INTEGER,
  injured INTEGER,
  crowd_size INTEGER,
  coded TEXT NOT NULL
);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_type ON events(type);
CREATE TABLE event_actors (
  event_id TEXT NOT NULL REFERENCES events(id),
  role TEXT NOT NULL,
  ord INTEGER NOT NULL,
  actor_id TEXT NOT NULL REFERENCES actors(id),
  PRIMARY KEY (event_id, role, ord)
);
CREATE INDEX event_actors_actor ON event_actors(actor_id);
CREATE TABLE evidence (
  event_id TEXT NOT NULL REFERENCES events(id),
  ord INTEGER NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id),
  sentence INTEGER NOT NULL,
  text TEXT NOT NULL,
  text_start INTEGER NOT NULL,
  text_end INTEGER NOT NULL,
  source_start INTEGER,
  source_end INTEGER,
  trigger_text TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_source_start INTEGER,
  trigger_source_end INTEGER,
  PRIMARY KEY (event_id, ord)
);
CREATE INDEX evidence_document ON evidence(document_id);
CREATE TABLE failures (
  id TEXT PRIMARY KEY,
  input TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  failed_at TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'near-duplicate documents and event clusters',
    sql: `
ALTER TABLE documents ADD COLUMN duplicate_of TEXT;
ALTER TABLE documents ADD COLUMN similarity DOUBLE PRECISION;
ALTER TABLE documents ADD COLUMN minhash BLOB;
CREATE TABLE document_bands (
  band TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id),
  PRIMARY KEY (band, document_id)
);
CREATE TABLE clusters (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  status_class TEXT NOT NULL,
  date_start TEXT,
  date_end TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  admin1 TEXT,
  country TEXT,
  actor_keys TEXT NOT NULL,
  sources INTEGER NOT NULL,
  reports INTEGER NOT NULL
);
CREATE INDEX clusters_type_date ON clusters(type, date_start);
ALTER TABLE events ADD COLUMN cluster_id TEXT;
CREATE INDEX events_cluster ON events(cluster_id);
INSERT INTO clusters (id, type, status_class, date_start, date_end, lat, lon, admin1, country, actor_keys, sources, reports)
  SELECT e.id, e.type,
         CASE WHEN e.status IN ('occurred', 'claimed') THEN 'factual' ELSE e.status END,
         e.date_start, e.date_end, p.lat, p.lon, p.admin1, p.country, '[]', 1, 1
  FROM events e LEFT JOIN places p ON p.id = e.place_id;
UPDATE events SET cluster_id = id WHERE cluster_id IS NULL;
`,
  },
  {
    version: 3,
    name: 'shingle counts, for near-duplicate containment (updated versions that add text)',
    sql: `
ALTER TABLE documents ADD COLUMN shingle_count INTEGER;
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
`,
  },
  {
    version: 4,
    name: 'indexes for the HTTP API: newest-first event pages, date ranges, sources, places, roles',
    sql: `
CREATE INDEX clusters_date ON clusters(date_start, id);
CREATE INDEX clusters_date_end ON clusters(date_end);
CREATE INDEX clusters_sources ON clusters(sources);
CREATE INDEX clusters_lat_lon ON clusters(lat, lon);
CREATE INDEX clusters_country ON clusters(country);
CREATE INDEX events_place ON events(place_id);
CREATE INDEX event_actors_role ON event_actors(event_id, role, actor_id);
`,
  },
  {
    version: 5,
    name: 'newest-first sort key, representative status and score on clusters, covering indexes',
    // `sort_key` is the start day with undated clusters mapped to '' (below every ISO day), so
    // "newest first, undated last" is one descending index walk instead of a sort of every match.
    // `status`/`goldstein` copy the representative report's (the cluster's first, whose id the
    // cluster shares and which never changes), so counts and aggregations read one table.
    sql: `
ALTER TABLE clusters ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
ALTER TABLE clusters ADD COLUMN status TEXT;
ALTER TABLE clusters ADD COLUMN goldstein DOUBLE PRECISION;
UPDATE clusters SET sort_key = COALESCE(date_start, ''),
  status = (SELECT e.status FROM events e WHERE e.id = clusters.id),
  goldstein = (SELECT e.goldstein FROM events e WHERE e.id = clusters.id);
CREATE INDEX clusters_sort ON clusters(sort_key DESC, id);
CREATE INDEX clusters_type_sort ON clusters(type, sort_key DESC, id);
CREATE INDEX clusters_status_sort ON clusters(status, sort_key DESC, id);
CREATE INDEX clusters_timeline ON clusters(date_start, type, goldstein);
CREATE INDEX events_cluster_document ON events(document_id, cluster_id);
CREATE INDEX event_actors_actor_event ON event_actors(actor_id, event_id);
CREATE INDEX events_id_cluster ON events(id, cluster_id);
CREATE INDEX clusters_country_upper ON clusters((UPPER(country)));
`,
  },
  {
    version: 6,
    name: 'per-actor summaries maintained on write (actor_clusters, actor_stats); events by place and cluster',
    sql: ACTOR_STATS_SQL,
  },
  {
    version: 7,
    name: 'per-place-name cluster counts maintained on write (place_clusters, place_stats)',
    sql: PLACE_STATS_SQL,
  },
  {
    version: 8,
    name: 'sortable columns on clusters (dead, injured, first actor) kept by triggers; an index per sort',
    sql: SORT_COLUMNS_SQL,
    sqlite: SORT_COLUMNS_SQLITE,
    postgres: SORT_COLUMNS_POSTGRES,
  },
  {
    version: 9,
    name: 'network, place and timeline summaries kept by triggers (pair_stats, cluster_pairs, place_events, timeline_days)',
    sql: '',
    sqlite: SUMMARIES_SQLITE,
    postgres: SUMMARIES_POSTGRES,
  },
  {
    version: 10,
    name: 'full-text index over evidence sentences (SQLite FTS5, PostgreSQL tsvector + GIN); covering date-range index',
    sql: DATE_RANGE_SQL,
    sqlite: FULL_TEXT_SQLITE,
    postgres: FULL_TEXT_POSTGRES,
  },
  {
    version: 11,
    name: 'representative place on clusters and a covering map index (the filtered places aggregate); actor name index',
    sql: PLACE_MAP_SQL,
    sqlite: PLACE_MAP_SQLITE,
    postgres: PLACE_MAP_POSTGRES,
  },
  {
    version: 12,
    name: 'weekly timeline and per-type network summaries kept by triggers; full-text matches to clusters by integer key (SQLite)',
    sql: '',
    sqlite: [...WEEK_TYPE_SQLITE, ...FULL_TEXT_CLUSTERS_SQLITE],
    postgres: WEEK_TYPE_POSTGRES,
  },
  {
    version: 13,
    name: 'unfiltered map summary (place_types: clusters, dead, sources per place and type) kept by triggers',
    sql: '',
    sqlite: PLACE_TYPES_SQLITE,
    postgres: PLACE_TYPES_POSTGRES,
  },
  {
    version: 14,
    name: 'joint events (several actors, no recipient) in the network: one pair per ordered pair of actors',
    sql: '',
    sqlite: JOINT_PAIRS_SQLITE,
    postgres: JOINT_PAIRS_POSTGRES,
  },
  {
    version: 15,
    name: 'clusters per country (place or actor) kept by triggers (cluster_countries); covering near index',
    sql: '',
    sqlite: COUNTRY_CLUSTERS_SQLITE,
    postgres: COUNTRY_CLUSTERS_POSTGRES,
  },
  {
    version: 16,
    name: 'timeline, map and network summaries per country kept by triggers (country_days, country_weeks, country_places, country_pairs)',
    sql: '',
    sqlite: COUNTRY_SUMMARIES_SQLITE,
    postgres: COUNTRY_SUMMARIES_POSTGRES,
  },
  {
    version: 17,
    name: 'actor → cluster pairs by cluster (a broad actor filter walks the sort index probing them)',
    sql: ACTOR_CLUSTERS_BY_CLUSTER_SQL,
  },
  {
    version: 18,
    name: 'clusters per type and status kept by triggers (cluster_counts), for the store stats',
    sql: '',
    sqlite: CLUSTER_COUNTS_SQLITE,
    postgres: CLUSTER_COUNTS_POSTGRES,
  },
  {
    version: 19,
    name: 'the unfiltered map folded per place (place_map) kept by a trigger on place_types',
    sql: '',
    sqlite: PLACE_FOLD_SQLITE,
    postgres: PLACE_FOLD_POSTGRES,
  },
  {
    version: 20,
    name: "each evidence row's cluster on the row for word search (PostgreSQL; SQLite has evidence_fts_clusters)",
    sql: '',
    postgres: EVIDENCE_CLUSTER_POSTGRES,
  },
  {
    version: 21,
    name: 'covering index for maps and counts filtered by type and since',
    sql: TYPE_SINCE_MAP_SQL,
  },
  {
    version: 22,
    name: 'timeline per actor (actor_days, actor_weeks) kept by triggers',
    sql: '',
    sqlite: ACTOR_SUMMARIES_SQLITE,
    postgres: ACTOR_SUMMARIES_POSTGRES,
  },
  {
    version: 23,
    name: "covering index for the writer's near-duplicate lookup (SQLite)",
    sql: '',
    sqlite: NEAR_INDEX_SQLITE,
  },
  {
    version: 24,
    name: 'cluster dead/injured kept on merge by the writer (max of stored and new report); recounted by triggers when an event changes or leaves',
    sql: '',
    sqlite: SORT_MERGE_SQLITE,
    postgres: SORT_MERGE_POSTGRES,
  },
  {
    version: 25,
    name: "the place's columns on each place_map row (the unfiltered map reads one table), copied by the fold trigger and on a place's edit",
    sql: PLACE_MAP_COLUMNS_SQL,
    sqlite: PLACE_MAP_COLUMNS_SQLITE,
    postgres: PLACE_MAP_COLUMNS_POSTGRES,
  },
];

/** Newest schema version this code knows. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Applies every migration not yet recorded in `schema_migrations`, each in its own transaction
 * (DDL is transactional in both SQLite and PostgreSQL). `upTo` stops early (tests build old databases).
 * Refuses a database newer than this code.
 */
export async function migrate(db: SqlDb, upTo = SCHEMA_VERSION): Promise<number[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((await db.all('SELECT version FROM schema_migrations')).map((r) => Number(r['version'])));
  const newest = Math.max(0, ...applied);
  if (newest > SCHEMA_VERSION) {
    throw new Error(`the database has schema version ${newest}, newer than this sitrep (${SCHEMA_VERSION}); upgrade sitrep`);
  }
  for (const m of MIGRATIONS) {
    if (m.version > upTo || applied.has(m.version)) continue;
    const sql = db.dialect === 'postgres' ? m.sql.replace(/\bBLOB\b/g, 'BYTEA') : m.sql;
    await db.transaction(async (tx) => {
      // Another process may have applied it since we looked; the transaction's write lock makes this check final.
      if ((await tx.all('SELECT version FROM schema_migrations WHERE version = ?', [m.version])).length > 0) return;
      for (const statement of splitStatements(sql)) await tx.run(statement);
      for (const statement of (db.dialect === 'postgres' ? m.postgres : m.sqlite) ?? []) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
    });
  }
  return (await db.all('SELECT version FROM schema_migrations ORDER BY version')).map((r) => Number(r['version']));
}

/** Our migrations hold no `;` inside literals, so splitting on statement ends is safe. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .map((s) => s.trim().replace(/;$/, ''))
    .filter((s) => s.length > 0);
}
