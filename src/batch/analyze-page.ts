import { Document, InputError } from '../core/index.js';
import { analysisResult } from '../analysis.js';
import type { AnalysisResult } from '../analysis.js';
import type { StorableResult } from '../knowledge-base.js';
import { defaultPipeline } from '../default-pipeline.js';
import { ingestBytes, ingestInput, ingestString } from '../ingest/index.js';
import type { FetchOptions, Ingested } from '../ingest/index.js';
import type { PageInput } from '../ingest/sources/index.js';

/** Options every page of a run shares. */
export interface PageOptions extends FetchOptions {
  /** Publication date to assume when neither the page nor its listing gives one (`--date`). */
  date?: string;
  /** Decode with this encoding instead of detecting it. */
  encoding?: string;
}

/** A page that could not be read or analysed: its stable code and the message (without the uri prefix). */
export interface PageFailure {
  code: string;
  message: string;
}

/**
 * Reads one listed page into a Source, the way `analyze()` does for the same kind of input
 * (path/URL via `ingestInput`, bytes via `ingestBytes`, strings via `ingestString`). Split from
 * {@link analyzeLoaded} so the caller can skip a page whose content is already stored before
 * paying for its analysis.
 *
 * @throws InputError for anything that is not a readable page.
 */
export async function loadPage(page: PageInput, options: PageOptions): Promise<Ingested> {
  const date = page.date ?? options.date;
  const common = {
    uri: page.uri,
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    ...(page.id === undefined ? {} : { id: page.id }),
    ...(page.url === undefined ? {} : { url: page.url }),
    ...(date === undefined ? {} : { date }),
  };
  const content = page.content;
  switch (content.kind) {
    case 'spec': {
      const ingested = await ingestInput(content.spec, { ...options, ...common, ...(date === undefined ? {} : { date }) });
      // ingestInput names the source by its spec; a batch line's page keeps the line's uri.
      return { ...ingested, source: { ...ingested.source, uri: page.uri, id: page.id ?? page.uri } };
    }
    case 'bytes':
      return ingestBytes(content.bytes, {
        ...common,
        ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
        ...(content.contentType === undefined ? {} : { contentType: content.contentType }),
        ...(page.fetchedAt === undefined ? {} : { fetchedAt: page.fetchedAt }),
        ...(page.url === undefined ? {} : { name: safePathname(page.url) }),
      });
    case 'html':
      return ingestString(content.html, { ...common, mediaType: 'text/html' });
    case 'text':
      return ingestString(content.text, { ...common, mediaType: 'text/plain' });
  }
}

/**
 * Runs the default pipeline over a loaded page and builds the public analysis result, as
 * `analyze()` does.
 *
 * @throws InputError `internal-error` when a stage fails (a bug: the message asks for a report).
 */
export async function analyzeLoaded(page: PageInput, ingested: Ingested): Promise<AnalysisResult> {
  return analysisResult(await runPipeline(page, ingested));
}

/**
 * Runs the default pipeline over a loaded page and keeps only what the knowledge base stores:
 * the same fields as {@link analyzeLoaded}'s result, without building the rest of the public
 * result (paragraphs, entity and actor lists) that an ingest worker would throw away.
 *
 * @throws InputError `internal-error` when a stage fails.
 */
export async function analyzeForStore(page: PageInput, ingested: Ingested): Promise<StorableResult> {
  const doc = await runPipeline(page, ingested);
  // A page with no article text (an index, a login wall, undecodable bytes) is a failure with its
  // reason, as `sitrep analyze` reports it, not an empty "new" document that hides the problem.
  const fatal = doc.messages.find((msg) => msg.severity === 'error');
  if (fatal) throw new InputError({ code: fatal.ruleId, input: page.uri, message: fatal.reason });
  const m = doc.meta;
  return {
    url: m.url?.value ?? null,
    siteName: m.siteName?.value ?? null,
    title: m.title?.value ?? null,
    published: m.published?.value ?? null,
    lang: m.lang?.value ?? null,
    text: doc.text,
    events: doc.layer('events') ?? [],
  };
}

async function runPipeline(page: PageInput, ingested: Ingested): Promise<Document> {
  const doc = new Document(ingested.source);
  for (const note of [...(page.notes ?? []), ...ingested.notes]) {
    doc.message(note.message, { source: 'ingest', ruleId: note.code, severity: 'warning' });
  }
  try {
    return await defaultPipeline().run(doc);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError({ code: 'internal-error', input: page.uri, message: `analysis failed (${reason}); please report this with the input` });
  }
}

/** An error as a {@link PageFailure}: an InputError keeps its code; its `input: ` prefix is dropped. */
export function pageFailure(error: unknown): PageFailure {
  if (error instanceof InputError) {
    const prefix = `${error.input}: `;
    return { code: error.code, message: error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message };
  }
  return { code: 'internal-error', message: `${error instanceof Error ? error.message : String(error)}; please report this with the input` };
}

function safePathname(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
