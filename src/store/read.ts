import { gunzipSync } from 'node:zlib';
import { haversineKm } from './cluster-match.js';
import { actorIdsSql, actorOnlyCountSql, filterSql, orderSql } from './filter-sql.js';
import type { SqlDb, SqlExecutor, SqlRow, SqlValue } from './sql.js';
import { wordPageIds, wordPageSql } from './word-page.js';
import { placeholders } from './sql.js';
import type { ActorSummary, DocumentRow, EventActorRow, EventFilter, EventPage, EventRow, EvidenceRow, StoreStats, StoredDocument } from './types.js';

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function documentRow(r: SqlRow): DocumentRow {
  return {
    id: String(r['id']),
    uri: String(r['uri']),
    url: str(r['url']),
    site: str(r['site']),
    title: str(r['title']),
    published: str(r['published']),
    language: str(r['language']),
    duplicateOf: str(r['duplicate_of']),
    similarity: num(r['similarity']),
    ingestedAt: String(r['ingested_at']),
  };
}

const DOC_COLUMNS = 'id, uri, url, site, title, published, language, duplicate_of, similarity, ingested_at';

/** Every stored document, oldest first. */
export async function listDocuments(db: SqlExecutor): Promise<DocumentRow[]> {
  return (await db.all(`SELECT ${DOC_COLUMNS} FROM documents ORDER BY ingested_at, id`)).map(documentRow);
}

/** One document with its text and decompressed source page. */
export async function readDocument(db: SqlExecutor, id: string): Promise<StoredDocument | undefined> {
  const [r] = await db.all(`SELECT ${DOC_COLUMNS}, text, source_gz FROM documents WHERE id = ?`, [id]);
  if (!r) return undefined;
  const gz = r['source_gz'];
  return { ...documentRow(r), text: String(r['text']), source: gz instanceof Uint8Array ? gunzipSync(gz).toString('utf8') : '' };
}

/**
 * Event clusters matching the filter, newest first (or in the filter's `sort`/`order`), each with its representative coding (the
 * first report), all evidence, and the number of independent sources.
 */
export async function queryEvents(db: SqlDb, filter: EventFilter = {}, matches?: number): Promise<EventRow[]> {
  // PostgreSQL's planner walks a sort index by itself where that is cheaper, except for a word search or `actorName` (see `filterSql`).
  const walkable = db.dialect === 'sqlite' || filter.text !== undefined || filter.actorName !== undefined;
  const walk = walkable && matches !== undefined && !filter.near && filter.limit !== undefined && (await walkIsCheaper(db, matches, (filter.offset ?? 0) + filter.limit));
  // A walk probes each cluster's actors (SQLite): the substring is matched against the actors once, first.
  const actorIds = walk && filter.actor && db.dialect === 'sqlite' ? await resolveActors(db, filter.actor) : undefined;
  const few = !walk && matches !== undefined && matches <= FEW_MATCHES && filter.limit !== undefined;
  const { where, params } = filterSql(filter, db.dialect, { walk, few, ...(actorIds ? { actorIds } : {}) });
  const order = orderSql(filter);
  const offset = filter.offset ?? 0;
  // Without `near` the page is cut in SQL; with it, the exact distance check must run first.
  const page = !filter.near && filter.limit !== undefined ? ` LIMIT ${Math.floor(filter.limit)} OFFSET ${Math.floor(offset)}` : '';
  // With a page, the cluster ids are picked first and only the page's rows are joined to their
  // representative and place (a filter matching thousands of clusters sorts bare ids, not rows).
  const from = page
    ? `(SELECT c.id FROM clusters c ${where} ${order}${page}) pg JOIN clusters c ON c.id = pg.id`
    : 'clusters c';
  const sql = `SELECT c.id, c.type, c.date_start, c.date_end, c.sources, c.reports, c.lat, c.lon,
      rep.mode, rep.cameo, rep.goldstein, rep.status, rep.date_precision, rep.coded,
      p.name AS place_name, p.country AS place_country, p.admin1 AS place_admin1, p.lat AS place_lat, p.lon AS place_lon, p.place_precision
    FROM ${from} JOIN events rep ON rep.id = c.id LEFT JOIN places p ON p.id = rep.place_id
    ${page ? '' : where}
    ${order}`;
  let rows = await db.all(sql, params);
  if (filter.near) {
    const { lat, lon, km } = filter.near;
    rows = rows.filter((r) => r['lat'] !== null && haversineKm(lat, lon, Number(r['lat']), Number(r['lon'])) <= km);
    rows = rows.slice(offset, filter.limit === undefined ? undefined : offset + filter.limit);
  } else if (filter.limit === undefined && offset > 0) {
    rows = rows.slice(offset);
  }
  return hydrate(db, rows);
}

