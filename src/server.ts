import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp } from './api/index.js';
import type { AppOptions } from './api/index.js';

/** Options of {@link startServer}: the app's, plus where to listen. */
export interface ServerOptions extends Omit<AppOptions, 'remote' | 'ui'> {
  /** Interface to listen on (default 127.0.0.1: only this machine). */
  host?: string;
  /** Port; 0 picks a free one. */
  port?: number;
  /** A built web UI to serve at `/` (default `web/dist` when it holds an index.html). */
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
  const uiDir = resolve(options.uiDir ?? 'web/dist');
  const ui = existsSync(join(uiDir, 'index.html')) ? serveStatic({ root: relative(process.cwd(), uiDir) || '.' }) : undefined;
  const app = createApp({ ...options, remote: !isLoopback(host), ...(ui ? { ui } : {}) });
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolvePromise({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
