/**
 * The events table's sortable columns: the key sent to the API as `sort` (when it accepts one),
 * the first direction a click picks, and the comparison used to sort a loaded page in the browser
 * when the server cannot.
 */
import type { EventItem } from '../../api-types.js';

/** A sortable column. */
export type SortKey = 'date' | 'type' | 'mode' | 'status' | 'actor' | 'recipient' | 'place' | 'dead' | 'sources' | 'goldstein';
/** Sort direction. */
export type Order = 'asc' | 'desc';

const text = (value: string | null | undefined): string => (value ?? '').toLowerCase();

/** The value of an event a column sorts by (null sorts last, whatever the direction). */
const VALUE: Record<SortKey, (e: EventItem) => string | number | null> = {
  date: (e) => e.dateStart,
  type: (e) => e.type,
  mode: (e) => e.mode,
  status: (e) => e.status,
  actor: (e) => (e.actors[0] ? text(e.actors[0].name) : null),
  recipient: (e) => (e.recipients[0] ? text(e.recipients[0].name) : null),
  place: (e) => (e.place ? text(e.place.name) : null),
  dead: (e) => (e.dead == null && e.injured == null ? null : (e.dead ?? 0) * 1000 + (e.injured ?? 0)),
  sources: (e) => e.sources,
  goldstein: (e) => e.goldstein,
};

/** Columns whose first click sorts high to low (numbers and dates: the biggest, the newest first). */
const DESC_FIRST = new Set<SortKey>(['date', 'dead', 'sources', 'goldstein']);

/** Whether a string is a sortable column. */
export function isSortKey(value: string | null): value is SortKey {
  return value !== null && value in VALUE;
}

/** The direction a click on `key` picks: the other direction when it is already the sort column. */
export function nextOrder(key: SortKey, current: { sort: SortKey; order: Order }): Order {
  if (current.sort === key) return current.order === 'asc' ? 'desc' : 'asc';
  return DESC_FIRST.has(key) ? 'desc' : 'asc';
}

/** A copy of `events` sorted by `key` (stable; missing values last in both directions; ties by id). */
export function sortEvents(events: readonly EventItem[], key: SortKey, order: Order): EventItem[] {
  const value = VALUE[key];
  const sign = order === 'asc' ? 1 : -1;
  return [...events].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? a.id.localeCompare(b.id) : va === null ? 1 : -1;
    const cmp = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb));
    return cmp !== 0 ? sign * cmp : a.id.localeCompare(b.id);
  });
}
