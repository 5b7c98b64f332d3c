import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import { analyze as realAnalyze } from '../analysis.js';
import type { Store } from '../store/index.js';
import type { AnalyzeFn, ApiDeps } from './deps.js';
import { apiError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { PLACEHOLDER_PAGE } from './placeholder.js';
import { mapRoutes, networkRoutes, timelineRoutes } from './routes/aggregates.js';
import { analyzeRoutes } from './routes/analyze.js';
import { eventsRoutes } from './routes/events.js';
import { actorsRoutes, documentsRoutes, placesRoutes } from './routes/lists.js';
import { emptyQuery } from './schemas.js';
import { validate } from './validate.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  store: Store;
  /** Analysis used by `POST /api/analyze` (default: the real pipeline). */
  analyze?: AnalyzeFn;
  /** When set, writes (every POST) need `Authorization: Bearer <token>`. */
  token?: string;
  /** The server listens beyond loopback: writes then need a token, and without one they are refused. */
  remote?: boolean;
  /** Largest request body, in bytes (default 5 MiB). */
  maxBodyBytes?: number;
  /** Time a request may take before a 503, in ms (default 30 s; analysis of a URL includes its fetch). */
  requestTimeoutMs?: number;
  /** Serves the built web UI; without it `/` is a placeholder page. */
  ui?: MiddlewareHandler;
  /** Version reported in the OpenAPI document. */
  version?: string;
}

/** Default largest request body: a large news page with room to spare. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * The HTTP API over a knowledge base, as a Hono app: JSON under `/api/`, the OpenAPI description
 * at `/openapi.json`, the UI (or a placeholder) at `/`. Opens no port (see `server.ts`), holds no
 * global state: tests call `app.request()` directly.
 *
 * @example
 * const app = createApp({ store: await openStore('kb.db') });
 * const res = await app.request('/api/events?type=PROTEST&limit=10');
 */
export function createApp(options: AppOptions): Hono {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const deps: ApiDeps = { store: options.store, analyze: options.analyze ?? realAnalyze, maxPageBytes: maxBodyBytes, fetchTimeoutMs: Math.max(1000, (options.requestTimeoutMs ?? 30_000) - 1000) };
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof HTTPException) return apiError(c, error.status, error.status === 503 ? 'timeout' : 'http-error', error.message || 'request failed');
    console.error(error);
    return apiError(c, 500, 'internal-error', 'the server failed to answer; see its log');
  });
  app.notFound((c) => apiError(c, 404, 'not-found', `no route ${c.req.method} ${c.req.path}; see /openapi.json`));

  app.use('/api/*', timeout(options.requestTimeoutMs ?? 30_000, new HTTPException(503, { message: 'the request took too long and was abandoned' })));
  app.use(
    '/api/*',
    bodyLimit({ maxSize: maxBodyBytes, onError: (c) => apiError(c, 413, 'too-large', `the request body is over the limit of ${maxBodyBytes} bytes`) }),
  );
  app.use('/api/*', writeGuard(options));

  app.route('/api/events', eventsRoutes(deps));
  app.route('/api/actors', actorsRoutes(deps));
  app.route('/api/places', placesRoutes(deps));
  app.route('/api/documents', documentsRoutes(deps));
  app.route('/api/timeline', timelineRoutes(deps));
  app.route('/api/network', networkRoutes(deps));
  app.route('/api/map', mapRoutes(deps));
  app.route('/api/analyze', analyzeRoutes(deps));
  app.get('/api/stats', validate('query', emptyQuery), async (c) => c.json(await deps.store.stats()));

  const openapi = openApiDocument(options.version ?? '0.0.0');
  app.get('/openapi.json', (c) => c.json(openapi));
  if (options.ui) app.use('/*', options.ui);
  else app.get('/', (c) => c.html(PLACEHOLDER_PAGE));
  return app;
}

/** Writes (POST) need the token when one is set; beyond loopback they need one to be set at all. */
function writeGuard(options: AppOptions): MiddlewareHandler {
  const expected = options.token === undefined ? undefined : Buffer.from(options.token);
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    if (!expected) {
      if (options.remote) return apiError(c, 403, 'writes-disabled', 'writes are disabled on a server that listens beyond loopback without a token; start it with --token');
      return next();
    }
    const given = Buffer.from(/^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return apiError(c, 401, 'unauthorized', 'this write needs the header "Authorization: Bearer <token>" with the server\'s token');
    }
    return next();
  };
}
