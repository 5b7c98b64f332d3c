import { createHash } from 'node:crypto';
import type { AnalysisResult } from './analysis.js';
import type { DocumentInput, PreparedBundle, Store } from './store/index.js';
import { prepareBundle } from './store/prepare.js';

/**
 * The part of an {@link AnalysisResult} the knowledge base stores: the document fields and the
 * events. Any full result is one; the ingest workers send only this much to the writer thread.
 */
export type StorableResult = Pick<AnalysisResult, 'url' | 'siteName' | 'title' | 'published' | 'lang' | 'text' | 'events'>;

/** Just the {@link StorableResult} fields of a result (what crosses from a worker to the writer). */
export function storableResult(result: StorableResult): StorableResult {
  return { url: result.url, siteName: result.siteName, title: result.title, published: result.published, lang: result.lang, text: result.text, events: result.events };
}

/** What {@link ingestResult} did with one analysed page. */
export interface IngestResultOutcome {
  /** Content hash of the source page. */
  documentId: string;
  /** `duplicate`: stored before, nothing written; `near-duplicate`: stored and linked to the earlier copy. */
  status: 'new' | 'duplicate' | 'near-duplicate';
  /** Events stored for the page. */
  events: number;
}

/** The id a page gets in the knowledge base: SHA-256 (hex, 32 digits) of its decoded source. */
export function documentId(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex').slice(0, 32);
}

/** Host name of a URL without `www.`, or null. */
function siteOf(url: string | null, fallback: string | null): string | null {
  if (fallback) return fallback;
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The store's document row for an analysed page. `source.id` is the page's {@link documentId}
 * when the caller has already computed it (it is derived from `raw` otherwise).
 */
export function documentInput(result: StorableResult, source: { raw: string; uri: string; id?: string }): DocumentInput {
  return {
    id: source.id ?? documentId(source.raw),
    uri: source.uri,
    url: result.url,
    site: siteOf(result.url, result.siteName),
    title: result.title,
    published: result.published,
    language: result.lang,
    text: result.text,
    source: source.raw,
  };
}

/**
 * Stores one analysed page in the knowledge base, in one transaction: the document (id = content
 * hash, so re-ingesting is a no-op), its events with evidence offsets into the text and the source
 * page, near-duplicate linking and cross-article event clustering. `source.raw` is the decoded page
 * the result's `sourceStart`/`sourceEnd` offsets index. Give it successful results; an input that
 * failed goes to {@link recordFailure} instead.
 *
 * @example
 * const result = await analyze(path);
 * const outcome = await ingestResult(store, result, { raw: await readFile(path, 'utf8'), uri: path });
 */
export async function ingestResult(store: Store, result: StorableResult, source: { raw: string; uri: string }): Promise<IngestResultOutcome> {
  const outcome = await store.ingest({ document: documentInput(result, source), events: result.events });
  return { documentId: outcome.documentId, status: outcome.status, events: outcome.events };
}

/**
 * An analysed page as the store's rows ({@link PreparedBundle}): what {@link ingestResult} would
 * write, computed without a database (compressed source, MinHash, event rows), so an ingest worker
 * can do it and hand the writer only the statements to run (`Store.ingestPrepared`).
 */
export function preparedPage(result: StorableResult, source: { raw: string; uri: string; id?: string }): PreparedBundle {
  return prepareBundle({ document: documentInput(result, source), events: result.events });
}

/** Records an input that could not be fetched or analysed, so `sitrep stats` counts it. */
export async function recordFailure(store: Store, input: string, error: { code: string; message: string }): Promise<void> {
  await store.recordFailure({ input, code: error.code, message: error.message });
}