/** Up to how many matches a page not walked looks its word-search or `actorName` clusters up by id on PostgreSQL (`filterSql`'s `few`). */
const FEW_MATCHES = 5000;

/** Below how many matches a page never walks the sort index ({@link walkIsCheaper}). */
const WALK_MIN_MATCHES = 500;

/** The ids of the actors an `actor` filter matches. */
async function resolveActors(db: SqlDb, actor: string): Promise<string[]> {
  const { sql, params } = actorIdsSql(actor);
  return (await db.all(sql, params)).map((r) => String(r['id']));
}

/**
 * Whether a page is found faster by walking the sort index than by collecting every match: the walk
 * reads about `end × clusters ÷ matches` rows to reach the page's end, collecting reads `matches`
 * (and sorts them). SQLite's largest rowid bounds the cluster count in O(log n); PostgreSQL reads
 * the per-type-and-status counts kept on write (`cluster_counts`, migration 18: a few dozen rows).
 */
async function walkIsCheaper(db: SqlDb, matches: number, end: number): Promise<boolean> {
  if (matches < WALK_MIN_MATCHES) return false;
  const [r] = await db.all(db.dialect === 'sqlite' ? 'SELECT MAX(rowid) AS n FROM clusters' : 'SELECT COALESCE(SUM(events), 0) AS n FROM cluster_counts');
  return end * Number(r?.['n'] ?? 0) < matches * matches;
}

/** Where the total of a filter with `actor` stops ({@link EventPage.totalExact}). */
export const ACTOR_TOTAL_CAP = 10_000;

/**
 * One page of events and the number of all matches: the count first, so the page's plan can
 * follow how broad the filter is. A filter with `actor` is counted up to `cap`
 * ({@link ACTOR_TOTAL_CAP}; {@link EventPage.totalExact}).
 */
export async function queryEventPage(db: SqlDb, filter: EventFilter, cap = ACTOR_TOTAL_CAP): Promise<EventPage> {
  if (filter.near) return { ...(await nearPage(db, filter, filter.near)), totalExact: true };
  if (filter.actor !== undefined) {
    const upTo = await countActorEventsUpTo(db, filter, filter.actor, cap + 1);
    const total = Math.min(upTo, cap);
    return { total, totalExact: upTo <= cap, items: upTo === 0 ? [] : await queryEvents(db, filter, upTo) };
  }
  const words = wordPageSql(filter, { walkMin: WALK_MIN_MATCHES, fewMax: FEW_MATCHES }, db.dialect);
  if (words) {
    // Words alone: count and page in one statement over the matches read once.
    const [r] = await db.all(words.sql, words.params);
    const ids = wordPageIds(r?.['ids']);
    return { total: Number(r?.['total'] ?? 0), totalExact: true, items: ids.length === 0 ? [] : await pageRows(db, ids) };
  }
  const total = await countEvents(db, filter);
  return { total, totalExact: true, items: total === 0 ? [] : await queryEvents(db, filter, total) };
}

/**
 * How many clusters match a filter with `actor`, counted until `limit` (the answer is then
 * `limit`). The actor → cluster pairs of the matching actors overlap (an event between two armies
 * is a pair of each), so the exact count de-duplicates every pair; stopping at the limit
 * de-duplicates only as many as it takes to find `limit` clusters.
 */
