import type { CodedEvent } from '../core/index.js';

/** Days either side of an event's dates within which another report can be the same event. */
export const DATE_WINDOW_DAYS = 2;
/** Two located reports farther apart than this are different events. */
export const PLACE_KM = 60;

/** What a cluster remembers to decide whether a new report joins it. */
export interface ClusterProfile {
  type: string;
  statusClass: string;
  dateStart: string | null;
  dateEnd: string | null;
  lat: number | null;
  lon: number | null;
  admin1: string | null;
  country: string | null;
  /** `n:<name>` and `c:<country>` of every actor and recipient of its reports. */
  actorKeys: string[];
}

/** Reports whose status says the event happened (or someone says it did) merge together; others stay apart by status. */
export function statusClass(status: string): string {
  return status === 'occurred' || status === 'claimed' ? 'factual' : status;
}

/** Lower-cased name without punctuation or a leading article, for matching actors across outlets. */
export function actorNameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^(the|a|an) /, '')
    .trim();
}

/** Country codes that say nothing about who acted (so two reports sharing only them do not match). */
const WEAK_COUNTRIES = new Set(['IGO', 'NGO', 'UNO', 'EUR', 'IMG']);

/** Name and country keys of an event's actors and recipients (recipients taken from the place are left out). */
export function actorKeys(event: CodedEvent): string[] {
  const keys = new Set<string>();
  for (const a of [...event.actors, ...event.recipients]) {
    if (a.from === 'place') continue;
    const name = actorNameKey(a.name);
    if (name) keys.add(`n:${name}`);
    if (a.country && !WEAK_COUNTRIES.has(a.country)) keys.add(`c:${a.country}`);
  }
  return [...keys];
}

/** First and last ISO day of an event's date, or nulls (months and years widen to their range). */
export function dayRange(date: CodedEvent['date'], fallback: string | null): [string | null, string | null] {
  const value = date ?? fallback;
  if (value === null || value === undefined) return [null, null];
  if (typeof value !== 'string') return [value.start.slice(0, 10), value.end.slice(0, 10)];
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return [value.slice(0, 10), value.slice(0, 10)];
  if (/^\d{4}-\d{2}$/.test(value)) return [`${value}-01`, `${value}-31`];
  if (/^\d{4}$/.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  return [null, null];
}

/** ISO day `days` after (or before, when negative) `iso`. */
export function shiftDay(iso: string, days: number): string {
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(t)) return iso;
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How well a new report fits a cluster; `null` when it cannot be the same event. Same type and
 * status class, dates within the window, compatible places (within {@link PLACE_KM}, or the same
 * admin1 region, or one side unlocated in a shared country), and at least one shared actor
 * (a name, or a country when both sides name one).
 */
export function matchScore(cluster: ClusterProfile, report: ClusterProfile): number | null {
  if (cluster.type !== report.type || cluster.statusClass !== report.statusClass) return null;
  if (cluster.dateStart && cluster.dateEnd && report.dateStart && report.dateEnd) {
    if (report.dateStart > shiftDay(cluster.dateEnd, DATE_WINDOW_DAYS) || report.dateEnd < shiftDay(cluster.dateStart, -DATE_WINDOW_DAYS)) return null;
  }
  let score = 0;
  const located = cluster.lat !== null && cluster.lon !== null && report.lat !== null && report.lon !== null;
  if (located) {
    const km = haversineKm(cluster.lat as number, cluster.lon as number, report.lat as number, report.lon as number);
    const sameRegion = cluster.admin1 !== null && cluster.admin1 === report.admin1 && cluster.country === report.country;
    if (km > PLACE_KM && !sameRegion) return null;
    score += km <= PLACE_KM ? 2 : 1;
  } else if (cluster.country && report.country && cluster.country !== report.country) {
    return null;
  }
  const mine = new Set(cluster.actorKeys);
  const names = report.actorKeys.filter((k) => k.startsWith('n:') && mine.has(k)).length;
  const countries = report.actorKeys.filter((k) => k.startsWith('c:') && mine.has(k)).length;
  if (names === 0 && countries === 0) {
    // Neither side names an actor ("a bomb exploded in X"): the place alone must carry the match.
    const anonymous = cluster.actorKeys.length === 0 || report.actorKeys.length === 0;
    if (!(anonymous && located)) return null;
  }
  return score + 2 * names + countries;
}

/** A cluster's profile after a report joins it: dates widen, actors add up, the first place stays. */
export function mergeProfile(cluster: ClusterProfile, report: ClusterProfile): ClusterProfile {
  const min = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);
  const max = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);
  const keepPlace = cluster.lat !== null;
  return {
    ...cluster,
    dateStart: min(cluster.dateStart, report.dateStart),
    dateEnd: max(cluster.dateEnd, report.dateEnd),
    lat: keepPlace ? cluster.lat : report.lat,
    lon: keepPlace ? cluster.lon : report.lon,
    admin1: keepPlace ? cluster.admin1 : report.admin1,
    country: cluster.country ?? report.country,
    actorKeys: [...new Set([...cluster.actorKeys, ...report.actorKeys])],
  };
}
