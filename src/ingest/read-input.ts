import { fileURLToPath } from 'node:url';
import type { Source } from '../core/index.js';
import { fetchUrl } from './fetch-url.js';
import type { FetchOptions } from './fetch-url.js';
import { inputErrors } from './input-errors.js';
import { DEFAULT_MAX_BYTES } from './limits.js';
import { readFileBytes } from './read-file.js';
import { readStream } from './read-stream.js';
import type { ByteStream } from './read-stream.js';
import { ingestBytes } from './source.js';
import type { Ingested } from './source.js';

/** Options shared by every input kind. */
export interface ReadOptions extends FetchOptions {
  /** The page's URL when the input is a file or stdin (for a URL input the final URL wins). */
  url?: string;
  /** A publication date the caller knows, ISO 8601. */
  date?: string;
  /** Identifier to report; defaults to the input. */
  id?: string;
  /** Decode with this encoding instead of detecting it. */
  encoding?: string;
  /** Force HTML or plain text instead of detecting it. */
  mediaType?: Source['mediaType'];
  /** What `-` reads (default `process.stdin`); tests pass a stream here. */
  stdin?: ByteStream;
}

/** Whether an input spec is an http(s) URL. */
export function isUrl(spec: string): boolean {
  return /^https?:\/\//i.test(spec);
}

/**
 * Reads one input — a file path (plain or gzip), `file:` URL, `-` for stdin, or an http(s) URL —
 * into a Source, with the warnings found on the way.
 *
 * @throws InputError for anything that is not a readable web page or text (see `inputErrors`).
 */
export async function ingestInput(spec: string, options: ReadOptions = {}): Promise<Ingested> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const common = {
    uri: spec,
    maxBytes,
    ...(options.id === undefined ? {} : { id: options.id }),
    ...(options.date === undefined ? {} : { date: options.date }),
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.mediaType === undefined ? {} : { mediaType: options.mediaType }),
  };
  if (isUrl(spec)) {
    const fetched = await fetchUrl(spec, options);
    return ingestBytes(fetched.bytes, {
      ...common,
      url: fetched.url,
      name: new URL(fetched.url).pathname,
      fetchedAt: fetched.fetchedAt,
      ...(fetched.contentType === undefined ? {} : { contentType: fetched.contentType }),
    });
  }
  const withUrl = { ...common, ...(options.url === undefined ? {} : { url: options.url }) };
  if (spec === '-') {
    const bytes = await readStream(options.stdin ?? process.stdin, spec, maxBytes);
    return ingestBytes(bytes, withUrl);
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(spec)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'file') throw inputErrors.badUrl(spec, `the scheme ${scheme}: is not supported`);
  const path = scheme === 'file' ? filePath(spec) : spec;
  const bytes = await readFileBytes(path, spec, maxBytes);
  return ingestBytes(bytes, withUrl);
}

/** The path of a `file:` URL. */
function filePath(spec: string): string {
  try {
    return fileURLToPath(spec);
  } catch (error) {
    throw inputErrors.badUrl(spec, `not a usable file: URL (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Reads one input into a Source (see {@link ingestInput}; this drops the warnings).
 *
 * @throws InputError for anything that is not a readable web page or text.
 */
export async function readInput(spec: string, options: ReadOptions = {}): Promise<Source> {
  return (await ingestInput(spec, options)).source;
}
