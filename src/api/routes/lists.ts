import { Hono } from 'hono';
import { apiError } from '../errors.js';
import type { ApiDeps } from '../deps.js';
import { DEFAULT_PAGE_SIZE, documentsQuery, pageQuery } from '../schemas.js';
import { validate } from '../validate.js';

/** Cuts one page out of a list, with the total. */
function page<T>(all: readonly T[], q: { limit?: number | undefined; offset?: number | undefined }): { total: number; limit: number; offset: number; items: T[] } {
  const limit = q.limit ?? DEFAULT_PAGE_SIZE;
  const offset = q.offset ?? 0;
  return { total: all.length, limit, offset, items: all.slice(offset, offset + limit) };
}

/** `GET /api/actors`: actors with event counts and cooperation/conflict balance, most active first. */
export function actorsRoutes({ store }: ApiDeps): Hono {
  return new Hono().get('/', validate('query', pageQuery), async (c) => c.json(page(await store.actors(), c.req.valid('query'))));
}

/** `GET /api/places`: places with event counts, busiest first. */
export function placesRoutes({ store }: ApiDeps): Hono {
  return new Hono().get('/', validate('query', pageQuery), async (c) => {
    const q = c.req.valid('query');
    const offset = q.offset ?? 0;
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const items = (await store.places(offset + limit)).slice(offset);
    return c.json({ limit, offset, items });
  });
}

/**
 * `GET /api/documents` (rows without text, newest first, `q` matches title or URL) and
 * `GET /api/documents/{id}` (text, source page, and each event's evidence spans in this document).
 */
export function documentsRoutes({ store }: ApiDeps): Hono {
  return new Hono()
    .get('/', validate('query', documentsQuery), async (c) => {
      const q = c.req.valid('query');
      const needle = q.q?.toLowerCase();
      const all = (await store.documents()).reverse().filter((d) => !needle || `${d.title ?? ''} ${d.url ?? ''} ${d.uri}`.toLowerCase().includes(needle));
      return c.json(page(all, q));
    })
    .get('/:id', async (c) => {
      const id = c.req.param('id');
      const doc = await store.getDocument(id);
      if (!doc) return apiError(c, 404, 'not-found', `no document with id "${id}"`);
      const events = await store.events({ document: id });
      return c.json({
        ...doc,
        events: events.map((e) => ({
          id: e.id,
          type: e.type,
          status: e.status,
          goldstein: e.goldstein,
          dateStart: e.dateStart,
          actors: e.actors,
          recipients: e.recipients,
          place: e.place,
          evidence: e.evidence.filter((v) => v.documentId === id),
        })),
      });
    });
}
