import type { Source } from './core/index.js';
import { Document, InputError } from './core/index.js';
import { defaultPipeline } from './default-pipeline.js';
import { readInput, sourceFromBytes } from './ingest/index.js';

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
  errors: ResultError[];
  warnings: string[];
}

/** Options for {@link extract}. */
export interface ExtractOptions {
  /** The page's URL, when the input is a file or string. */
  url?: string;
  /** Publication date to use when the page states none (ISO 8601). */
  date?: string;
  /** Identifier to report (batch mode); defaults to the input. */
  id?: string;
  /** Treat a string input as HTML or plain text (default: sniffed). */
  mediaType?: Source['mediaType'];
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
  const label = options.id ?? (typeof input === 'string' ? input : 'input');
  let source: Source;
  try {
    source = await loadSource(input, options);
  } catch (error) {
    return errorResult(label, error);
  }
  const doc = await defaultPipeline().run(new Document(source));
  return articleResult(doc);
}

async function loadSource(input: ExtractInput, options: ExtractOptions): Promise<Source> {
  const common = {
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(options.date === undefined ? {} : { date: options.date }),
  };
  if (typeof input === 'string') {
    const source = await readInput(input, common);
    return options.id === undefined ? source : { ...source, id: options.id };
  }
  const isHtml = 'html' in input;
  const body = isHtml ? input.html : input.text;
  return sourceFromBytes(new TextEncoder().encode(body), {
    uri: options.id ?? (isHtml ? 'html' : 'text'),
    ...(options.id === undefined ? {} : { id: options.id }),
    mediaType: options.mediaType ?? (isHtml ? 'text/html' : 'text/plain'),
    ...common,
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
    errors: doc.messages
      .filter((msg) => msg.severity === 'error')
      .map((msg) => ({ code: msg.ruleId, message: msg.reason })),
    warnings: doc.messages.filter((msg) => msg.severity === 'warning').map((msg) => msg.reason),
  };
}

/** The result for an input that could not be read at all. */
export function errorResult(id: string, error: unknown): ArticleResult {
  const code = error instanceof InputError ? error.code : 'read-failed';
  const message = error instanceof Error ? error.message : String(error);
  return {
    id,
    source: id,
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
    errors: [{ code, message }],
    warnings: [],
  };
}
