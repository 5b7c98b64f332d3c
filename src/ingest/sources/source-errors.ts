import { InputError } from '../../core/index.js';
import type { InputFailure } from './types.js';

/**
 * Errors about containers of pages (folders, globs, feeds, sitemaps, WARCs). Like `inputErrors`,
 * each has a stable code and a message that says what is wrong and what to do.
 */
export const sourceErrors = {
  /** A glob that matched no file. */
  noMatch: (input: string) =>
    new InputError({ code: 'no-match', input, message: 'no file matches this pattern (and no file has this name); check the pattern and quote it so the shell does not expand it' }),

  /** A folder with no file of the extensions ingested. */
  emptyFolder: (input: string, extensions: readonly string[]) =>
    new InputError({
      code: 'empty-folder',
      input,
      message: `holds no file ending in ${extensions.map((e) => `.${e}`).join(', ')} (nor .gz of them); pass other extensions with --ext`,
    }),

  /** XML that is neither a feed nor a sitemap, where one was expected. */
  notAFeed: (input: string, root: string | undefined) =>
    new InputError({
      code: 'not-a-feed',
      input,
      message: `${root === undefined ? 'holds no XML element' : `is XML with the root element <${root}>`}, not an RSS 2.0, Atom or RDF feed nor a sitemap`,
    }),

  /** A feed or sitemap that ends early or has unclosed elements; the entries read before are kept. */
  badXml: (input: string, what: string, detail: string, kept: number) =>
    new InputError({
      code: what === 'sitemap' ? 'bad-sitemap' : 'bad-feed',
      input,
      message: `the ${what} is truncated or malformed (${detail}); the ${kept} complete entr${kept === 1 ? 'y' : 'ies'} before it ${kept === 1 ? 'was' : 'were'} kept; fetch or save the ${what} again`,
    }),

  /** A feed item or sitemap entry without a usable link. */
  badEntry: (input: string, reason: string) => new InputError({ code: 'bad-entry', input, message: `${reason}; there is no page to read for it` }),

  /** Sitemap indexes nested deeper than allowed (or in a loop). */
  sitemapDepth: (input: string, depth: number) =>
    new InputError({ code: 'sitemap-too-deep', input, message: `sitemap indexes nest more than ${depth} deep (or refer to each other in a loop); pass the inner sitemaps directly` }),

  /** A WARC that cannot be read further. */
  badWarc: (input: string, reason: string, kept: number) =>
    new InputError({
      code: 'bad-warc',
      input,
      message: `the WARC is truncated or malformed (${reason}); the ${kept} page${kept === 1 ? '' : 's'} before the damage ${kept === 1 ? 'was' : 'were'} kept; check the file (e.g. with warcio check) or download it again`,
    }),

  /** One WARC record that cannot be decoded. */
  badWarcRecord: (input: string, reason: string) =>
    new InputError({ code: 'bad-warc-record', input, message: `this WARC record cannot be decoded (${reason}); the other records are read` }),
} as const;

/** Turns any error into an {@link InputFailure}; an InputError keeps its code and loses its `input: ` prefix. */
export function toFailure(error: unknown, uri: string, from?: string): InputFailure {
  const base = { type: 'failure' as const, ...(from === undefined ? {} : { from }) };
  if (error instanceof InputError) {
    const prefix = `${error.input}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return { ...base, uri: error.input, code: error.code, message };
  }
  return { ...base, uri, code: 'unreadable', message: `cannot be read (${error instanceof Error ? error.message : String(error)})` };
}
