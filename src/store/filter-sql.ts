import { textMatchSql } from './full-text.js';
import type { SqlValue } from './sql.js';
import { placeholders } from './sql.js';
import type { EventFilter, EventSort } from './types.js';

/** A WHERE clause over the cluster table `clusters c` alone, and its parameters. */
export interface FilterSql {
  /** `WHERE …`, or an empty string when nothing filters. */
  where: string;
  params: SqlValue[];
}

/** How {@link filterSql} spells its conditions. */
export interface FilterSqlOptions {
  /**
   * The page walks a sort index: membership conditions are probed per cluster, not collected. On
   * PostgreSQL only the word search and `actorName` change (its planner walks by itself for the others).
   */
  walk?: boolean;
  /**
   * The filter matches few clusters (a page not walked, its count known): on PostgreSQL the word
   * search's and `actorName`'s clusters are then looked up by their ids instead of joined with every cluster.
   */
  few?: boolean;
  /** The ids of the actors the `actor` filter matches, resolved beforehand ({@link actorIdsSql}). */
  actorIds?: readonly string[];
}

/**
 * Translates an {@link EventFilter} into SQL over the cluster table `c` (the representative
 * report's status is copied there, migration 5). Shared by the event list, the counts and the
 * aggregations so they always agree. Conditions over a cluster's reports are `c.id IN (…)`
 * subqueries, evaluated once for the whole query rather than once per cluster (an `EXISTS`
 * correlated on `c.id` re-ran for every cluster of the store).
 * `near` becomes a bounding box plus an equirectangular circle: plain arithmetic that both SQLite
 * and PostgreSQL evaluate (no trigonometry in SQL); the event list re-checks the great-circle distance.
 */
