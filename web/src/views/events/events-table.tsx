/**
 * The paged, sortable events table, used by the events view and by the actor and place pages.
 * Pages come from the server (`limit`/`offset`), so the table stays as fast with 100,000 events as
 * with 100. Sorting goes to the server when `GET /api/events` accepts `sort`/`order` (read from
 * /openapi.json); otherwise the loaded page is sorted in the browser, and the table says so.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, eventListCapabilities } from '../../api.js';
import type { EventItem } from '../../api-types.js';
import { ActorLinks, ErrorBox, Goldstein, PlaceLink, StatusBadge, TypeBadge } from '../../components.js';
import { formatCasualties, formatCount, formatDateRange } from '../../format.js';
import { paths } from '../../router.js';
import { useApi } from '../../use-api.js';
import { nextOrder, sortEvents } from './columns.js';
import type { Order, SortKey } from './columns.js';

/** Page sizes offered (the API's largest page is 200). */
export const PAGE_SIZES = [25, 50, 100, 200] as const;

/** The table's own state: page, page size and sort. */
export interface TableState {
  offset: number;
  limit: number;
  sort: SortKey;
  order: Order;
}

/** The default: newest first, 50 a page (the API's own order). */
export const DEFAULT_TABLE_STATE: TableState = { offset: 0, limit: 50, sort: 'date', order: 'desc' };

const COLUMNS: { key: SortKey; label: string; num?: boolean; title?: string }[] = [
  { key: 'date', label: 'Date' },
  { key: 'type', label: 'Type' },
  { key: 'mode', label: 'Mode' },
  { key: 'status', label: 'Status' },
  { key: 'actor', label: 'Actor' },
  { key: 'recipient', label: 'Recipient' },
  { key: 'place', label: 'Place' },
  { key: 'dead', label: 'Dead / inj.', num: true, title: 'dead / injured' },
  { key: 'sources', label: 'Sources', num: true, title: 'independent documents reporting the event' },
  { key: 'goldstein', label: 'Goldstein', num: true, title: '−10 (conflict) … +10 (cooperation)' },
];

/** Sort keys the server refused (a 400 naming `sort`): those are sorted in the browser instead. */
const refusedSorts = new Set<SortKey>();

/** Props of {@link EventsTable}. */
export interface EventsTableProps {
  /** The filters, as API query parameters. */
  query: URLSearchParams;
  state: TableState;
  onState(patch: Partial<TableState>): void;
  /** Opens an event (the row click). */
  onOpen(id: string): void;
  /** A caption before the counts, e.g. "Events". */
  caption?: string;
}

