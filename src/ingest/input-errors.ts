import { InputError } from '../core/index.js';
import { formatBytes } from './limits.js';

/**
 * The catalogue of bad-input errors. Each builder returns an {@link InputError} whose `code` is
 * stable (scripts match on it) and whose message names the problem and says what to do. Kept
 * in one place so the wording stays consistent and the table in the docs can be checked
 * against the code.
 */
export const inputErrors = {
  /** The path does not exist. */
  notFound: (input: string) =>
    new InputError({ code: 'not-found', input, message: 'no such file; check the path (or pass a URL starting with http:// or https://)' }),

  /** The path is a directory. */
  isDirectory: (input: string) =>
    new InputError({ code: 'is-directory', input, message: `is a directory, not a file; pass the files inside it, e.g. ${input.replace(/\/+$/, '')}/*.html` }),

  /** The file exists but cannot be read (permissions, I/O). */
  unreadable: (input: string, reason: string, cause?: unknown) =>
    new InputError({ code: 'unreadable', input, message: `cannot be read (${reason}); check the file's permissions`, cause }),

  /** Zero bytes, or nothing but whitespace. */
  empty: (input: string, whitespaceOnly: boolean) =>
    new InputError({
      code: 'empty-input',
      input,
      message: whitespaceOnly ? 'contains only whitespace; pass a page or text with content' : 'is empty (0 bytes); pass a page or text with content',
    }),

  /** A known binary format (PDF, image, archive…). `advice` says how to get text out of it. */
  binary: (input: string, what: string, advice: string) =>
    new InputError({ code: 'binary-input', input, message: `this is ${what}, not a web page; ${advice}` }),

  /** Input over the size cap. */
  tooLarge: (input: string, limit: number, size?: number) =>
    new InputError({
      code: 'too-large',
      input,
      message:
        `is larger than the ${formatBytes(limit)} limit` +
        (size === undefined ? '' : ` (${formatBytes(size)})`) +
        `; raise the limit with --max-bytes ${formatBytes(Math.max(limit * 2, (size ?? 0) * 2)).replace(' ', '')} (or the maxBytes option)`,
    }),

  /** gzip data that ends early or fails its checksum. */
  badGzip: (input: string, reason: string, cause?: unknown) =>
    new InputError({ code: 'truncated-gzip', input, message: `the gzip data is truncated or corrupt (${reason}); download or compress the file again`, cause }),

  /** An encoding label nobody knows. */
  unknownEncoding: (input: string, label: string) =>
    new InputError({ code: 'unknown-encoding', input, message: `unknown character encoding "${label}"; use a label such as utf-8, windows-1252 or iso-8859-2` }),

  /** Not an http(s) URL, or not parseable. */
  badUrl: (input: string, reason: string) =>
    new InputError({ code: 'bad-url', input, message: `${reason}; sitrep fetches http:// and https:// URLs only (download other pages and pass the file)` }),

  /** The host name does not resolve. */
  dnsFailed: (input: string, host: string, cause?: unknown) =>
    new InputError({ code: 'dns-failed', input, message: `the host name "${host}" could not be resolved; check the URL and your network connection`, cause }),

  /** Connection refused, reset, TLS failure… */
  fetchFailed: (input: string, reason: string, cause?: unknown) =>
    new InputError({ code: 'fetch-failed', input, message: `the request failed (${reason}); check the URL, or save the page from a browser and pass the file`, cause }),

  /** No response (or no complete body) in time. */
  timeout: (input: string, what: 'connect' | 'total', ms: number) =>
    new InputError({
      code: 'timeout',
      input,
      message:
        what === 'connect'
          ? `the server did not answer within ${ms / 1000} s; try again later or raise --connect-timeout`
          : `the page did not arrive within ${ms / 1000} s; try again later or raise --timeout`,
    }),

  /** A non-2xx final status. */
  httpStatus: (input: string, status: number, statusText: string) =>
    new InputError({ code: 'http-error', input, message: `the server answered HTTP ${status}${statusText ? ` ${statusText}` : ''}; ${httpAdvice(status)}` }),

  /** More redirects than allowed. */
  tooManyRedirects: (input: string, limit: number, last: string) =>
    new InputError({
      code: 'too-many-redirects',
      input,
      message: `more than ${limit} redirects (the last one pointed to ${last}); open the URL in a browser to find the final page, or raise --max-redirects`,
    }),

  /** A 3xx without a usable Location. */
  badRedirect: (input: string, status: number) =>
    new InputError({ code: 'bad-redirect', input, message: `the server answered HTTP ${status} (a redirect) without a usable Location; check the URL` }),

  /** `-` given while stdin is a terminal: reading would wait forever. */
  stdinIsTerminal: () =>
    new InputError({ code: 'stdin-tty', input: '-', message: 'no input is piped to stdin; pipe a page in, e.g. cat page.html | sitrep extract -' }),

  /** A batch JSONL line that is not valid JSON or does not match the schema. */
  badBatchLine: (input: string, line: number, reason: string) =>
    new InputError({
      code: 'bad-batch-line',
      input: `${input}:${line}`,
      message: `${reason}; each line must be one JSON object such as {"id":"a1","html":"<html>…"} with the page in one of html, text or url`,
    }),
} as const;

/** What to do about an HTTP error status. */
function httpAdvice(status: number): string {
  if (status === 401 || status === 403) return 'the page needs a login or blocks robots; save it from a browser and pass the file';
  if (status === 404 || status === 410) return 'the page does not exist (any more); check the URL';
  if (status === 429) return 'the server is rate-limiting; wait and try again';
  if (status >= 500) return 'the server failed; try again later';
  return 'check the URL, or save the page from a browser and pass the file';
}
