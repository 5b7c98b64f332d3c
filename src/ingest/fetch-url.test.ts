import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchUrl, networkError } from './fetch-url.js';
import { USER_AGENT } from './limits.js';
import { readInput } from './read-input.js';

const PAGE = '<html><head><title>T</title></head><body><p>Hello</p></body></html>';
let server: Server;
let base: string;

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = url.pathname;
  const hop = /^\/redirect\/(\d+)$/.exec(path);
  if (hop) {
    const n = Number(hop[1]);
    res.writeHead(302, { location: n === 0 ? '/ok' : `/redirect/${n - 1}` }).end();
  } else if (path === '/ok') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  } else if (path === '/latin') {
    res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(Buffer.from('<p>caf\xe9 \x93ok\x94 \x80</p>', 'latin1'));
  } else if (path === '/relative') {
    res.writeHead(301, { location: 'ok?from=relative' }).end();
  } else if (path === '/to-ftp') {
    res.writeHead(302, { location: 'ftp://example.com/file' }).end();
  } else if (path === '/no-location') {
    res.writeHead(302).end();
  } else if (path === '/missing') {
    res.writeHead(404).end('not here');
  } else if (path === '/broken') {
    res.writeHead(503).end('down');
  } else if (path === '/slow-headers') {
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE), 3000).unref();
  } else if (path === '/slow-body') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<p>start');
    setTimeout(() => res.end('</p>'), 3000).unref();
  } else if (path === '/big-declared') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000000' });
    res.write('<p>');
  } else if (path === '/big-streamed') {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(1024, 0x61);
    let sent = 0;
    const pump = (): void => {
      while (sent < 200 && res.write(chunk)) sent += 1;
      if (sent < 200) res.once('drain', pump);
      else res.end();
    };
    pump();
  } else if (path === '/pdf') {
    res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from('%PDF-1.4\n%\xe2\xe3\n', 'latin1'));
  } else if (path === '/gzip') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.from(PAGE)));
  } else if (path === '/ua') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`agent: ${req.headers['user-agent'] ?? ''}`);
  } else {
    res.writeHead(500).end();
  }
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchUrl', () => {
  test('follows redirects up to the limit and records the final URL', async () => {
    const fetched = await fetchUrl(`${base}/redirect/3`, { maxRedirects: 5 });
    expect(fetched.url).toBe(`${base}/ok`);
    expect(fetched.redirects).toHaveLength(5);
  });

  test('resolves a relative Location against the current URL', async () => {
    expect((await fetchUrl(`${base}/relative`)).url).toBe(`${base}/ok?from=relative`);
  });

  test('sends a User-Agent that names sitrep', async () => {
    const fetched = await fetchUrl(`${base}/ua`);
    expect(Buffer.from(fetched.bytes).toString()).toBe(`agent: ${USER_AGENT}`);
  });

  test('lets fetch undo Content-Encoding: gzip', async () => {
    expect(Buffer.from((await fetchUrl(`${base}/gzip`)).bytes).toString()).toBe(PAGE);
  });

  test.each([
    ['/redirect/6', { maxRedirects: 5 }, 'too-many-redirects', /more than 5 redirects \(the last one pointed to .*\/redirect\/0\)/],
    ['/to-ftp', {}, 'bad-url', /it redirects to ftp:\/\/example\.com\/file, which is not http\(s\)/],
    ['/no-location', {}, 'bad-redirect', /HTTP 302 \(a redirect\) without a usable Location/],
    ['/missing', {}, 'http-error', /the server answered HTTP 404 Not Found; the page does not exist \(any more\); check the URL/],
    ['/broken', {}, 'http-error', /HTTP 503 Service Unavailable; the server failed; try again later/],
    ['/slow-headers', { connectTimeoutMs: 200 }, 'timeout', /the server did not answer within 0\.2 s; try again later or raise --connect-timeout/],
    ['/slow-body', { timeoutMs: 300 }, 'timeout', /the page did not arrive within 0\.3 s; try again later or raise --timeout/],
    ['/big-declared', { maxBytes: 1000 }, 'too-large', /is larger than the 1000 bytes limit \(4\.77 MB\)/],
    ['/big-streamed', { maxBytes: 10_000 }, 'too-large', /is larger than the 9\.77 KB limit; raise the limit with --max-bytes/],
  ])('%s → %s', async (path, options, code, message) => {
    const error = await fetchUrl(`${base}${path}`, options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: 'InputError', code, input: `${base}${path}` });
    expect((error as Error).message).toMatch(message);
  });

  test('a refused connection is a fetch-failed error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchUrl(`http://127.0.0.1:${port}/`)).rejects.toThrow(/the request failed \(connection refused\)/);
  });

  test.each([
    ['not a URL', 'http://', /not a valid URL/],
    ['another scheme', 'gopher://example.com/', /the scheme gopher: is not supported/],
  ])('refuses %s', async (_name, url, message) => {
    await expect(fetchUrl(url)).rejects.toThrow(message);
  });
});

describe('networkError', () => {
  test.each([
    [{ cause: { code: 'ENOTFOUND' } }, 'dns-failed', /the host name "news\.invalid" could not be resolved/],
    [{ cause: { code: 'ECONNRESET' } }, 'fetch-failed', /the connection was reset/],
    [{ cause: { code: 'UND_ERR_CONNECT_TIMEOUT' } }, 'timeout', /did not answer/],
  ])('%j → %s', (error, code, message) => {
    const result = networkError(error, 'https://news.invalid/a', new URL('https://news.invalid/a'), undefined, 1000);
    expect(result).toMatchObject({ code });
    expect(result.message).toMatch(message);
  });
});

describe('readInput: URLs', () => {
  test('decodes with the header charset and keeps the final URL', async () => {
    const source = await readInput(`${base}/latin`);
    expect(source).toMatchObject({ raw: '<p>café “ok” €</p>', encoding: 'windows-1252', encodingSource: 'header', url: `${base}/latin`, mediaType: 'text/html' });
  });

  test('records the URL after redirects', async () => {
    expect((await readInput(`${base}/redirect/1`)).url).toBe(`${base}/ok`);
  });

  test('refuses a PDF served over HTTP', async () => {
    await expect(readInput(`${base}/pdf`)).rejects.toThrow(/: this is a PDF document, not a web page; convert it to text first/);
  });
});
