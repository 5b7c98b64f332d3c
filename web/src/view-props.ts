/**
 * The contract every view of the web UI is written against. The shell (router, filter bar,
 * URL sync) owns the state; views read `filters`, change them with `setFilters`, and move
 * between views with `navigate`. Filters mirror the API's event filters (`GET /api/events`),
 * so `filtersToQuery` turns them into the query string every aggregate endpoint accepts.
 */

/** Event filters shared by every view and kept in the URL so a view can be linked. */
export interface Filters {
  /** Substring of an actor's or recipient's name, or its country/sector code. */
  actor?: string;
  /** The exact name of an actor or recipient (an actor page's links: "Syria" without "Syrian army"). */
  actorName?: string;
  country?: string;
  type?: string[];
  status?: string[];
  since?: string;
  until?: string;
  /** `LAT,LON,KM`, as the API takes it. */
  near?: string;
  minSources?: number;
  q?: string;
}

/** Props of every view component. */
export interface ViewProps {
  filters: Filters;
  /** Merge a change into the filters (a key set to `undefined` removes that filter). */
  setFilters(patch: { [K in keyof Filters]?: Filters[K] | undefined }): void;
  /** Go to another route, e.g. `/events/abc123` or `/actors/USA`; filters are kept. */
  navigate(path: string): void;
}

const KEYS: (keyof Filters)[] = ['actor', 'actorName', 'country', 'type', 'status', 'since', 'until', 'near', 'minSources', 'q'];

/** Filters → the API's query parameters (lists comma-joined; empty values left out). */
export function filtersToQuery(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  return params;
}

/** The API's query parameters (or the page URL's) → filters; unknown keys are ignored. */
export function queryToFilters(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const key of KEYS) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    if (key === 'type' || key === 'status') filters[key] = raw.split(',').filter(Boolean);
    else if (key === 'minSources') {
      const n = Number(raw);
      if (Number.isInteger(n) && n > 0) filters.minSources = n;
    } else filters[key] = raw;
  }
  return filters;
}

/** The query-string keys that are filters (everything else in the URL is a view's own state). */
export const FILTER_KEYS: readonly (keyof Filters)[] = KEYS;
