import { Hono } from 'hono';
import { apiError } from '../errors.js';
import type { ApiDeps } from '../deps.js';
import { DEFAULT_PAGE_SIZE, eventsQuery, toEventFilter } from '../schemas.js';
import { validate } from '../validate.js';

/** `GET /api/events` (filtered, sorted, paginated; newest first by default) and `GET /api/events/{id}` (one event with all its evidence). */
export function eventsRoutes({ store }: ApiDeps): Hono {
  return new Hono()
    .get('/', validate('query', eventsQuery), async (c) => {
      const q = c.req.valid('query');
      const limit = q.limit ?? DEFAULT_PAGE_SIZE;
      const offset = q.offset ?? 0;
      const filter = toEventFilter({ ...q, limit, offset });
      const { items, total, totalExact } = await store.eventPage(filter);
      return c.json({ total, totalExact, limit, offset, sort: q.sort ?? 'date', order: q.order ?? 'desc', items });
    })
    .get('/:id', async (c) => {
      const event = await store.event(c.req.param('id'));
      return event ? c.json(event) : apiError(c, 404, 'not-found', `no event with id "${c.req.param('id')}"`);
    });
}
