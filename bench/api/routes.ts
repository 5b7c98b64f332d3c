/**
 * The routes the API benchmark loads, with the kind each counts as for the target
 * ("p95 < 50 ms for filtered event lists and aggregations"). Filters use values the seeded store
 * holds (scripts/seed-store.ts, seed version 2): the PLOVER types, real cities and countries, actors
 * named as the coder names them ("Syrian army", "Syria (government)") and evidence sentences over a
 * Zipf news vocabulary: `killed` is a common word (about 6% of events), `convoy` a middling one
 * (about 2%: the AID sentences' "aid convoy"), `mediators` a rare one (under 1%).
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
  { path: '/api/events?actorName=Syrian%20army', kind: 'list' },
  { path: '/api/events?actor=army', kind: 'list' },
  { path: '/api/events?q=mediators', kind: 'list' },
  { path: '/api/events?q=convoy', kind: 'list' },
  { path: '/api/events?q=killed', kind: 'list' },
  { path: '/api/events/{id}', kind: 'one' },
  { path: '/api/timeline', kind: 'aggregation' },
  { path: '/api/timeline?interval=week', kind: 'aggregation' },
  { path: '/api/timeline?type=ASSAULT&since=2015-01-01', kind: 'aggregation' },
  { path: '/api/timeline?country=SYR&interval=week', kind: 'aggregation' },
  { path: '/api/timeline?actorName=Syrian%20army&interval=week', kind: 'aggregation' },
  { path: '/api/network', kind: 'aggregation' },
  { path: '/api/network?type=ASSAULT', kind: 'aggregation' },
  { path: '/api/network?country=SYR', kind: 'aggregation' },
  { path: '/api/map', kind: 'aggregation' },
  { path: '/api/map?type=ASSAULT&since=2016-01-01', kind: 'aggregation' },
  { path: '/api/map?country=SYR', kind: 'aggregation' },
  { path: '/api/actors', kind: 'aggregation' },
  { path: '/api/places', kind: 'aggregation' },
  { path: '/api/stats', kind: 'aggregation' },
];
