/** Finds a place by name among the store's places (`/api/places`, busiest first, the first 1,000). */
import { api } from './api.js';
import type { PlaceSummary } from './api-types.js';

/** Places searched: five pages of the API's largest page, busiest first. */
const SEARCH_LIMIT = 1000;
const PAGE = 200;

let cache: Promise<PlaceSummary[]> | undefined;

async function loadPlaces(): Promise<PlaceSummary[]> {
  const all: PlaceSummary[] = [];
  for (let offset = 0; offset < SEARCH_LIMIT; offset += PAGE) {
    const { items } = await api.places({ limit: PAGE, offset });
    all.push(...items);
    if (items.length < PAGE) break;
  }
  return all;
}

/** The best match for `name` in `places`: the same name (any case), else the busiest whose name starts with it. */
export function matchPlace(places: readonly PlaceSummary[], name: string): PlaceSummary | undefined {
  const wanted = name.trim().toLowerCase();
  if (!wanted) return undefined;
  return places.find((p) => p.name === name.trim()) ?? places.find((p) => p.name.toLowerCase() === wanted) ?? places.find((p) => p.name.toLowerCase().startsWith(wanted));
}

/** Looks `name` up (the place list is fetched once per page load; a failed fetch is retried next time). */
export async function findPlace(name: string): Promise<PlaceSummary | undefined> {
  cache ??= loadPlaces().catch((error: unknown) => {
    cache = undefined;
    throw error;
  });
  return matchPlace(await cache, name);
}
