import type { Source } from './core/index.js';
import { Document, InputError } from './core/index.js';
import { defaultPipeline } from './default-pipeline.js';
import { ingestInput, ingestString } from './ingest/index.js';
import type { ByteStream, Ingested, IngestNote } from './ingest/index.js';

/** One body block in an {@link ArticleResult}. */
export interface ArticleParagraph {
  text: string;
  kind: string;
  level?: number;
  /** Offsets of the paragraph in `text`. */
  start: number;
  end: number;
  /** Offsets of the paragraph in the decoded source page. */
  sourceStart: number;
  sourceEnd: number;
}

/** An error reported for one input. */
export interface ResultError {
  code: string;
  message: string;
}

/** The extraction result, as `sitrep extract --format json` prints it. */
export interface ArticleResult {
  id: string;
  source: string;
  title: string | null;
  standfirst: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
  url: string | null;
  text: string;
  paragraphs: ArticleParagraph[];
  encoding: string | null;
  /** How the encoding was decided: `bom`, `header`, `meta`, `sniff`, `default` or `given`. */
  encodingSource: string | null;
  errors: ResultError[];
  warnings: string[];
  /** The 1-based line of a batch JSONL input this result answers (batch mode only). */
  line?: number;
}

/** Options for {@link extract}. */
export interface ExtractOptions {
  /** The page's URL, when the input is a file or string. */
  url?: string;
  /** Publication date to use when the page states none (ISO 8601). */
  date?: string;
  /** Identifier to report (batch mode); defaults to the input. */
  id?: string;
  /** Treat the input as HTML or plain text (default: detected). */
  mediaType?: Source['mediaType'];
  /** Where an in-memory page came from, for messages (default: the id, else `html`/`text`). */
  uri?: string;
  /** Largest input accepted, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Decode with this encoding instead of detecting it. */
  encoding?: string;
  /** URL fetches: time until response headers, per request, in ms. */
  connectTimeoutMs?: number;
  /** URL fetches: time for the whole fetch, in ms. */
  timeoutMs?: number;
  /** URL fetches: redirects followed before giving up. */
  maxRedirects?: number;
  /** What the input `-` reads (default `process.stdin`). */
  stdin?: ByteStream;
  /** Warnings the caller found about this input (e.g. unknown batch fields), added to the result. */
  notes?: readonly IngestNote[];
}

/** An input to {@link extract}: a path/URL/`-`, or the page itself. */
export type ExtractInput = string | { html: string } | { text: string };

/**
 * Extracts the clean article from one page.
 *
 * @example
 * const article = await extract('page.html', { url: 'https://example.com/news/1' });
 * console.log(article.title, article.paragraphs.length);
 */
export async function extract(input: ExtractInput, options: ExtractOptions = {}): Promise<ArticleResult> {
  return runOnInput(input, options, {
    what: 'extraction',
    run: async (doc) => articleResult(await defaultPipeline().run(doc, { until: 'extract' })),
    fail: (result) => result,
  });
}

/** How {@link runOnInput} turns a Document into a result, and an unreadable input into one. */
export interface InputRun<R> {
  /** Named in the internal-error message (`extraction`, `analysis`). */
  what: string;
  /** Adjusts the Source before the Document is made (e.g. marks text as already extracted). */
  prepare?: (source: Source) => Source;
  run: (doc: Document) => Promise<R>;
  /** Builds the result for an input that failed, from the plain error result. */
  fail: (result: ArticleResult) => R;
}

/**
 * Reads one input, runs `how.run` on its Document and never throws: an unreadable input, or a bug in
 * a stage, becomes an error result (a bug must not take a whole batch down, nor print a stack trace
 * at the user). Shared by `extract()` and `analyze()`.
 */
export async function runOnInput<R>(input: ExtractInput, options: ExtractOptions, how: InputRun<R>): Promise<R> {
  const label = options.id ?? (typeof input === 'string' ? input : (options.uri ?? 'input'));
  const uri = typeof input === 'string' ? input : (options.uri ?? label);
  let ingested: Ingested;
  try {
    ingested = await loadSource(input, options);
  } catch (error) {
    return how.fail(errorResult(label, error, uri));
  }
  const doc = new Document(how.prepare ? how.prepare(ingested.source) : ingested.source);
  for (const note of [...(options.notes ?? []), ...ingested.notes]) {
    doc.message(note.message, { source: 'ingest', ruleId: note.code, severity: 'warning' });
  }
  try {
    return await how.run(doc);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const failure = new InputError({ code: 'internal-error', input: uri, message: `${how.what} failed (${reason}); please report this with the input` });
    return how.fail(errorResult(label, failure, uri));
  }
}

/**
 * Reads one input (path, URL, `-`, or an in-memory page) into a Source with its ingest notes,
 * honouring the limits and encoding in `options`. Shared by `extract()` and `analyze()`.
 */
export async function loadSource(input: ExtractInput, options: ExtractOptions): Promise<Ingested> {
  const common = {
    ...(options.id === undefined ? {} : { id: options.id }),
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(options.date === undefined ? {} : { date: options.date }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  };
  if (typeof input === 'string') {
    return ingestInput(input, {
      ...common,
      ...(options.mediaType === undefined ? {} : { mediaType: options.mediaType }),
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
      ...(options.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: options.connectTimeoutMs }),
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.maxRedirects === undefined ? {} : { maxRedirects: options.maxRedirects }),
      ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
    });
  }
  const isHtml = 'html' in input;
  return ingestString(isHtml ? input.html : input.text, {
    ...common,
    uri: options.uri ?? options.id ?? (isHtml ? 'html' : 'text'),
    mediaType: options.mediaType ?? (isHtml ? 'text/html' : 'text/plain'),
  });
}

/** Builds the public result object from an extracted Document. */
export function articleResult(doc: Document): ArticleResult {
  const paragraphs = (doc.layer('paragraphs') ?? []).map((p) => {
    const src = doc.toSource(p);
    return {
      text: doc.slice(p),
      kind: p.kind,
      ...(p.level === undefined ? {} : { level: p.level }),
      start: p.start,
      end: p.end,
      sourceStart: src?.start ?? -1,
      sourceEnd: src?.end ?? -1,
    };
  });
  const m = doc.meta;
  return {
    id: doc.source.id,
    source: doc.source.uri,
    title: m.title?.value ?? null,
    standfirst: m.standfirst?.value ?? null,
    byline: m.byline?.value ?? null,
    published: m.published?.value ?? null,
    siteName: m.siteName?.value ?? null,
    lang: m.lang?.value ?? null,
    url: m.url?.value ?? null,
    text: doc.text,
    paragraphs,
    encoding: doc.source.encoding,
    encodingSource: doc.source.encodingSource,
    errors: doc.messages
      .filter((msg) => msg.severity === 'error')
      .map((msg) => ({ code: msg.ruleId, message: msg.reason })),
    warnings: doc.messages.filter((msg) => msg.severity === 'warning').map((msg) => msg.reason),
  };
}

/**
 * The result for an input that could not be read at all: every field empty or null, the error
 * in `errors` (an {@link InputError}'s code, else `read-failed`).
 */
export function errorResult(id: string, error: unknown, source: string = id): ArticleResult {
  const code = error instanceof InputError ? error.code : 'read-failed';
  const message = error instanceof Error ? error.message : String(error);
  return {
    id,
    source,
    title: null,
    standfirst: null,
    byline: null,
    published: null,
    siteName: null,
    lang: null,
    url: null,
    text: '',
    paragraphs: [],
    encoding: null,
    encodingSource: null,
    errors: [{ code, message }],
    warnings: [],
  };
}
