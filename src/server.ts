import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { createApp } from './api/index.js';
import type { AppOptions } from './api/index.js';

/** Options of {@link startServer}: the app's, plus where to listen. */
export interface ServerOptions extends Omit<AppOptions, 'remote' | 'ui'> {
  /** Interface to listen on (default 127.0.0.1: only this machine). */
  host?: string;
  /** Port; 0 picks a free one. */
  port?: number;
  /** A built web UI to serve at `/` (default: the package's `web/dist`, when it holds an index.html). */
  uiDir?: string;
}

/** A listening server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  port: number;
  /** Stops accepting connections and resolves once the open ones have ended. */
  close(): Promise<void>;
}

/**
 * The built UI of this package: `web/dist` next to `src/` (run from source) or `dist/` (installed),
 * both one level below the package root, so it does not depend on the working directory.
 */
export const DEFAULT_UI_DIR = fileURLToPath(new URL('../web/dist', import.meta.url));

/**
 * Serves the built UI's files, and its `index.html` for any other page path (`/events/abc`,
 * `/actors/Russia`): the UI routes in the browser, so a reload or a shared link must get the app.
 * Paths with a file extension that is not there stay 404s (a missing asset is not a page).
 */
export function uiHandler(dir: string): MiddlewareHandler {
  const files = serveStatic({ root: dir });
  const app = serveStatic({ root: dir, path: 'index.html' });
  return async (c, next) => {
    let missing = false;
    const response = await files(c, async () => {
      missing = true;
    });
    if (!missing) return response;
    if (c.req.path.startsWith('/api/') || /\.[A-Za-z0-9]+$/.test(c.req.path)) return next();
    return app(c, next);
  };
}

/** Whether a host name only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Serves the API (see `createApp`) over HTTP. The only place that opens a port. Listening beyond
 * loopback turns on write protection: POSTs then need the token, and are refused without one.
 *
 * @example
 * const server = await startServer({ store, port: 8080 });
 * console.log(`listening on ${server.url}`);
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const uiDir = resolve(options.uiDir ?? DEFAULT_UI_DIR);
  const ui = existsSync(join(uiDir, 'index.html')) ? uiHandler(uiDir) : undefined;
  const app = createApp({ ...options, remote: !isLoopback(host), ...(ui ? { ui } : {}) });
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolvePromise({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Idle keep-alive connections would hold close() open; a cluster worker's server does not drop them itself.
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
