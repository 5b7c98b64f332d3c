import { createHash } from 'node:crypto';
import type { Source } from '../core/index.js';

/** Options for {@link sourceFromBytes}. */
export interface SourceOptions {
  uri: string;
  id?: string;
  /** Force the media type; otherwise sniffed from the bytes and the uri's extension. */
  mediaType?: Source['mediaType'];
  url?: string;
  date?: string;
}

/**
 * Decodes bytes into a {@link Source}.
 * PLACEHOLDER: UTF-8 only; the ingest work replaces this with full encoding detection.
 */
export function sourceFromBytes(bytes: Uint8Array, options: SourceOptions): Source {
  const raw = new TextDecoder('utf-8').decode(bytes);
  const mediaType = options.mediaType ?? (/\.(txt|text)(\.gz)?$/i.test(options.uri) || !/<[a-z!]/i.test(raw.slice(0, 4096)) ? 'text/plain' : 'text/html');
  return {
    uri: options.uri,
    id: options.id ?? options.uri,
    mediaType,
    raw,
    encoding: 'utf-8',
    encodingSource: 'default',
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(options.date === undefined ? {} : { date: options.date }),
    fetchedAt: new Date().toISOString(),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
