import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route of {@link serve}: the body and its content type. */
export interface Route {
  body: string | Uint8Array;
  type: string;
}

/** Serves fixed routes on 127.0.0.1 (tests run without network). Returns the base URL and a closer. */
export async function serve(routes: (base: string) => Record<string, Route>): Promise<{ base: string; close: () => Promise<void> }> {
  let table: Record<string, Route> = {};
  const server = createServer((req, res) => {
    const route = table[req.url ?? ''];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': route.type }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  table = routes(base);
  return { base, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
