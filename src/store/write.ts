import type { ClusterProfile } from './cluster-match.js';
import { matchScore, mergeProfile, shiftDay, DATE_WINDOW_DAYS } from './cluster-match.js';
import { countActorRoles } from './actor-stats.js';
import { countPlace } from './place-stats.js';
import { containment, signatureBytes, signatureFromBytes, similarity } from './minhash.js';
import { NEAR_INDEX_HINT } from './near-index.js';
import type { PreparedBundle, PreparedEvent } from './prepare.js';
import { EVENT_COLUMNS, EVIDENCE_COLUMNS } from './prepare.js';
import type { SqlDb, SqlExecutor, SqlValue } from './sql.js';
import { placeholders } from './sql.js';
import type { IngestOutcome } from './types.js';

/** The SQL dialect a statement is written for. */
type SqlDialect = SqlDb['dialect'];

/** Estimated shingle Jaccard at or above which a page is a near-duplicate of an earlier one. */
export const NEAR_DUPLICATE = 0.6;
/** Estimated containment at or above which a page is a near-duplicate (an updated version that adds text). */
export const CONTAINED = 0.85;
/** Texts shorter than this many shingles are linked on Jaccard only: containment of a few shingles means little. */
const MIN_CONTAINED_SHINGLES = 30;

/** `(?, ?), (?, ?)…`: `rows` groups of `width` placeholders, for one multi-row INSERT. */
function valueGroups(rows: number, width: number): string {
  const one = `(${placeholders(width)})`;
  return Array.from({ length: rows }, () => one).join(', ');
}

/** The SQL of each statement shape, built once per shape (the executors cache prepared statements by SQL text). */
const sqlCache = new Map<string, string>();
function cached(key: string, build: () => string): string {
  let sql = sqlCache.get(key);
  if (sql === undefined) sqlCache.set(key, (sql = build()));
  return sql;
}

/**
 * Writes one prepared page (see `prepareBundle`) inside the caller's transaction: the document
 * (linked to an earlier near-duplicate), its actors, places, events and evidence, and each event's
 * cluster. A document already stored is left alone, so re-ingesting is a no-op.
 */
export async function writePrepared(tx: SqlExecutor, page: PreparedBundle, dialect: SqlDialect): Promise<IngestOutcome> {
  const doc = page.document;
  if ((await tx.all('SELECT id FROM documents WHERE id = ?', [doc.id])).length > 0) {
    return { documentId: doc.id, status: 'duplicate', events: 0, duplicateOf: doc.id };
  }
  const near = await findNearDuplicate(tx, page, dialect);
  await tx.run(
    `INSERT INTO documents (id, uri, url, site, title, published, language, text, source_gz, ingested_at, duplicate_of, similarity, minhash, shingle_count)
     VALUES (${placeholders(14)})`,
    [doc.id, doc.uri, doc.url, doc.site, doc.title, doc.published, doc.language, doc.text, doc.sourceGz, new Date().toISOString(), near?.id ?? null, near?.similarity ?? null, signatureBytes(page.signature), page.shingleCount],
  );
  if (page.bands.length > 0) {
    // One statement for every band: the same rows as one INSERT per band, in far fewer round trips.
    const sql = cached(`bands:${page.bands.length}`, () => `INSERT INTO document_bands (band, document_id) VALUES ${valueGroups(page.bands.length, 2)} ON CONFLICT DO NOTHING`);
    await tx.run(sql, page.bands.flatMap((band) => [band, doc.id]));
  }
  // The independent source this page counts as: the first copy it is a near-duplicate of, or itself.
  const root = near?.id ?? doc.id;
  for (const event of page.events) await writeEvent(tx, event, root);
  return {
    documentId: doc.id,
    status: near ? 'near-duplicate' : 'new',
    events: page.events.length,
    ...(near ? { duplicateOf: near.id } : {}),
  };
}

/** Candidate documents fetched per statement (the last group padded with NULL, which matches no id). */
const NEAR_FETCH = 32;

/**
 * The candidate documents' query: {@link NEAR_FETCH} ids, read through the covering index on
 * SQLite (migration 23), since the table row's copies of these columns lie past its overflow pages.
 */
export function nearDocumentsSql(dialect: SqlDialect): string {
  return `SELECT id, minhash, duplicate_of, shingle_count FROM ${NEAR_INDEX_HINT[dialect]} WHERE id IN (${placeholders(NEAR_FETCH)})`;
}

/**
 * The most similar earlier document among those sharing an LSH band, when similar enough (Jaccard,
 * or containment for an updated version that adds text); chains resolve to the first. Candidates
 * are compared in (band, id) order, the first of equally similar ones winning. Their ids come from
 * the band index alone and each document row is then read once: joining the bands to `documents`
 * read a candidate's row once per band it shares (up to 32), and the columns needed sit after the
 * text and the compressed source, so in SQLite every read walked that row's overflow pages; with
 * many near-duplicates this was 80% of the writer's time and grew with the database.
 */
