import { createHash } from 'node:crypto';
import type { Source } from '../core/index.js';
import { detectBinaryFormat, hasEarlyNul, isGzip } from './binary.js';
import { decodeBytes, sniffUtf16 } from './decode.js';
import { gunzip } from './gzip.js';
import { inputErrors } from './input-errors.js';
import { DEFAULT_MAX_BYTES } from './limits.js';
import { detectMediaType, essence, headerKind, sniffIsHtml } from './media-type.js';
import { repairMojibake } from './mojibake.js';
import type { IngestNote } from './notes.js';

/** Options for {@link sourceFromBytes}. */
export interface SourceOptions {
  /** Where the bytes came from (path, `-`, URL, `jsonl:<file>#<id>`); names the input in messages. */
  uri: string;
  /** Identifier to report; defaults to `uri`. */
  id?: string;
  /** Force the media type; otherwise Content-Type, extension, then content decide. */
  mediaType?: Source['mediaType'];
  /** The page's URL (final URL after redirects, or `--url`). */
  url?: string;
  /** A publication date the caller knows, ISO 8601. */
  date?: string;
  /** The HTTP Content-Type header, for its media type and charset. */
  contentType?: string;
  /** Decode with this encoding (only a byte order mark overrides it). */
  encoding?: string;
  /** Largest input accepted, in bytes, after decompression (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
  /** A name whose extension hints at the media type; defaults to `uri`. */
  name?: string;
  /** When the bytes were read (default: now). */
  fetchedAt?: string;
}

/** A Source and the warnings found while reading it. */
export interface Ingested {
  source: Source;
  notes: IngestNote[];
}

/**
 * Turns raw bytes into a {@link Source}: gunzips, refuses binary and empty input, decodes (see
 * `decodeBytes`), repairs unambiguous mojibake, and decides HTML vs plain text. Warnings are
 * returned as notes.
 *
 * @throws InputError for empty, binary, oversized or corrupt input.
 */
export function ingestBytes(input: Uint8Array, options: SourceOptions): Ingested {
  const name = options.uri;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.length > maxBytes) throw inputErrors.tooLarge(name, maxBytes, input.length);

  let bytes = input;
  let wrapper = '';
  if (isGzip(bytes)) {
    bytes = gunzip(bytes, name, maxBytes);
    wrapper = ' (gzip-compressed)';
  }
  if (bytes.length === 0) throw inputErrors.empty(name, false);
  const format = detectBinaryFormat(bytes);
  if (format) throw inputErrors.binary(name, `${format.what}${wrapper}`, format.advice);
  if (isGzip(bytes)) throw inputErrors.binary(name, 'gzip data compressed twice', 'decompress it once (gunzip) and pass the result');
  const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!hasBom && sniffUtf16(bytes) === undefined && hasEarlyNul(bytes)) {
    throw inputErrors.binary(
      name,
      `a binary file${wrapper} (it contains NUL bytes)`,
      'pass an .html or .txt file; if this is text in UTF-32 or another wide encoding, convert it to UTF-8 first (iconv -t utf-8)',
    );
  }

  const header = headerKind(options.contentType);
  const decoded = decodeBytes(bytes, {
    input: name,
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
    html: options.mediaType !== 'text/plain' && header !== 'text/plain',
  });
  if (!/\S/.test(decoded.text)) throw inputErrors.empty(name, true);
  if (header === 'binary' && !sniffIsHtml(decoded.text)) {
    const type = essence(options.contentType ?? '');
    throw inputErrors.binary(name, `${type} content (says the server)`, 'sitrep reads HTML or plain text; pass the page that links to it');
  }

  const notes = [...decoded.notes];
  const repair = repairMojibake(decoded.text);
  if (repair.repaired > 0) {
    notes.push({
      code: 'mojibake-repaired',
      message: `${name}: repaired ${repair.repaired} UTF-8 sequence${repair.repaired === 1 ? '' : 's'} that had been decoded as Windows-1252 (${repair.examples.join(', ')})`,
    });
  }
  const raw = repair.text;
  const mediaType =
    options.mediaType ??
    detectMediaType(raw, {
      ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
      name: options.name ?? name,
    });

  const source: Source = {
    uri: options.uri,
    id: options.id ?? options.uri,
    mediaType,
    raw,
    encoding: decoded.encoding,
    encodingSource: decoded.encodingSource,
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(options.date === undefined ? {} : { date: options.date }),
    fetchedAt: options.fetchedAt ?? new Date().toISOString(),
    // The hash of the content bytes (after gunzip), so page.html and page.html.gz share an id.
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  return { source, notes };
}

/**
 * Decodes bytes into a {@link Source} (see {@link ingestBytes}; this drops the notes).
 *
 * @throws InputError for empty, binary, oversized or corrupt input.
 */
export function sourceFromBytes(bytes: Uint8Array, options: SourceOptions): Source {
  return ingestBytes(bytes, options).source;
}

/**
 * Builds a Source from text the caller already has as a string (batch JSONL `html`/`text`):
 * the string is the decoded text, so its encoding is `given`, but mojibake is still repaired.
 */
export function ingestString(text: string, options: Omit<SourceOptions, 'encoding' | 'contentType'>): Ingested {
  return ingestBytes(new TextEncoder().encode(text), { ...options, encoding: 'utf-8' });
}
