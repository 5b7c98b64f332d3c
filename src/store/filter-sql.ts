import type { SqlValue } from './sql.js';
import { placeholders } from './sql.js';
import type { EventFilter } from './types.js';

/** A WHERE clause over `clusters c JOIN events rep ON rep.id = c.id` and its parameters. */
export interface FilterSql {
  /** `WHERE …`, or an empty string when nothing filters. */
  where: string;
  params: SqlValue[];
}

/**
 * Translates an {@link EventFilter} into SQL over the cluster table `c` and its representative
 * report `rep`. Shared by the event list, the counts and the aggregations so they always agree.
 * `near` becomes a bounding box plus an equirectangular circle: plain arithmetic that both SQLite
 * and PostgreSQL evaluate (no trigonometry in SQL); the event list re-checks the great-circle distance.
 */
export function filterSql(filter: EventFilter): FilterSql {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.type && filter.type.length > 0) {
    where.push(`c.type IN (${placeholders(filter.type.length)})`);
    params.push(...filter.type.map((v) => v.toUpperCase()));
  }
  if (filter.status && filter.status.length > 0) {
    where.push(`rep.status IN (${placeholders(filter.status.length)})`);
    params.push(...filter.status.map((s) => s.toLowerCase()));
  }
  if (filter.since) {
    where.push('c.date_end >= ?');
    params.push(filter.since.slice(0, 10));
  }
  if (filter.until) {
    where.push('c.date_start <= ?');
    params.push(filter.until.slice(0, 10));
  }
  if (filter.minSources !== undefined) {
    where.push('c.sources >= ?');
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
  if (filter.actor) {
    where.push(`EXISTS (SELECT 1 FROM events e2 JOIN event_actors ea ON ea.event_id = e2.id JOIN actors a ON a.id = ea.actor_id
      WHERE e2.cluster_id = c.id AND (LOWER(a.name) LIKE ? OR UPPER(a.country) = ? OR UPPER(a.sector) = ?))`);
    params.push(`%${filter.actor.toLowerCase()}%`, filter.actor.toUpperCase(), filter.actor.toUpperCase());
  }
  if (filter.country) {
    where.push(`(UPPER(c.country) = ? OR EXISTS (SELECT 1 FROM events e3 JOIN event_actors eb ON eb.event_id = e3.id JOIN actors b ON b.id = eb.actor_id
      WHERE e3.cluster_id = c.id AND UPPER(b.country) = ?))`);
    params.push(filter.country.toUpperCase(), filter.country.toUpperCase());
  }
  if (filter.text) {
    // Portable substring search over the evidence sentences (see docs/API.md: no FTS index yet).
    where.push(`EXISTS (SELECT 1 FROM events e4 JOIN evidence v ON v.event_id = e4.id WHERE e4.cluster_id = c.id AND LOWER(v.text) LIKE ?)`);
    params.push(`%${escapeLike(filter.text.toLowerCase())}%`);
  }
  if (filter.document) {
    where.push('EXISTS (SELECT 1 FROM events e5 WHERE e5.cluster_id = c.id AND e5.document_id = ?)');
    params.push(filter.document);
  }
  return { where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** `LIKE` treats `%` and `_` as wildcards; a search for them means the characters. */
function escapeLike(s: string): string {
  return s.replace(/[%_]/g, ' ');
}
