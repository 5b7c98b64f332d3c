/** Filters from the URL, and the two ways views change the URL (`setFilters`, `navigate`). */
import { useCallback, useMemo } from 'preact/hooks';
import { go } from './router.js';
import { FILTER_KEYS, filtersToQuery, queryToFilters } from './view-props.js';
import type { Filters, ViewProps } from './view-props.js';

const FILTER_KEY_SET = new Set<string>(FILTER_KEYS);

/** The query string after merging `patch` into the filters of `search`: a view's own keys stay, paging restarts. */
export function patchedSearch(search: string, patch: { [K in keyof Filters]?: Filters[K] | undefined }): string {
  const params = new URLSearchParams(search);
  const next: Filters = { ...queryToFilters(params) };
  for (const [key, value] of Object.entries(patch) as [keyof Filters, Filters[keyof Filters] | undefined][]) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
    else (next as Record<string, unknown>)[key] = value;
  }
  const out = filtersToQuery(next);
  // A filter change makes the old page number meaningless; sort order and other view state stay.
  for (const [key, value] of params) if (!FILTER_KEY_SET.has(key) && key !== 'offset') out.set(key, value);
  // `place` names the point of the `near` filter (the filter bar's place field): a new or removed `near` leaves it stale.
  if ('near' in patch) out.delete('place');
  return out.toString();
}

/** The filters in `search` as a query string, without the view's own keys. */
export function filterQueryOf(search: string): string {
  return filtersToQuery(queryToFilters(new URLSearchParams(search))).toString();
}

/** `ViewProps` for the current location, plus the filters' query string (for links that keep them). */
export function useViewProps(search: string): ViewProps & { filterQuery: string } {
  const filters = useMemo(() => queryToFilters(new URLSearchParams(search)), [search]);
  const filterQuery = useMemo(() => filterQueryOf(search), [search]);
  const setFilters = useCallback<ViewProps['setFilters']>(
    (patch) => {
      const next = patchedSearch(location.search, patch);
      go(`${location.pathname}${next ? `?${next}` : ''}`);
    },
    [],
  );
  const navigate = useCallback<ViewProps['navigate']>((to) => {
    if (to.includes('?')) return go(to);
    const keep = filterQueryOf(location.search);
    go(keep ? `${to}?${keep}` : to);
  }, []);
  return { filters, setFilters, navigate, filterQuery };
}
