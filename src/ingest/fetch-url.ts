import { inputErrors } from './input-errors.js';
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, USER_AGENT } from './limits.js';

/** Options for {@link fetchUrl}. */
export interface FetchOptions {
  /** Largest body accepted, in bytes (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
  /** Time until response headers arrive, per request (default {@link DEFAULT_CONNECT_TIMEOUT_MS}). */
  connectTimeoutMs?: number;
  /** Time for the whole fetch, redirects and body included (default {@link DEFAULT_TIMEOUT_MS}). */
  timeoutMs?: number;
  /** Redirects followed before giving up (default {@link DEFAULT_MAX_REDIRECTS}). */
  maxRedirects?: number;
  /** User-Agent header (default {@link USER_AGENT}). */
  userAgent?: string;
}

/** A fetched page. */
export interface Fetched {
  bytes: Uint8Array;
  /** The final URL, after redirects. */
  url: string;
  contentType?: string;
  status: number;
  /** Every URL visited, first to last. */
  redirects: string[];
  fetchedAt: string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches an http(s) URL with Node's global `fetch`: redirects are followed by hand so they can
 * be counted and checked (http(s) only), the body is streamed and abandoned as soon as it passes
 * the size cap, and two timers bound the wait: one per request until headers arrive (this is
 * the connect timeout; global fetch has no separate connect hook without the undici package),
 * one for the whole operation.
 *
 * @throws InputError `bad-url`, `dns-failed`, `fetch-failed`, `timeout`, `http-error`,
 *   `too-many-redirects`, `bad-redirect`, `too-large`.
 */
export async function fetchUrl(input: string, options: FetchOptions = {}): Promise<Fetched> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const connectMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const totalMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let current = checkUrl(input, input);
  const visited = [current.href];

  const controller = new AbortController();
  let expired: 'connect' | 'total' | undefined;
  const totalTimer = setTimeout(() => {
    expired = 'total';
    controller.abort();
  }, totalMs);
  try {
    for (let hop = 0; ; hop++) {
      const connectTimer = setTimeout(() => {
        expired ??= 'connect';
        controller.abort();
      }, connectMs);
      let response: Response;
      try {
        response = await fetch(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': options.userAgent ?? USER_AGENT, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
        });
      } catch (error) {
        throw networkError(error, input, current, expired, expired === 'connect' ? connectMs : totalMs);
      } finally {
        clearTimeout(connectTimer);
      }

      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) throw inputErrors.badRedirect(input, response.status);
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          throw inputErrors.badRedirect(input, response.status);
        }
        if (hop + 1 > maxRedirects) throw inputErrors.tooManyRedirects(input, maxRedirects, next.href);
        current = checkUrl(next.href, input);
        visited.push(current.href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw inputErrors.httpStatus(input, response.status, response.statusText);
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes && !response.headers.get('content-encoding')) {
        await response.body?.cancel().catch(() => undefined);
        throw inputErrors.tooLarge(input, maxBytes, declared);
      }
      const bytes = await readBody(response, input, maxBytes, controller, () => networkError(undefined, input, current, expired, totalMs));
      const contentType = response.headers.get('content-type');
      return {
        bytes,
        url: current.href,
        ...(contentType === null ? {} : { contentType }),
        status: response.status,
        redirects: visited,
        fetchedAt: new Date().toISOString(),
      };
    }
  } finally {
    clearTimeout(totalTimer);
  }
}

/** Parses and checks a URL: http(s) only, since file:, data: or ftp: from a redirect is unsafe. */
function checkUrl(href: string, input: string): URL {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw inputErrors.badUrl(input, 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw inputErrors.badUrl(input, href === input ? `the scheme ${url.protocol} is not supported` : `it redirects to ${href}, which is not http(s)`);
  }
  return url;
}

/** Reads the body chunk by chunk, aborting the request once it passes the cap. */
async function readBody(
  response: Response,
  input: string,
  maxBytes: number,
  controller: AbortController,
  onAbort: () => Error,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        controller.abort();
        throw inputErrors.tooLarge(input, maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'InputError') throw error;
    throw controller.signal.aborted ? onAbort() : networkError(error, input, new URL(response.url || input), undefined, 0);
  }
  return Buffer.concat(chunks, total);
}

/** Turns a fetch failure into an InputError that says what happened (exported for tests). */
export function networkError(error: unknown, input: string, url: URL, expired: 'connect' | 'total' | undefined, ms: number): Error {
  if (expired !== undefined) return inputErrors.timeout(input, expired, ms);
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code ?? (error as { code?: string } | undefined)?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return inputErrors.dnsFailed(input, url.hostname, error);
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return inputErrors.timeout(input, 'connect', ms);
  const reason =
    code === 'ECONNREFUSED'
      ? 'connection refused'
      : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
        ? 'the connection was reset'
        : (code ?? cause?.message ?? (error instanceof Error ? error.message : 'unknown error'));
  return inputErrors.fetchFailed(input, reason, error);
}