async function findNearDuplicate(tx: SqlExecutor, page: PreparedBundle, dialect: SqlDialect): Promise<{ id: string; similarity: number } | undefined> {
  if (page.bands.length === 0) return undefined;
  const hits = await tx.all(
    cached(`near:${page.bands.length}`, () => `SELECT document_id FROM document_bands WHERE band IN (${placeholders(page.bands.length)}) ORDER BY band, document_id`),
    page.bands,
  );
  const ids = [...new Set(hits.map((row) => row['document_id'] as string))];
  const rows = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < ids.length; i += NEAR_FETCH) {
    const group: SqlValue[] = ids.slice(i, i + NEAR_FETCH);
    while (group.length < NEAR_FETCH) group.push(null);
    const sql = cached(`near-docs:${dialect}`, () => nearDocumentsSql(dialect));
    for (const row of await tx.all(sql, group)) rows.set(row['id'] as string, row);
  }
  let best: { id: string; similarity: number } | undefined;
  for (const id of ids) {
    const row = rows.get(id);
    if (!row || !(row['minhash'] instanceof Uint8Array)) continue;
    const s = similarity(page.signature, signatureFromBytes(row['minhash']));
    const theirs = row['shingle_count'] === null || row['shingle_count'] === undefined ? 0 : Number(row['shingle_count']);
    const contained = Math.min(theirs, page.shingleCount) >= MIN_CONTAINED_SHINGLES && containment(s, theirs, page.shingleCount) >= CONTAINED;
    if ((s >= NEAR_DUPLICATE || contained) && (!best || s > best.similarity)) {
      best = { id: (row['duplicate_of'] as string | null) ?? (row['id'] as string), similarity: s };
    }
  }
  return best;
}

/** A cluster a new report joins: its id, stored profile and row values the update compares against. */
interface ClusterMatch {
  id: string;
  profile: ClusterProfile;
  score: number;
  goldstein: number;
  row: Record<string, unknown>;
}

/**
 * Writes one event. Its cluster is chosen first, so the event row is inserted with its
 * `cluster_id` (one index entry per cluster index, instead of an insert and an update); the
 * cluster row is written after the report and its actor roles, as the migration-8 and -9 triggers
 * on `clusters` expect.
 */
async function writeEvent(tx: SqlExecutor, event: PreparedEvent, root: string): Promise<void> {
  if (event.place) {
    await tx.run(`INSERT INTO places (id, name, country, admin1, lat, lon, place_precision) VALUES (${placeholders(7)}) ON CONFLICT DO NOTHING`, event.place);
  }
  const best = await bestCluster(tx, event.profile);
  const clusterId = best?.id ?? event.id;
  await tx.run(
    cached('event', () => `INSERT INTO events (${EVENT_COLUMNS.join(', ')}, cluster_id) VALUES (${placeholders(EVENT_COLUMNS.length + 1)})`),
    [...event.row, clusterId],
  );
  if (event.actors.length > 0) {
    const n = event.actors.length;
    await tx.run(
      cached(`actors:${n}`, () => `INSERT INTO actors (id, name, country, sector) VALUES ${valueGroups(n, 4)} ON CONFLICT DO NOTHING`),
      event.actors.flatMap((a) => [a.id, a.name, a.country, a.sector]),
    );
    await tx.run(
      cached(`roles:${n}`, () => `INSERT INTO event_actors (event_id, role, ord, actor_id) VALUES ${valueGroups(n, 4)}`),
      event.actors.flatMap((a) => [event.id, a.role, a.ord, a.id]),
    );
  }
  if (event.evidence.length > 0) {
    const n = event.evidence.length;
    await tx.run(
      cached(`evidence:${n}`, () => `INSERT INTO evidence (${EVIDENCE_COLUMNS.join(', ')}) VALUES ${valueGroups(n, EVIDENCE_COLUMNS.length)}`),
      event.evidence.flat(),
    );
  }
  const goldstein = await writeCluster(tx, event, best, root);
  await countActorRoles(tx, clusterId, goldstein, event.actors.map((a) => ({ role: a.role, actorId: a.id })));
  if (event.placeName) await countPlace(tx, clusterId, event.placeName);
}

/** The best-matching cluster for a report, if any (same type and status class, dates within the window, then {@link matchScore}). */
async function bestCluster(tx: SqlExecutor, report: ClusterProfile): Promise<ClusterMatch | undefined> {
  const params: SqlValue[] = [report.type, report.statusClass];
  let dateClause = '';
  if (report.dateStart && report.dateEnd) {
    dateClause = ' AND (date_start IS NULL OR (date_start <= ? AND date_end >= ?))';
    params.push(shiftDay(report.dateEnd, DATE_WINDOW_DAYS), shiftDay(report.dateStart, -DATE_WINDOW_DAYS));
  }
  const candidates = await tx.all(`SELECT * FROM clusters WHERE type = ? AND status_class = ?${dateClause}`, params);
  let best: ClusterMatch | undefined;
  for (const row of candidates) {
    const profile = rowProfile(row);
    const score = matchScore(profile, report);
    if (score !== null && (!best || score > best.score)) best = { id: row['id'] as string, profile, score, goldstein: Number(row['goldstein']), row };
  }
  return best;
}

