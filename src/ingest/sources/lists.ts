import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { isGzip } from '../binary.js';
import { isIsoDate } from '../dates.js';
import { fetchUrl } from '../fetch-url.js';
import type { FetchOptions } from '../fetch-url.js';
import { gunzip } from '../gzip.js';
import { inputErrors } from '../input-errors.js';
import type { IngestNote } from '../notes.js';
import { sourceErrors, toFailure } from './source-errors.js';
import type { PageInput, SourceItem } from './types.js';
import { XmlListReader, sniffXmlList, xmlEncoding } from './xml-list.js';
import type { XmlEntry, XmlListKind } from './xml-list.js';

/** Options for reading feeds and sitemaps. */
export interface ListOptions extends FetchOptions {
  /**
   * `fetch` (default): every feed item's link is fetched, since feeds mostly carry a summary;
   * `inline`: an item whose feed carries the full text (content:encoded, Atom content) is read
   * from the feed, and only the others are fetched.
   */
  feedContent?: 'fetch' | 'inline';
  /** How deep sitemap indexes may nest (default 4). */
  maxSitemapDepth?: number;
}

/** Feeds and sitemaps may be larger than a page: the sitemap protocol allows 50 MB. */
const LIST_MAX_BYTES = 50 * 1024 * 1024;
const CHUNK = 64 * 1024;

/** Where a list came from: its name in messages, the URL its relative links resolve against, the sitemaps open above it. */
interface ListContext {
  uri: string;
  base?: string;
  depth: number;
  seen: ReadonlySet<string>;
}

/**
 * Expands a URL: a feed or sitemap lists its pages (a sitemap index its sitemaps, recursively);
 * anything else is a page, handed on with the bytes already fetched so it is not fetched twice.
 */
export async function* expandUrl(url: string, options: ListOptions, from?: string, parent?: ListContext): AsyncGenerator<SourceItem> {
  let fetched;
  try {
    fetched = await fetchUrl(url, { ...options, maxBytes: Math.max(options.maxBytes ?? 0, LIST_MAX_BYTES) });
  } catch (error) {
    yield toFailure(error, url, from);
    return;
  }
  let bytes: Uint8Array = fetched.bytes;
  let kind: XmlListKind | undefined;
  try {
    const unzipped = isGzip(bytes) ? gunzip(bytes, url, LIST_MAX_BYTES) : bytes;
    kind = sniffXmlList(decodeHead(unzipped));
    if (kind !== undefined) bytes = unzipped;
  } catch {
    kind = undefined; // a damaged .gz page: the worker reports it with the page's own error.
  }
  if (kind === undefined) {
    const page: PageInput = {
      type: 'page',
      uri: url,
      url: fetched.url,
      fetchedAt: fetched.fetchedAt,
      content: { kind: 'bytes', bytes: fetched.bytes, ...(fetched.contentType === undefined ? {} : { contentType: fetched.contentType }) },
      ...(from === undefined ? {} : { from }),
    };
    yield page;
    return;
  }
  const ctx: ListContext = { uri: url, base: fetched.url, depth: (parent?.depth ?? -1) + 1, seen: new Set([...(parent?.seen ?? []), url, fetched.url]) };
  yield* expandList(chunksOf(bytes), ctx, options);
}

/**
 * Expands a local XML file (plain or gzip): a feed or sitemap lists its pages; any other XML is
 * a page. The file is streamed, never read whole.
 */
export async function* expandXmlFile(path: string, options: ListOptions): AsyncGenerator<SourceItem> {
  let head: Uint8Array;
  try {
    head = await readHead(path);
  } catch (error) {
    yield toFailure(error, path);
    return;
  }
  if (isGzip(head)) {
    // The head of a .gz file says nothing; gunzip a little to sniff.
    let kind: XmlListKind | undefined;
    try {
      const iterator = fileChunks(path, true)[Symbol.asyncIterator]();
      const first = await iterator.next();
      await iterator.return?.(undefined);
      kind = first.done === true ? undefined : sniffXmlList(decodeHead(first.value));
    } catch {
      kind = undefined;
    }
    if (kind === undefined) {
      yield { type: 'page', uri: path, content: { kind: 'spec', spec: path } };
      return;
    }
    yield* expandList(fileChunks(path, true), { uri: path, depth: 0, seen: new Set([path]) }, options);
    return;
  }
  if (sniffXmlList(decodeHead(head)) === undefined) {
    yield { type: 'page', uri: path, content: { kind: 'spec', spec: path } };
    return;
  }
  yield* expandList(fileChunks(path, false), { uri: path, depth: 0, seen: new Set([path]) }, options);
}

