/**
 * The routes the API benchmark loads, with the kind each counts as for the target
 * ("p95 < 50 ms for filtered event lists and aggregations"). Filters use values the seeded store
 * holds (scripts/seed-store.ts): its types, statuses, countries, actor names ("Militia 12") and the
 * 22-word vocabulary its evidence sentences are drawn from (so one search word matches about a
 * third of all events: a worst case for full-text search, not a typical query).
 */

/** How a route counts towards the target. */
export type RouteKind = 'list' | 'one' | 'aggregation';

/** One measured route; `{id}` is replaced by an event id read from the first page. */
export interface BenchRoute {
  path: string;
  kind: RouteKind;
}

/** Every route measured, in table order. */
export const ROUTES: readonly BenchRoute[] = [
  { path: '/api/events', kind: 'list' },
  { path: '/api/events?offset=5000', kind: 'list' },
  { path: '/api/events?type=PROTEST&sort=dead', kind: 'list' },
  { path: '/api/events?status=planned&sort=goldstein&order=asc', kind: 'list' },
  { path: '/api/events?minSources=2&sort=sources', kind: 'list' },
  { path: '/api/events?since=2015-03-01&until=2015-06-01&sort=actor', kind: 'list' },
  { path: '/api/events?near=36.2,37.16,300', kind: 'list' },
  { path: '/api/events?country=SYR&sort=date&order=asc', kind: 'list' },
  { path: '/api/events?actor=militia', kind: 'list' },
  { path: '/api/events?q=convoy', kind: 'list' },
  { path: '/api/events?q=convoy%20aid&type=AID', kind: 'list' },
  { path: '/api/events/{id}', kind: 'one' },
  { path: '/api/timeline', kind: 'aggregation' },
  { path: '/api/timeline?interval=week', kind: 'aggregation' },
  { path: '/api/timeline?type=ASSAULT&since=2015-01-01', kind: 'aggregation' },
  { path: '/api/timeline?country=SYR&interval=week', kind: 'aggregation' },
  { path: '/api/network', kind: 'aggregation' },
  { path: '/api/network?type=ASSAULT', kind: 'aggregation' },
  { path: '/api/network?country=SYR', kind: 'aggregation' },
  { path: '/api/actors', kind: 'aggregation' },
  { path: '/api/places', kind: 'aggregation' },
  { path: '/api/stats', kind: 'aggregation' },
];