/**
 * Inserts the report's new cluster, or merges the report into `best`; returns the cluster's
 * Goldstein score. A new cluster takes the report's status and score (it is the representative)
 * and has one source and one report. A merge counts the report and its source and sets only the
 * columns whose value changes, so the cluster indexes over unchanged columns are left alone;
 * `sort_key` (start day, '' when undated) stays in step with the merged start day.
 */
async function writeCluster(tx: SqlExecutor, event: PreparedEvent, best: ClusterMatch | undefined, root: string): Promise<number> {
  const report = event.profile;
  if (!best) {
    const values: SqlValue[] = [report.dateStart, report.dateEnd, report.dateStart ?? '', report.lat, report.lon, report.admin1, report.country, JSON.stringify(report.actorKeys), 1, 1];
    await tx.run(
      `INSERT INTO clusters (date_start, date_end, sort_key, lat, lon, admin1, country, actor_keys, sources, reports, id, type, status_class, status, goldstein)
       VALUES (${placeholders(15)})`,
      [...values, event.id, report.type, report.statusClass, event.status, event.goldstein],
    );
    return event.goldstein;
  }
  const merged = mergeProfile(best.profile, report);
  // The counts grow by this report, and by one source unless a report of the same root document
  // (the page or a near-duplicate of the same first copy) is in the cluster already. Recounting
  // every report of the cluster joined each to its document for `duplicate_of`, which in SQLite sits
  // past the text and compressed source: a walk over every report's overflow pages, per merge.
  const [seen] = await tx.all(
    cached('root-seen', () => `SELECT 1 AS x FROM events WHERE cluster_id = ? AND id <> ? AND document_id IN (SELECT id FROM documents WHERE id = ? OR duplicate_of = ?) LIMIT 1`),
    [best.id, event.id, root, root],
  );
  const sources = Number(best.row['sources'] ?? 0) + (seen ? 0 : 1);
  const reports = Number(best.row['reports'] ?? 0) + 1;
  const next: [string, SqlValue][] = [
    ['date_start', merged.dateStart],
    ['date_end', merged.dateEnd],
    ['sort_key', merged.dateStart ?? ''],
    ['lat', merged.lat],
    ['lon', merged.lon],
    ['admin1', merged.admin1],
    ['country', merged.country],
    ['actor_keys', JSON.stringify(merged.actorKeys)],
    ['sources', sources],
    // The largest figure of any report (migration 24): reports are only added, so the stored max and this report's give the recount.
    ['dead', larger(best.row['dead'], event.row[DEAD])],
    ['injured', larger(best.row['injured'], event.row[INJURED])],
  ];
  const changed = next.filter(([column, value]) => !sameValue(best.row[column], value));
  // `reports` grows with every merge and is always set: the sort-column triggers fire on it.
  const sets = [...changed.map(([column]) => column), 'reports'];
  await tx.run(
    cached(`cluster:${sets.join(',')}`, () => `UPDATE clusters SET ${sets.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`),
    [...changed.map(([, value]) => value), reports, best.id],
  );
  return best.goldstein;
}

/** Positions of the casualty figures in an event row. */
const DEAD = EVENT_COLUMNS.indexOf('dead');
const INJURED = EVENT_COLUMNS.indexOf('injured');

/** SQL `MAX` of two nullable counts: the larger, ignoring NULL (PostgreSQL may return numbers as strings). */
function larger(stored: unknown, value: SqlValue | undefined): number | null {
  const a = stored === null || stored === undefined ? null : Number(stored);
  const b = value === null || value === undefined ? null : Number(value);
  if (a === null) return b;
  return b === null ? a : Math.max(a, b);
}

/** Whether a stored column value equals the value about to be written (numbers compare as numbers: PostgreSQL may return strings). */
function sameValue(stored: unknown, value: SqlValue): boolean {
  if (stored === null || stored === undefined || value === null) return (stored ?? null) === value;
  if (typeof value === 'number') return Number(stored) === value;
  return stored === value;
}

function rowProfile(row: Record<string, unknown>): ClusterProfile {
  const str = (k: string): string | null => (typeof row[k] === 'string' ? (row[k] as string) : null);
  const num = (k: string): number | null => (row[k] === null || row[k] === undefined ? null : Number(row[k]));
  return {
    type: row['type'] as string,
    statusClass: row['status_class'] as string,
    dateStart: str('date_start'),
    dateEnd: str('date_end'),
    lat: num('lat'),
    lon: num('lon'),
    admin1: str('admin1'),
    country: str('country'),
    actorKeys: JSON.parse(str('actor_keys') ?? '[]') as string[],
  };
}
