import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { isGzip } from '../binary.js';
import { inputErrors } from '../input-errors.js';
import { WARCParser } from 'warcio';
import { DEFAULT_MAX_BYTES } from '../limits.js';
import { formatBytes } from '../limits.js';
import { sourceErrors, toFailure } from './source-errors.js';
import type { PageInput, SourceItem } from './types.js';
import { InputError } from '../../core/index.js';

/** Options for {@link expandWarc}. */
export interface WarcOptions {
  /** Largest record payload read, in bytes (default 10 MB); larger ones are reported, not read. */
  maxBytes?: number;
}

/** HTTP media types read from a WARC; the rest of a crawl (CSS, images, scripts) is skipped. */
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/**
 * Streams a WARC or WARC.gz file (warcio: gzip members are detected, records are read one at
 * a time, so memory holds one record however large the archive) and yields every successful
 * HTML response as a page, with its WARC-Target-URI as URL and WARC-Date as capture time.
 * Requests, metadata, revisits and non-HTML responses are skipped; a record over the size cap
 * or that cannot be decoded is reported and the reading goes on; damage that stops the
 * reading is reported with the number of pages kept before it.
 */
export async function* expandWarc(path: string, options: WarcOptions = {}): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const stream = createReadStream(path);
  let kept = 0;
  let records = 0;
  try {
    for await (const record of WARCParser.iterRecords(await plainStream(stream))) {
      records += 1;
      const protocol = record.warcHeaders.protocol ?? '';
      if (!protocol.startsWith('WARC/')) {
        throw new Error(records === 1 ? `it does not start with a WARC/1.x header line; is it a WARC file?` : `record ${records} does not start with a WARC/1.x header line`);
      }
      if (!isPage(record)) {
        await drain(record);
        continue;
      }
      const target = record.warcTargetURI ?? `${path}#record-${records}`;
      const contentType = pageContentType(record);
      const uri = target;
      if (record.warcContentLength > maxBytes) {
        await drain(record);
        yield toFailure(
          new InputError({ code: 'too-large', input: uri, message: `this WARC record is larger than the ${formatBytes(maxBytes)} limit (${formatBytes(record.warcContentLength)}); raise --max-bytes to read it` }),
          uri,
          path,
        );
        continue;
      }
      let body: Uint8Array;
      try {
        body = await record.readFully(true);
      } catch (error) {
        if (unread(record) > 0) throw new Error(`record ${records} (${uri}) ends early`);
        yield toFailure(sourceErrors.badWarcRecord(uri, error instanceof Error ? error.message : String(error)), uri, path);
        continue;
      }
      // warcio hands back a record cut short by the end of the file as if it were whole.
      if (unread(record) > 0) throw new Error(`record ${records} (${uri}) ends early`);
      const date = record.warcDate ?? undefined;
      const page: PageInput = {
        type: 'page',
        uri,
        url: target,
        from: path,
        content: { kind: 'bytes', bytes: body, ...(contentType === undefined ? {} : { contentType }) },
        ...(date ? { fetchedAt: date } : {}),
      };
      kept += 1;
      yield page;
    }
    if (records === 0) throw new Error('it holds no WARC record (is it empty?)');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') {
      yield toFailure(inputErrors.notFound(path), path);
      return;
    }
    if (code === 'EISDIR' || code === 'EACCES') {
      yield toFailure(inputErrors.unreadable(path, code, error), path);
      return;
    }
    const reason = code?.startsWith('Z_') ? 'the gzip data ends early or is corrupt' : error instanceof Error ? error.message : String(error);
    yield toFailure(sourceErrors.badWarc(path, reason, kept), path);
  } finally {
    stream.destroy();
  }
}

type Record = Awaited<ReturnType<typeof WARCParser.parse>> & object;

/** The HTTP (or, for a resource record, WARC) content type of a record. */
function pageContentType(record: Record): string | undefined {
  return (record.warcType === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? undefined;
}

/** Whether a record is a successful page: a 2xx HTML (or text) response, or an HTML resource. */
function isPage(record: Record): boolean {
  if (record.warcType !== 'response' && record.warcType !== 'resource') return false;
  const status = record.warcType === 'response' ? Number(record.httpHeaders?.statusCode ?? 0) : 200;
  const essence = (pageContentType(record) ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return status >= 200 && status <= 299 && PAGE_TYPES.has(essence);
}

/**
 * Bytes of the record's block still unread. warcio's record reader is a LimitReader whose
 * `limit` counts down; it is not public API, hence the cast (absent → assume complete).
 */
function unread(record: Record): number {
  const reader = (record as unknown as { _reader?: { limit?: unknown } })._reader;
  return typeof reader?.limit === 'number' ? reader.limit : 0;
}

/**
 * Reads a skipped record to its end chunk by chunk (never buffering it), so that a record cut
 * short is noticed here: warcio's own skip would spin on a truncated record.
 */
async function drain(record: Record): Promise<void> {
  for await (const chunk of record.reader) void chunk;
  if (unread(record) > 0) throw new Error(`a record (${record.warcTargetURI ?? record.warcType}) ends early`);
}

/**
 * The file's bytes, gunzipped by Node when they are gzip (WARC.gz is a series of gzip
 * members, which Node reads as one stream): zlib reports a truncated member, where warcio's
 * own inflater stops silently.
 */
async function plainStream(stream: Readable): Promise<AsyncIterable<Uint8Array>> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  if (first.done === true) return Readable.from([]);
  const head = first.value;
  async function* all(): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  const readable = Readable.from(all());
  if (!isGzip(head)) return readable;
  const gunzipper = createGunzip();
  readable.on('error', (error) => gunzipper.destroy(error));
  return readable.pipe(gunzipper);
}
