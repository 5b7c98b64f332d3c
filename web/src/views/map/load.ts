/**
 * Loads the map's events: `GET /api/events` pages (200 each, the API's largest) up to a cap, a few
 * at a time. With 100,000 events in the store the map never pulls everything: it shows the newest
 * `cap` matching events and says so; zooming in fetches the newest events of the visible area.
 */
import type { MapEvent } from './cluster.js';

/** The API's largest page. */
export const PAGE_SIZE = 200;

/** One page as `GET /api/events` returns it. */
export interface EventsPage {
  total?: number;
  items: MapEvent[];
}

/**
 * Fetches pages `[0, cap)` with at most `parallel` requests in flight; the first page's `total`
 * decides how many more are needed. Returns the events (in page order) and the total match count.
 * `have` (an earlier, smaller load of the same query) is kept and only the pages after it are
 * fetched, so "load more" does not fetch again what is already there.
 */
export async function loadCapped(
  getPage: (offset: number, limit: number) => Promise<EventsPage>,
  cap: number,
  parallel = 3,
  have?: { events: MapEvent[]; total: number },
): Promise<{ events: MapEvent[]; total: number }> {
  const first: EventsPage = have && have.events.length > 0 ? { total: have.total, items: have.events } : await getPage(0, Math.min(PAGE_SIZE, cap));
  const total = first.total ?? first.items.length;
  const wanted = Math.min(cap, total);
  const offsets: number[] = [];
  for (let offset = first.items.length; offset < wanted && first.items.length > 0; offset += PAGE_SIZE) offsets.push(offset);
  const pages: MapEvent[][] = new Array<MapEvent[]>(offsets.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < offsets.length) {
      const i = next++;
      const offset = offsets[i] as number;
      pages[i] = (await getPage(offset, Math.min(PAGE_SIZE, wanted - offset))).items;
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, offsets.length) }, worker));
  return { events: [...first.items, ...pages.flat()], total };
}

/** Only the fields the map keeps (an `/api/events` item carries all its evidence text too). */
export function slim(e: MapEvent): MapEvent {
  return { id: e.id, type: e.type, dateStart: e.dateStart, dead: e.dead, sources: e.sources, place: e.place && { name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon } };
}
