import { Hono } from 'hono';
import type { ApiDeps } from '../deps.js';
import { autoInterval, MAX_MAP_PLACES, mapQuery, networkQuery, timelineQuery, toEventFilter } from '../schemas.js';
import { validate } from '../validate.js';

/** `GET /api/timeline`: counts per day or week and type, with the cooperation/conflict balance; weeks for a wide or open range unless the client asks ({@link autoInterval}). */
export function timelineRoutes({ store }: ApiDeps): Hono {
  return new Hono().get('/', validate('query', timelineQuery), async (c) => {
    const q = c.req.valid('query');
    const interval = q.interval ?? autoInterval(q.since, q.until);
    const buckets = await store.timeline(toEventFilter(q), interval);
    return c.json({ interval, buckets });
  });
}

/** `GET /api/network`: actor → recipient pairs with counts and balance. */
export function networkRoutes({ store }: ApiDeps): Hono {
  return new Hono().get('/', validate('query', networkQuery), async (c) => {
    const { limit, ...q } = c.req.valid('query');
    const edges = await store.network(toEventFilter(q), limit ?? 200);
    return c.json({ edges });
  });
}

/**
 * `GET /api/map`: the places of every event matching the filters (the representative report's
 * place), with counts by type, dead and sources, busiest first, so a map shows all matches without
 * paging events. `located` counts the matching events with a place, `totalPlaces` the places
 * (also those past `limit`), so a client can say what the map leaves out.
 */
export function mapRoutes({ store }: ApiDeps): Hono {
  return new Hono().get('/', validate('query', mapQuery), async (c) => {
    const { limit, ...q } = c.req.valid('query');
    const { places, located, totalPlaces } = await store.map(toEventFilter(q), limit ?? MAX_MAP_PLACES);
    return c.json({ located, totalPlaces, truncated: places.length < totalPlaces, places });
  });
}