export function filterSql(filter: EventFilter, dialect: 'sqlite' | 'postgres', options: FilterSqlOptions = {}): FilterSql {
  // A `+` before a column keeps SQLite from driving the query through that term's index: with a
  // broad filter (thousands of clusters) a page is found faster by walking the sort index and
  // testing each cluster than by collecting every match and sorting them all.
  // PostgreSQL plans from its own statistics (and has no unary + on text).
  const hint = options.walk === true && dialect === 'sqlite' ? '+' : '';
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.type && filter.type.length > 0) {
    where.push(`${hint}c.type IN (${placeholders(filter.type.length)})`);
    params.push(...filter.type.map((v) => v.toUpperCase()));
  }
  if (filter.status && filter.status.length > 0) {
    where.push(`${hint}c.status IN (${placeholders(filter.status.length)})`);
    params.push(...filter.status.map((s) => s.toLowerCase()));
  }
  if (filter.since) {
    where.push(`${hint}c.date_end >= ?`);
    params.push(filter.since.slice(0, 10));
  }
  if (filter.until) {
    // The `sort_key` bound says the same for dated clusters (undated ones fail `date_start <= ?`
    // anyway) and lets the newest-first walk start at `until` instead of at the newest cluster.
    // Under the date sort the `sort_key` bound is where the walk starts: never hidden from the planner.
    where.push(`${hint}c.date_start <= ?`, `${(filter.sort ?? 'date') === 'date' ? '' : hint}c.sort_key <= ?`);
    params.push(filter.until.slice(0, 10), filter.until.slice(0, 10));
  }
  if (filter.minSources !== undefined) {
    where.push(`${hint}c.sources >= ?`);
    params.push(filter.minSources);
  }
  if (filter.near) {
    const { lat, lon, km } = filter.near;
    const dLat = km / 111;
    const cosLat = Math.max(0.01, Math.cos((lat * Math.PI) / 180));
    const dLon = km / (111 * cosLat);
    where.push('c.lat BETWEEN ? AND ?');
    params.push(lat - dLat, lat + dLat);
    if (lon - dLon > -180 && lon + dLon < 180) {
      where.push('c.lon BETWEEN ? AND ?');
      params.push(lon - dLon, lon + dLon);
      // Slightly generous (111 km per degree against the 111.2 of the great circle) so the exact check decides.
      where.push('((c.lat - ?) * (c.lat - ?) + (c.lon - ?) * (c.lon - ?) * ? <= ?)');
      params.push(lat, lat, lon, lon, cosLat * cosLat, dLat * dLat * 1.01);
    }
  }
  if (filter.actor && hint && options.actorIds) {
    // Walking: each cluster reads its few actor pairs (`actor_clusters_cluster`, migration 17) and
    // tests them against the matching actors, resolved once; collecting a substring that matches
    // 150 actors first read ~50,000 pairs for a page of 50. The `+` keeps SQLite from seeking
    // every (cluster, matching actor) key instead: 150 seeks per cluster walked.
    const ids = options.actorIds;
    where.push(ids.length === 0 ? '1 = 0' : `EXISTS (SELECT 1 FROM actor_clusters ac WHERE ac.cluster_id = c.id AND +ac.actor_id IN (${placeholders(ids.length)}))`);
    params.push(...ids);
  } else if (filter.actor) {
    const m = actorMatch(filter.actor);
    where.push(`${hint}c.id IN (${clustersOfActors(m.condition)})`);
    params.push(...m.params);
  }
  if (filter.actorName !== undefined) {
    // PostgreSQL, as for a word (below): walking, a hashed subplan of the actor's clusters filters
    // the sort index's walk; few, their ids are looked up. Its own plan looked up every one of
    // the actor's clusters in the table for its sort key (`Syrian army`: 2,701, ~20 ms) to keep 50.
    const clusters = clustersOfActors('a.name = ?');
    if (dialect === 'postgres' && options.walk === true) where.push(`(c.id IN (${clusters})) IS TRUE`);
    else if (dialect === 'postgres' && options.few === true) where.push(`c.id = ANY(ARRAY(${clusters}))`);
    else where.push(`${hint}c.id IN (${clusters})`);
    params.push(filter.actorName);
  }
  if (filter.country) {
    // Located in the country or with an actor of it, from the pairs kept on write (migration 15).
    // Walking a sort index, each cluster probes the pair's key instead of collecting every match first.
    where.push(
      hint
        ? 'EXISTS (SELECT 1 FROM cluster_countries cc WHERE cc.country = ? AND cc.cluster_id = c.id)'
        : 'c.id IN (SELECT cc.cluster_id FROM cluster_countries cc WHERE cc.country = ?)',
    );
    params.push(filter.country.toUpperCase());
  }
  if (filter.text !== undefined) {
    // Word search through the full-text index (migration 10); a query without words matches nothing.
    const match = textMatchSql(filter.text, dialect);
    if (match) {
      // PostgreSQL turns a top-level `IN` into a join of every match with every cluster (a common
      // word: all 100,000 clusters hashed, then the matches sorted, ~40 ms); wrapped in `IS TRUE` it
      // stays a hashed subplan, built once from the GIN index, that filters the sort index's walk
      // until the page is full (~500 clusters for a word in 8% of them, ~10 ms).
      // Few matches (a rare word: ~950 clusters): `= ANY(ARRAY(…))` makes them primary-key look-ups
      // (~1,000 probes; the array's duplicates are dropped by the index scan) where the join hashed
      // all 100,000 clusters to keep ~950 (`q=mediators`'s page ~30 -> ~9 ms, loaded machine).
      if (dialect === 'postgres' && options.walk === true) where.push(`(c.id IN (${match.sql})) IS TRUE`);
      else if (dialect === 'postgres' && options.few === true) where.push(`c.id = ANY(ARRAY(${match.sql}))`);
      else where.push(`${hint}c.id IN (${match.sql})`);
      params.push(match.param);
    } else {
      where.push('1 = 0');
    }
  }
  if (filter.document) {
    where.push('c.id IN (SELECT e5.cluster_id FROM events e5 WHERE e5.document_id = ?)');
    params.push(filter.document);
  }
  return { where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** The value each sort orders by, spelled exactly as its index (migration 8) so the planners use it. */
const SORT_EXPRESSIONS: Record<EventSort, string | null> = {
  date: null,
  type: 'c.type',
  dead: 'COALESCE(c.dead, -1)',
  injured: 'COALESCE(c.injured, -1)',
  sources: 'c.sources',
  goldstein: 'COALESCE(c.goldstein, 0)',
  country: "COALESCE(c.country, '')",
  actor: "COALESCE(c.actor_name, '')",
};

/** Every sort the event list accepts. */
export const EVENT_SORTS = Object.keys(SORT_EXPRESSIONS) as EventSort[];

/**
 * `ORDER BY` of an event list over `clusters c`: the sort value, then the start day, then the id.
 * Descending is `value DESC, sort_key DESC, id` (one forward walk of the sort's index) and
 * ascending its exact reverse (the same index walked backwards), so the two orders mirror each
 * other, ties included.
 */
export function orderSql(filter: Pick<EventFilter, 'sort' | 'order'>): string {
  const asc = filter.order === 'asc';
  const value = SORT_EXPRESSIONS[filter.sort ?? 'date'];
  const down = asc ? 'ASC' : 'DESC';
  const up = asc ? 'DESC' : 'ASC';
  return `ORDER BY ${value ? `${value} ${down}, ` : ''}c.sort_key ${down}, c.id ${up}`;
}

/**
 * The clusters with a report naming an actor that matches `condition` (over `actors a`), from the
 * actor → cluster pairs kept on write (`actor_clusters`, migration 6). Nested `IN`s rather than a
 * join, so both planners start from the few thousand actors and follow the pairs' primary key,
 * instead of scanning every actor role of the store.
 */
function clustersOfActors(condition: string): string {
  return `SELECT ac.cluster_id FROM actor_clusters ac WHERE ac.actor_id IN (SELECT a.id FROM actors a WHERE ${condition})`;
}

/** The ids of the actors an `actor` filter matches (a name substring, or the country or sector code). */
export function actorIdsSql(actor: string): { sql: string; params: SqlValue[] } {
  const m = actorMatch(actor);
  return { sql: `SELECT a.id FROM actors a WHERE ${m.condition}`, params: m.params };
}

/** The `actor` filter's condition over `actors a`: a name substring, or the country or sector code. */
function actorMatch(actor: string): { condition: string; params: SqlValue[] } {
  return { condition: 'LOWER(a.name) LIKE ? OR UPPER(a.country) = ? OR UPPER(a.sector) = ?', params: [`%${actor.toLowerCase()}%`, actor.toUpperCase(), actor.toUpperCase()] };
}

/**
 * The number of clusters matching a filter of `type`/`status` only (or none), from their counts
 * kept on write, or of `actor`, `actorName`, `country` or `text` alone,
 * counted from the actor → cluster pairs, the country → cluster pairs or the word matches without
 * touching `clusters` (every pair's or match's cluster exists); undefined for any other filter. A broad substring (`actor=army`: tens of thousands of clusters) otherwise probes
 * the cluster table once per match.
 */
export function actorOnlyCountSql(filter: EventFilter, dialect: 'sqlite' | 'postgres'): { sql: string; params: SqlValue[] } | undefined {
  const ignored = new Set(['limit', 'offset', 'sort', 'order']);
  const set = (Object.keys(filter) as (keyof EventFilter)[]).filter((k) => filter[k] !== undefined && !ignored.has(k));
  if (set.every((k) => k === 'type' || k === 'status')) {
    // Nothing but type and status (or nothing at all): the per-type-and-status counts kept on write
    // (`cluster_counts`, migration 18), a few dozen rows, instead of counting 100,000 clusters
    // (PostgreSQL: ~6 ms of the unfiltered first page's ~9 ms of database CPU).
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.type && filter.type.length > 0) {
      where.push(`type IN (${placeholders(filter.type.length)})`);
      params.push(...filter.type.map((v) => v.toUpperCase()));
    }
    if (filter.status && filter.status.length > 0) {
      where.push(`status IN (${placeholders(filter.status.length)})`);
      params.push(...filter.status.map((v) => v.toLowerCase()));
    }
    return { sql: `SELECT COALESCE(SUM(events), 0) AS n FROM cluster_counts${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`, params };
  }
  if (set.length === 1 && set[0] === 'text' && filter.text !== undefined) {
    // Words alone: the matching rows' clusters counted without probing `clusters` (every one exists).
    const match = textMatchSql(filter.text, dialect);
    return match ? { sql: `SELECT COUNT(DISTINCT t.cluster_id) AS n FROM (${match.sql}) t`, params: [match.param] } : undefined;
  }
  if (set.length === 1 && set[0] === 'country' && filter.country) {
    return { sql: 'SELECT COUNT(*) AS n FROM cluster_countries cc WHERE cc.country = ?', params: [filter.country.toUpperCase()] };
  }
  const m = set.length === 1 && set[0] === 'actor' && filter.actor ? actorMatch(filter.actor) : set.length === 1 && set[0] === 'actorName' && filter.actorName !== undefined ? { condition: 'a.name = ?', params: [filter.actorName] } : undefined;
  if (!m) return undefined;
  // Grouped rather than COUNT(DISTINCT …): a third cheaper on SQLite for 50,000 pairs.
  return {
    sql: `SELECT COUNT(*) AS n FROM (SELECT ac.cluster_id FROM actor_clusters ac WHERE ac.actor_id IN (SELECT a.id FROM actors a WHERE ${m.condition}) GROUP BY ac.cluster_id) t`,
    params: m.params,
  };
}
