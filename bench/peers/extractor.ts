/**
 * The shape every benchmarked extractor is adapted to: HTML string and page URL in, the
 * article's plain text out. Adapters do all the work a caller needs to get text (DOM parsing,
 * extraction, HTML → text), so the timing covers the same job for each.
 */

/** Extracts the article text of one page. An empty string means "found no article". */
export type ExtractText = (html: string, url: string) => Promise<string>;
