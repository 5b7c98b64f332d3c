import type { IngestNote } from '../notes.js';

/**
 * How a page's content travels to the worker that analyses it: a path or URL the worker reads
 * itself (cheap to send, and the reading happens off the main thread), bytes already read
 * (a WARC record, a URL fetched to find out whether it was a feed), or a batch line's string.
 */
export type PageContent =
  | { kind: 'spec'; spec: string }
  | { kind: 'bytes'; bytes: Uint8Array; contentType?: string }
  | { kind: 'html'; html: string }
  | { kind: 'text'; text: string };

/** One page to analyse, found by {@link expandInputs}. Plain data, so it can be posted to a worker. */
export interface PageInput {
  type: 'page';
  /**
   * Names the page in messages and in the store, unique within a run: the path, the URL,
   * `warc:<file>#<target URI>@<date>` or `jsonl:<file>#<id>`.
   */
  uri: string;
  /** Identifier to report (batch lines have their own); defaults to `uri`. */
  id?: string;
  /** The page's address when it is known without fetching (feed link, WARC target, batch `url`). */
  url?: string;
  /** A publication date hint, ISO 8601 (feed pubDate, sitemap lastmod, WARC date is NOT one). */
  date?: string;
  /** When the page was captured (WARC-Date), ISO 8601. */
  fetchedAt?: string;
  content: PageContent;
  /** The container the page was listed in (folder, feed, sitemap, WARC, batch file). */
  from?: string;
  /** Warnings found while listing the page (unknown batch fields, an unreadable date hint). */
  notes?: IngestNote[];
}

/** An input, or a part of one, that could not be turned into pages. The run records it and goes on. */
export interface InputFailure {
  type: 'failure';
  /** What failed: a path, URL, `<file>:<line>`, `<feed>#item-<n>`. */
  uri: string;
  /** Stable code for scripts (`not-found`, `bad-feed`, `bad-warc`, `bad-batch-line`, …). */
  code: string;
  /** What is wrong and what to do, without the uri prefix. */
  message: string;
  from?: string;
}

/** What {@link expandInputs} yields, in input order. */
export type SourceItem = PageInput | InputFailure;