async function countActorEventsUpTo(db: SqlDb, filter: EventFilter, actor: string, limit: number): Promise<number> {
  const ignored = new Set(['limit', 'offset', 'sort', 'order', 'actor']);
  const alone = (Object.keys(filter) as (keyof EventFilter)[]).every((k) => filter[k] === undefined || ignored.has(k));
  if (!alone) {
    // With other conditions: the matching clusters, in whatever order the planner finds them, until the limit.
    const { where, params } = filterSql(filter, db.dialect);
    const [r] = await db.all(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM clusters c ${where} LIMIT ${Math.floor(limit)}) t`, params);
    return Number(r?.['n'] ?? 0);
  }
  const n = async (sql: string, params: SqlValue[]): Promise<number> => Number((await db.all(sql, params))[0]?.['n'] ?? 0);
  if (db.dialect === 'sqlite') {
    // SQLite de-duplicates a DISTINCT as the pairs stream past (a temporary index), so the LIMIT
    // stops it after `limit` clusters: `army` (153 actors) 16 -> 4 CPU ms.
    const { sql, params } = actorIdsSql(actor);
    return n(`SELECT COUNT(*) AS n FROM (SELECT DISTINCT ac.cluster_id FROM actor_clusters ac WHERE ac.actor_id IN (${sql}) LIMIT ${Math.floor(limit)}) t`, params);
  }
  // PostgreSQL hashes a DISTINCT whole before its LIMIT. Few pairs (the actors' event counts kept
  // on write bound them): hash them. Many: walk the pairs in cluster order (`actor_clusters_cluster`),
  // where duplicates are neighbours, until `limit` clusters (`army`: 10,001 of 44,558 clusters,
  // 45 -> 7 ms). The ids are resolved first: a hashed list of constants is what lets the planner
  // walk; with the actors' subquery it estimated a dozen actors and sorted every pair.
  const ids = await resolveActors(db, actor);
  if (ids.length === 0) return 0;
  const inList = placeholders(ids.length);
  const pairs = await n(`SELECT COALESCE(SUM(s.events), 0) AS n FROM actor_stats s WHERE s.actor_id IN (${inList})`, ids);
  if (pairs <= 2 * limit) {
    return Math.min(limit, await n(`SELECT COUNT(*) AS n FROM (SELECT ac.cluster_id FROM actor_clusters ac WHERE ac.actor_id IN (${inList}) GROUP BY ac.cluster_id) t`, ids));
  }
  return n(`SELECT COUNT(*) AS n FROM (SELECT DISTINCT ac.cluster_id FROM actor_clusters ac WHERE ac.actor_id IN (${inList}) ORDER BY ac.cluster_id LIMIT ${Math.floor(limit)}) t`, ids);
}

/**
 * A page of a `near` filter. The circle is decided in SQL by the same great-circle formula as
 * {@link haversineKm}, so the count and the page (`LIMIT`) are cut there and only the page's rows
 * are read. SQL's and JavaScript's sines may differ in the last bits, so a cluster whose SQL
 * distance lies within a relative {@link NEAR_BAND} of the radius is one the two could disagree
 * on: when any such cluster matches (rare: a point within millimetres of the circle), the page is
 * made by the exact check in JavaScript over the box's ids instead ({@link nearPageExact}).
 */
async function nearPage(db: SqlDb, filter: EventFilter, near: NonNullable<EventFilter['near']>): Promise<{ total: number; items: EventRow[] }> {
  const { where, params } = filterSql(filter, db.dialect);
  const dist = distanceSql(db.dialect);
  const distParams = [near.lat, near.lat, near.lat, near.lon, near.lon];
  const [counts] = await db.all(
    `SELECT SUM(CASE WHEN d <= ? THEN 1 ELSE 0 END) AS sure, SUM(CASE WHEN d > ? AND d <= ? THEN 1 ELSE 0 END) AS unsure
     FROM (SELECT ${dist} AS d FROM clusters c ${where}) t`,
    [near.km * (1 - NEAR_BAND), near.km * (1 - NEAR_BAND), near.km * (1 + NEAR_BAND), ...distParams, ...params],
  );
  if (Number(counts?.['unsure'] ?? 0) > 0) return nearPageExact(db, filter, near);
  const total = Number(counts?.['sure'] ?? 0);
  const offset = filter.offset ?? 0;
  if (total === 0 || offset >= total) return { total, items: [] };
  const page = filter.limit === undefined ? '' : ` LIMIT ${Math.floor(filter.limit)} OFFSET ${Math.floor(offset)}`;
  const order = orderSql(filter);
  const ids = (await db.all(`SELECT c.id FROM clusters c ${where ? `${where} AND` : 'WHERE'} ${dist} <= ? ${order}${page}`, [...params, ...distParams, near.km])).map((r) =>
    String(r['id']),
  );
  return { total, items: await pageRows(db, page ? ids : ids.slice(offset)) };
}

/** Relative width of the band around a `near` radius where SQL's and JavaScript's distances could disagree. */
const NEAR_BAND = 1e-9;

/**
 * {@link haversineKm} in SQL over `c.lat`/`c.lon`, with five parameters: the centre's latitude
 * three times, then its longitude twice. NULL for an unlocated cluster (never inside).
 */
function distanceSql(dialect: 'sqlite' | 'postgres'): string {
  const rad = String(Math.PI / 180);
  const least = dialect === 'postgres' ? 'LEAST' : 'MIN';
  const sLat = `SIN((c.lat - ?) * ${rad} / 2)`;
  const sLon = `SIN((c.lon - ?) * ${rad} / 2)`;
  // Each sine squared by repeating it with the same parameter (no POW in both dialects alike).
  return `(2 * 6371 * ASIN(${least}(1, SQRT(${sLat} * ${sLat} + COS(CAST(? AS DOUBLE PRECISION) * ${rad}) * COS(c.lat * ${rad}) * ${sLon} * ${sLon}))))`;
}

/**
 * The exact `near` page: the box's ids and coordinates in the list's order, cut by
 * {@link haversineKm} here; then the page's clusters are read in full.
 */
async function nearPageExact(db: SqlDb, filter: EventFilter, near: NonNullable<EventFilter['near']>): Promise<{ total: number; items: EventRow[] }> {
  const { where, params } = filterSql(filter, db.dialect);
  const candidates = await db.all(`SELECT c.id, c.lat, c.lon FROM clusters c ${where} ${orderSql(filter)}`, params);
  const inside = candidates.filter((r) => r['lat'] !== null && haversineKm(near.lat, near.lon, Number(r['lat']), Number(r['lon'])) <= near.km);
  const offset = filter.offset ?? 0;
  const ids = inside.slice(offset, filter.limit === undefined ? undefined : offset + filter.limit).map((r) => String(r['id']));
  return { total: inside.length, items: await pageRows(db, ids) };
}

/** The clusters `ids` in full (representative, place, actors, evidence), in the order given. */
async function pageRows(db: SqlDb, ids: readonly string[]): Promise<EventRow[]> {
  const rows: SqlRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    rows.push(...(await db.all(`${PAGE_SELECT} FROM clusters c JOIN events rep ON rep.id = c.id LEFT JOIN places p ON p.id = rep.place_id WHERE c.id IN (${placeholders(chunk.length)})`, chunk)));
  }
  // The rows come back in any order; the page keeps the order of the ids.
  const byId = new Map(rows.map((r) => [String(r['id']), r]));
  return hydrate(db, ids.map((id) => byId.get(id)).filter((r): r is SqlRow => r !== undefined));
}

/** The columns of an event list row over `clusters c`, its representative `rep` and place `p`. */
const PAGE_SELECT = `SELECT c.id, c.type, c.date_start, c.date_end, c.sources, c.reports, c.lat, c.lon,
      rep.mode, rep.cameo, rep.goldstein, rep.status, rep.date_precision, rep.coded,
      p.name AS place_name, p.country AS place_country, p.admin1 AS place_admin1, p.lat AS place_lat, p.lon AS place_lon, p.place_precision`;

/** How many event clusters match the filter (`limit` and `offset` ignored). */
export async function countEvents(db: SqlDb, filter: EventFilter = {}): Promise<number> {
  const byActor = actorOnlyCountSql(filter, db.dialect);
  if (byActor) {
    const [r] = await db.all(byActor.sql, byActor.params);
    return Number(r?.['n'] ?? 0);
  }
  const { where, params } = filterSql(filter, db.dialect);
  if (filter.near) {
    const { lat, lon, km } = filter.near;
    const rows = await db.all(`SELECT c.lat, c.lon FROM clusters c ${where}`, params);
    return rows.filter((r) => r['lat'] !== null && haversineKm(lat, lon, Number(r['lat']), Number(r['lon'])) <= km).length;
  }
  const [r] = await db.all(`SELECT COUNT(*) AS n FROM clusters c ${where}`, params);
  return Number(r?.['n'] ?? 0);
}

/** One event cluster by id, with all its evidence; undefined when there is none. */
export async function readEvent(db: SqlExecutor, id: string): Promise<EventRow | undefined> {
  const rows = await db.all(
    `SELECT c.id, c.type, c.date_start, c.date_end, c.sources, c.reports, c.lat, c.lon,
      rep.mode, rep.cameo, rep.goldstein, rep.status, rep.date_precision, rep.coded,
      p.name AS place_name, p.country AS place_country, p.admin1 AS place_admin1, p.lat AS place_lat, p.lon AS place_lon, p.place_precision
    FROM clusters c JOIN events rep ON rep.id = c.id LEFT JOIN places p ON p.id = rep.place_id WHERE c.id = ?`,
    [id],
  );
  return (await hydrate(db, rows))[0];
}

/** Adds each cluster's actors, counts, documents and evidence, a few queries for all clusters at once. */
async function hydrate(db: SqlExecutor, rows: SqlRow[]): Promise<EventRow[]> {
  const out: EventRow[] = [];
  // Keep IN lists well under SQLite's parameter limit.
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const ids = chunk.map((r) => String(r['id']));
    const inList = placeholders(ids.length);
    const actors = await db.all(
      `SELECT ea.event_id, ea.role, ea.ord, a.name, a.country, a.sector FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
       WHERE ea.event_id IN (${inList}) ORDER BY ea.event_id, ea.role, ea.ord`,
      ids,
    );
    const members = await db.all(
      `SELECT e.cluster_id, e.id, e.document_id, e.dead, e.injured, e.crowd_size FROM events e JOIN documents d ON d.id = e.document_id
       WHERE e.cluster_id IN (${inList}) ORDER BY d.ingested_at, d.id, e.id`,
      ids,
    );
    const evidence = await db.all(
      `SELECT e.cluster_id, v.* FROM evidence v JOIN events e ON e.id = v.event_id JOIN documents d ON d.id = v.document_id
       WHERE e.cluster_id IN (${inList}) ORDER BY d.ingested_at, d.id, v.text_start`,
      ids,
    );
    for (const r of chunk) {
      const id = String(r['id']);
      const role = (name: string): EventActorRow[] =>
        actors.filter((a) => a['event_id'] === id && a['role'] === name).map((a) => ({ name: String(a['name']), country: str(a['country']), sector: str(a['sector']) }));
      const mine = members.filter((m) => m['cluster_id'] === id);
      const most = (k: string): number | null => mine.reduce<number | null>((m, e) => (e[k] === null ? m : Math.max(m ?? 0, Number(e[k]))), null);
      const coded = parseCoded(r['coded']);
      out.push({
        id,
        type: String(r['type']),
        mode: str(r['mode']),
        context: Array.isArray(coded['context']) ? coded['context'].map(String) : [],
        claimedBy: typeof coded['claimedBy'] === 'string' ? coded['claimedBy'] : null,
        cameo: String(r['cameo']),
        goldstein: Number(r['goldstein']),
        status: String(r['status']),
        actors: role('actor'),
        recipients: role('recipient'),
        place:
          r['place_name'] === null || r['place_name'] === undefined
            ? null
            : { name: String(r['place_name']), country: String(r['place_country']), admin1: str(r['place_admin1']), lat: Number(r['place_lat']), lon: Number(r['place_lon']), precision: String(r['place_precision']) },
        dateStart: str(r['date_start']),
        dateEnd: str(r['date_end']),
        datePrecision: str(r['date_precision']),
        dead: most('dead'),
        injured: most('injured'),
        size: most('crowd_size'),
        sources: Number(r['sources']),
        reports: Number(r['reports']),
        documents: [...new Set(mine.map((m) => String(m['document_id'])))],
        evidence: evidence.filter((v) => v['cluster_id'] === id).map(evidenceRow),
      });
    }
  }
  return out;
}

/** The representative report's full coding (JSON); an empty object when absent (rows from old versions). */
function parseCoded(value: unknown): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(String(value ?? '{}'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function evidenceRow(v: SqlRow): EvidenceRow {
  return {
    documentId: String(v['document_id']),
    text: String(v['text']),
    start: Number(v['text_start']),
    end: Number(v['text_end']),
    sourceStart: num(v['source_start']),
    sourceEnd: num(v['source_end']),
    trigger: {
      text: String(v['trigger_text']),
      start: Number(v['trigger_start']),
      end: Number(v['trigger_end']),
      sourceStart: num(v['trigger_source_start']),
      sourceEnd: num(v['trigger_source_end']),
    },
  };
}

/**
 * Actors with the clusters they take part in and their cooperation/conflict balance, most active
 * first, from the summaries maintained on write (`actor_stats`, migration 6).
 */
export async function queryActors(db: SqlExecutor, limit?: number): Promise<ActorSummary[]> {
  const rows = await db.all(
    `SELECT a.name, a.country, a.sector, s.events, s.as_actor, s.as_recipient, s.cooperation, s.conflict,
       s.goldstein_sum / s.roles AS goldstein
     FROM actor_stats s JOIN actors a ON a.id = s.actor_id
     WHERE s.events > 0
     ORDER BY s.events DESC, a.name${limit === undefined ? '' : ` LIMIT ${Math.floor(limit)}`}`,
  );
  return rows.map((r) => ({
    name: String(r['name']),
    country: str(r['country']),
    sector: str(r['sector']),
    events: Number(r['events']),
    asActor: Number(r['as_actor']),
    asRecipient: Number(r['as_recipient']),
    cooperation: Number(r['cooperation']),
    conflict: Number(r['conflict']),
    goldstein: Math.round(Number(r['goldstein'] ?? 0) * 100) / 100,
  }));
}

async function count(db: SqlExecutor, sql: string): Promise<number> {
  const [r] = await db.all(sql);
  return Number(r?.['n'] ?? 0);
}

/** Whole-store counts: documents, events by type and status, top actors and places. */
export async function queryStats(db: SqlExecutor): Promise<StoreStats> {
  const byKey = async (sql: string): Promise<Record<string, number>> =>
    Object.fromEntries((await db.all(sql)).map((r) => [String(r['k']), Number(r['n'])]));
  const actors = await queryActors(db, 10);
  // Busiest place names from the counts kept on write (`place_stats`, migration 7).
  const places = await db.all('SELECT name, country, events AS n FROM place_stats WHERE events > 0 ORDER BY events DESC, name LIMIT 10');
  return {
    documents: await count(db, 'SELECT COUNT(*) AS n FROM documents'),
    nearDuplicates: await count(db, 'SELECT COUNT(*) AS n FROM documents WHERE duplicate_of IS NOT NULL'),
    // Clusters by type and status from their counts kept on write (`cluster_counts`, migration 18).
    events: await count(db, 'SELECT COALESCE(SUM(events), 0) AS n FROM cluster_counts'),
    reports: await count(db, 'SELECT COUNT(*) AS n FROM events'),
    actors: await count(db, 'SELECT COUNT(*) AS n FROM actors'),
    places: await count(db, 'SELECT COUNT(*) AS n FROM places'),
    errors: await count(db, 'SELECT COUNT(*) AS n FROM failures'),
    eventsByType: await byKey('SELECT type AS k, SUM(events) AS n FROM cluster_counts GROUP BY type HAVING SUM(events) > 0 ORDER BY n DESC, type'),
    eventsByStatus: await byKey('SELECT status AS k, SUM(events) AS n FROM cluster_counts GROUP BY status HAVING SUM(events) > 0 ORDER BY n DESC, status'),
    topActors: actors.map((a) => ({ name: a.name, country: a.country, events: a.events })),
    topPlaces: places.map((p) => ({ name: String(p['name']), country: String(p['country']), events: Number(p['n']) })),
  };
}
