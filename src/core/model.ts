/**
 * The data model shared by every stage. Stages never import each other; whatever one stage
 * writes and another reads is typed here.
 *
 * Offsets: every span is half-open `{start, end}` over a string, counted in UTF-16 code units
 * (JavaScript string indices). Python tools such as spaCy count code points instead.
 *
 * @module
 */

/** A half-open character range `[start, end)` in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** How a source was obtained and decoded. `raw` is the decoded source text, never modified. */
export interface Source {
  /** Where the input came from: a path, `-` for stdin, a URL, or `jsonl:<file>#<id>`. */
  uri: string;
  /** Caller-supplied identifier (batch JSONL `id`), else derived from `uri`. */
  id: string;
  /** `text/html` or `text/plain`. */
  mediaType: 'text/html' | 'text/plain';
  /** The decoded source text. Every `sourceStart`/`sourceEnd` indexes into this string. */
  raw: string;
  /** The character encoding the bytes were decoded from (`utf-8`, `windows-1252`, …). */
  encoding: string;
  /** How the encoding was decided: `bom`, `header`, `meta`, `sniff`, `default` or `given`. */
  encodingSource: string;
  /** The final URL (after redirects) or the URL the caller gave with `--url`. */
  url?: string;
  /** A publication date the caller knows (`--date`), ISO 8601. */
  date?: string;
  /** When the bytes were read, ISO 8601. */
  fetchedAt: string;
  /** sha256 of the raw bytes, hex. */
  sha256: string;
}

/** The kinds of body block extraction keeps as structure. */
export type BlockKind = 'p' | 'h' | 'li' | 'blockquote' | 'pre';

/** One body block (paragraph, heading, list item…) as a span of `doc.text`. */
export interface Paragraph extends Span {
  kind: BlockKind;
  /** Heading level 1–6 for `h`; list depth for `li`. */
  level?: number;
}

/** A metadata value together with where it was found. */
export interface MetaField<T = string> {
  value: T;
  /** Which rule produced it, e.g. `json-ld`, `og:title`, `meta[name=author]`, `time`, `url`, `text`. */
  from: string;
  /** Where the value lies in `source.raw`, when it comes from one contiguous place. */
  source?: Span;
}

/** Article-level metadata. Absent fields are unknown, never guessed. */
export interface ArticleMeta {
  title?: MetaField;
  standfirst?: MetaField;
  byline?: MetaField;
  /** ISO 8601 date or date-time. */
  published?: MetaField;
  siteName?: MetaField;
  /** BCP 47 primary language tag, e.g. `en`. */
  lang?: MetaField;
  /** Canonical URL of the article. */
  url?: MetaField;
}

/**
 * The typed annotation layers of a Document. Each layer has one writer (a stage); later
 * issues add layers here.
 */
export interface LayerMap {
  paragraphs: Paragraph[];
}

/** Name of a Document layer, or one of the Document's own slots. */
export type LayerName = keyof LayerMap | 'source' | 'text' | 'meta';
