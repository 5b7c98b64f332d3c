/**
 * The events view (`/`): the shared filters plus the table's page, size and sort, all in the URL
 * (`offset`, `limit`, `sort`, `order`), so a sorted, filtered page can be linked.
 */
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { go, paths } from '../../router.js';
import { filtersToQuery } from '../../view-props.js';
import type { ViewProps } from '../../view-props.js';
import { isSortKey } from './columns.js';
import { DEFAULT_TABLE_STATE, EventsTable, PAGE_SIZES } from './events-table.js';
import type { TableState } from './events-table.js';

/** The table state a query string holds (defaults for missing or invalid values). */
export function tableStateOf(search: string): TableState {
  const params = new URLSearchParams(search);
  const limit = Number(params.get('limit'));
  const offset = Number(params.get('offset'));
  const sort = params.get('sort');
  const order = params.get('order');
  return {
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_TABLE_STATE.limit,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    sort: isSortKey(sort) ? sort : DEFAULT_TABLE_STATE.sort,
    order: order === 'asc' || order === 'desc' ? order : isSortKey(sort) ? 'asc' : DEFAULT_TABLE_STATE.order,
  };
}

/** The events view. */
export function EventsView({ filters, navigate }: ViewProps): JSX.Element {
  const search = location.search;
  const state = tableStateOf(search);
  const query = useMemo(() => filtersToQuery(filters), [filters]);
  const onState = (patch: Partial<TableState>): void => {
    const next = { ...state, ...patch };
    const params = new URLSearchParams(location.search);
    const set = (key: string, value: string | undefined): void => (value === undefined ? params.delete(key) : params.set(key, value));
    set('offset', next.offset > 0 ? String(next.offset) : undefined);
    set('limit', next.limit !== DEFAULT_TABLE_STATE.limit ? String(next.limit) : undefined);
    const isDefaultSort = next.sort === DEFAULT_TABLE_STATE.sort && next.order === DEFAULT_TABLE_STATE.order;
    set('sort', isDefaultSort ? undefined : next.sort);
    set('order', isDefaultSort ? undefined : next.order);
    const text = params.toString();
    go(`${location.pathname}${text ? `?${text}` : ''}`);
  };
  return <EventsTable query={query} state={state} onState={onState} onOpen={(id) => navigate(paths.event(id))} />;
}
