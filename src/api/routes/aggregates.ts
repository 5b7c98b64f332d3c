import { Hono } from 'hono';
import type { ApiDeps } from '../deps.js';
import { networkQuery, timelineQuery, toEventFilter } from '../schemas.js';
import { validate } from '../validate.js';

/** `GET /api/timeline`: counts per day or week and type, with the cooperation/conflict balance. */
export function timelineRoutes({ store }: ApiDeps): Hono {
  return new Hono().get('/', validate('query', timelineQuery), async (c) => {
    const q = c.req.valid('query');
    const interval = q.interval ?? 'day';
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