/** The events table with its pager. */
export function EventsTable({ query, state, onState, onOpen, caption = 'Events' }: EventsTableProps): JSX.Element {
  const [serverSorts, setServerSorts] = useState<Set<string> | undefined>(undefined);
  useEffect(() => {
    void eventListCapabilities().then((c) => setServerSorts(c.sorts));
  }, []);
  const sortOnServer = serverSorts !== undefined && serverSorts.has(state.sort) && !refusedSorts.has(state.sort);
  const params = new URLSearchParams(query);
  params.set('limit', String(state.limit));
  if (state.offset > 0) params.set('offset', String(state.offset));
  if (sortOnServer && !(state.sort === 'date' && state.order === 'desc')) {
    params.set('sort', state.sort);
    params.set('order', state.order);
  }
  const key = serverSorts === undefined ? null : params.toString();
  const { data, error, loading } = useApi(key, async (signal) => {
    try {
      return await api.events(params, signal);
    } catch (err) {
      // An API that lists `sort` but not this column: sort this column in the browser from now on.
      if (err instanceof ApiError && err.status === 400 && params.has('sort') && /\bsort\b/.test(err.message)) {
        refusedSorts.add(state.sort);
        params.delete('sort');
        params.delete('order');
        return api.events(params, signal);
      }
      throw err;
    }
  });
  const clientSorted = !sortOnServer && !(state.sort === 'date' && state.order === 'desc');
  const rows = data ? (clientSorted ? sortEvents(data.items, state.sort, state.order) : data.items) : [];
  const total = data?.total ?? 0;
  // A broad `actor` filter's total stops at 10,000 (totalExact false): shown as "10,000+", with pages past it reachable one by one.
  const exact = data?.totalExact !== false;
  const page = Math.floor(state.offset / state.limit) + 1;
  const pages = Math.max(1, Math.ceil(total / state.limit), exact ? 0 : page + (data && data.items.length === state.limit ? 1 : 0));
  const shownTo = exact ? Math.min(state.offset + state.limit, total) : state.offset + (data?.items.length ?? 0);
  return (
    <div class="events-table">
      <div class="table-head">
        <div>
          <strong data-testid="event-count">
            {data ? `${caption}: ${total === 0 ? 'none' : `${formatCount(state.offset + 1)}–${formatCount(shownTo)} of ${formatCount(total)}${exact ? '' : '+'}`}` : caption}
          </strong>
          {loading && <span class="muted small"> · loading…</span>}
        </div>
        {clientSorted && data && data.total > data.items.length && (
          <span class="note muted">{`"${COLUMNS.find((c) => c.key === state.sort)?.label ?? state.sort}" is sorted within this page: the server cannot sort by it, so pages stay newest first.`}</span>
        )}
      </div>
      {error && <ErrorBox error={error} />}
      <div class="table-wrap">
        <table class={`events${loading && data ? ' stale' : ''}`}>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} class={c.num ? 'num' : undefined} title={c.title} aria-sort={state.sort === c.key ? (state.order === 'asc' ? 'ascending' : 'descending') : undefined} data-sort={c.key}>
                  <button type="button" onClick={() => onState({ sort: c.key, order: nextOrder(c.key, state), offset: sortOnServer ? 0 : state.offset })}>
                    {c.label}
                    {state.sort === c.key ? (state.order === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <EventRow key={e.id} event={e} onOpen={onOpen} />
            ))}
          </tbody>
        </table>
        {data && rows.length === 0 && <div class="empty">No events match these filters.</div>}
      </div>
      {total > 0 && <Pager page={page} pages={pages} exact={exact} limit={state.limit} onPage={(p) => onState({ offset: (p - 1) * state.limit })} onLimit={(limit) => onState({ limit, offset: 0 })} />}
    </div>
  );
}

function EventRow({ event: e, onOpen }: { event: EventItem; onOpen(id: string): void }): JSX.Element {
  return (
    <tr
      data-id={e.id}
      onClick={(ev) => {
        if ((ev.target as Element).closest('a, button')) return;
        onOpen(e.id);
      }}
    >
      <td class="date">
        <a href={paths.event(e.id)}>{formatDateRange(e.dateStart, e.dateEnd)}</a>
      </td>
      <td>
        <TypeBadge type={e.type} />
      </td>
      <td class="muted">{e.mode ?? ''}</td>
      <td>
        <StatusBadge status={e.status} />
      </td>
      <td class="actors">
        <ActorLinks actors={e.actors} max={2} />
      </td>
      <td class="actors">
        <ActorLinks actors={e.recipients} max={2} />
      </td>
      <td>
        <PlaceLink place={e.place} />
      </td>
      <td class="num">{formatCasualties(e.dead, e.injured)}</td>
      <td class="num">{e.sources}</td>
      <td class="num">
        <Goldstein score={e.goldstein} />
      </td>
    </tr>
  );
}

function Pager({ page, pages, exact, limit, onPage, onLimit }: { page: number; pages: number; exact: boolean; limit: number; onPage(page: number): void; onLimit(limit: number): void }): JSX.Element {
  const [draft, setDraft] = useState(String(page));
  useEffect(() => setDraft(String(page)), [page]);
  const commit = (): void => {
    const n = Math.min(pages, Math.max(1, Math.round(Number(draft)) || 1));
    if (n !== page) onPage(n);
    else setDraft(String(page));
  };
  return (
    <nav class="pager" aria-label="pages">
      <label class="muted small">
        Rows{' '}
        <select value={String(limit)} onChange={(e) => onLimit(Number(e.currentTarget.value))}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="secondary" disabled={page <= 1} onClick={() => onPage(1)} aria-label="first page">
        «
      </button>
      <button type="button" class="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)} data-testid="prev-page">
        ‹ Prev
      </button>
      <span class="muted small">
        Page{' '}
        <input
          aria-label="page number"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
          onBlur={commit}
        />{' '}
        of {formatCount(pages)}
        {exact ? '' : '+'}
      </span>
      <button type="button" class="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)} data-testid="next-page">
        Next ›
      </button>
      <button type="button" class="secondary" disabled={page >= pages || !exact} onClick={() => onPage(pages)} aria-label="last page">
        »
      </button>
    </nav>
  );
}