/** Reads a feed or sitemap from its byte chunks and yields its pages, then any damage found. */
async function* expandList(chunks: AsyncIterable<Uint8Array>, ctx: ListContext, options: ListOptions): AsyncGenerator<SourceItem> {
  const reader = new XmlListReader();
  let kind: XmlListKind | undefined;
  let root: string | undefined;
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  const maxDepth = options.maxSitemapDepth ?? 4;
  const pending: XmlEntry[] = [];
  const drain = (): void => {
    for (const event of reader.take()) {
      if (event.type === 'root') {
        kind = event.kind;
        root = event.name;
      } else pending.push(event.entry);
    }
  };
  try {
    for await (const chunk of chunks) {
      decoder ??= new TextDecoder(xmlEncoding(chunk));
      reader.write(decoder.decode(chunk, { stream: true }));
      drain();
      for (const entry of pending.splice(0)) yield* entryItems(entry, kind, ctx, options, maxDepth);
    }
    if (decoder) reader.write(decoder.decode());
  } catch (error) {
    reader.end();
    drain();
    for (const entry of pending.splice(0)) yield* entryItems(entry, kind, ctx, options, maxDepth);
    const code = (error as { code?: string }).code;
    const reason = code?.startsWith('Z_') ? 'the gzip data ends early or is corrupt' : error instanceof Error ? error.message : String(error);
    yield toFailure(sourceErrors.badXml(ctx.uri, what(kind), reason, reader.entries), ctx.uri);
    return;
  }
  reader.end();
  drain();
  // Entries the end of input closed are kept (nothing lost), and the damage is still reported.
  for (const entry of pending.splice(0)) yield* entryItems(entry, kind, ctx, options, maxDepth);
  if (kind === undefined) {
    yield toFailure(sourceErrors.notAFeed(ctx.uri, root), ctx.uri);
    return;
  }
  const problem = reader.problem;
  if (problem !== undefined) yield toFailure(sourceErrors.badXml(ctx.uri, what(kind), problem, reader.entries), ctx.uri);
}

function what(kind: XmlListKind | undefined): string {
  return kind === 'urlset' || kind === 'sitemapindex' ? 'sitemap' : 'feed';
}

/** The pages (or, for a sitemap index, the nested sitemap's pages) of one entry. */
async function* entryItems(entry: XmlEntry, kind: XmlListKind | undefined, ctx: ListContext, options: ListOptions, maxDepth: number): AsyncGenerator<SourceItem> {
  const name = kind === undefined ? 'entry' : { rss: 'item', rdf: 'item', atom: 'entry', urlset: 'url', sitemapindex: 'sitemap' }[kind];
  const where = `${ctx.uri}#${name}-${entry.n}`;
  const link = resolveLink(entry.link, ctx.base);
  if (!link.ok) {
    yield toFailure(sourceErrors.badEntry(where, link.reason), where, ctx.uri);
    return;
  }
  if (kind === 'sitemapindex') {
    if (ctx.depth + 1 > maxDepth || ctx.seen.has(link.url)) {
      yield toFailure(sourceErrors.sitemapDepth(link.url, maxDepth), link.url, ctx.uri);
      return;
    }
    yield* expandUrl(link.url, options, ctx.uri, ctx);
    return;
  }
  const notes: IngestNote[] = [];
  const date = dateHint(entry.date, where, notes);
  const inline = options.feedContent === 'inline' && entry.content !== undefined;
  const page: PageInput = {
    type: 'page',
    uri: link.url,
    url: link.url,
    content: inline ? { kind: 'html', html: entry.content ?? '' } : { kind: 'spec', spec: link.url },
    from: ctx.uri,
    ...(date === undefined ? {} : { date }),
    ...(notes.length === 0 ? {} : { notes }),
  };
  yield page;
}

/** An entry's link made absolute against the list's URL; only http(s) pages can be read. */
function resolveLink(link: string | undefined, base: string | undefined): { ok: true; url: string } | { ok: false; reason: string } {
  if (link === undefined || link === '') return { ok: false, reason: 'it has no link (no <link>, <loc> or permalink <guid>)' };
  if (!/^https?:\/\//i.test(link) && base === undefined) return { ok: false, reason: `its link "${link}" is not an http(s) URL, and a local file gives nothing to resolve it against` };
  let url: URL;
  try {
    url = new URL(link, base);
  } catch {
    return { ok: false, reason: `its link "${link}" is not a URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: `its link "${link}" is not an http(s) URL` };
  return { ok: true, url: url.href };
}

/** A date hint as ISO 8601: ISO dates as they are, RFC 822 feed dates converted; an unreadable one is noted and dropped. */
export function dateHint(raw: string | undefined, where: string, notes: IngestNote[]): string | undefined {
  if (raw === undefined) return undefined;
  if (isIsoDate(raw)) return raw;
  const ms = Date.parse(raw);
  if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  notes.push({ code: 'bad-date-hint', message: `${where}: ignored the date "${raw}", which is not a date` });
  return undefined;
}

function decodeHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  return new TextDecoder(xmlEncoding(head)).decode(head);
}

async function readHead(path: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw code === 'ENOENT' ? inputErrors.notFound(path) : inputErrors.unreadable(path, code ?? String(error), error);
  }
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* fileChunks(path: string, gzipped: boolean): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  if (!gzipped) {
    yield* stream as AsyncIterable<Buffer>;
    return;
  }
  const gunzipper = createGunzip();
  stream.on('error', (error) => gunzipper.destroy(error));
  yield* stream.pipe(gunzipper) as AsyncIterable<Buffer>;
}

function* chunksOfSync(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK);
}

async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield* chunksOfSync(bytes);
}
