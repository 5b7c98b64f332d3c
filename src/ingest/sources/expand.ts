import { stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { inputErrors } from '../input-errors.js';
import type { ByteStream } from '../read-stream.js';
import { expandJsonl } from './jsonl.js';
import { expandUrl, expandXmlFile } from './lists.js';
import type { ListOptions } from './lists.js';
import { sourceErrors, toFailure } from './source-errors.js';
import type { SourceItem } from './types.js';
import { DEFAULT_EXTENSIONS, fileKind, isGlob, walkFolder } from './walk.js';
import { expandWarc } from './warc.js';

/** Options for {@link expandInputs}. */
export interface ExpandOptions extends ListOptions {
  /** Extensions a folder walk picks up, without the dot (default: pages, WARC, JSONL; see extensions.json). */
  extensions?: readonly string[];
  /** What `-` reads: batch JSONL (default `process.stdin`). */
  stdin?: ByteStream;
}

/**
 * Expands what the user named into the pages to analyse, lazily and in order: files (plain or
 * .gz), folders (recursively, by extension), glob patterns, http(s) URLs (a feed or sitemap
 * lists its pages; anything else is a page), local feeds and sitemaps (.xml, .rss, .atom),
 * WARC/WARC.gz archives, batch JSONL files and `-` (batch JSONL on stdin). Whatever cannot be
 * read becomes an {@link InputFailure} and the expansion goes on. Nothing is read ahead: the
 * consumer's pace bounds memory, however large the folders, archives or feeds.
 */
export async function* expandInputs(specs: readonly string[], options: ExpandOptions = {}): AsyncGenerator<SourceItem> {
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  for (const spec of specs) {
    if (spec === '-') {
      yield* expandJsonl('-', options.stdin ?? process.stdin);
      continue;
    }
    if (/^https?:\/\//i.test(spec)) {
      yield* expandUrl(spec, options);
      continue;
    }
    let path = spec;
    if (/^file:/i.test(spec)) {
      try {
        path = fileURLToPath(spec);
      } catch (error) {
        yield toFailure(inputErrors.badUrl(spec, `not a usable file: URL (${error instanceof Error ? error.message : String(error)})`), spec);
        continue;
      }
    } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
      yield toFailure(inputErrors.badUrl(spec, `the scheme ${spec.split(':')[0] ?? ''}: is not supported`), spec);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if ((code === 'ENOENT' || code === 'ENOTDIR') && isGlob(spec)) yield* expandGlob(spec, options);
      else if (code === 'ENOENT' || code === 'ENOTDIR') yield toFailure(inputErrors.notFound(spec), spec);
      else yield toFailure(inputErrors.unreadable(spec, code ?? String(error), error), spec);
      continue;
    }
    if (info.isDirectory()) {
      let any = false;
      try {
        for await (const file of walkFolder(path, extensions)) {
          any = true;
          yield* expandFile(file, options, spec);
        }
      } catch (error) {
        const code = (error as { code?: string }).code;
        yield toFailure(inputErrors.unreadable(spec, code ?? String(error), error), spec);
        continue;
      }
      if (!any) yield toFailure(sourceErrors.emptyFolder(spec, extensions), spec);
    } else {
      yield* expandFile(path, options);
    }
  }
}

/** A glob's files, sorted; a pattern that matches nothing is a failure, not silence. */
async function* expandGlob(pattern: string, options: ExpandOptions): AsyncGenerator<SourceItem> {
  const files = (await glob(pattern, globOptions(pattern))).sort();
  if (files.length === 0) {
    yield toFailure(sourceErrors.noMatch(pattern), pattern);
    return;
  }
  for (const file of files) yield* expandFile(file, options, pattern);
}

/** One file, by its kind: a page is handed on by path (the worker reads it); containers are opened here. */
async function* expandFile(path: string, options: ExpandOptions, from?: string): AsyncGenerator<SourceItem> {
  switch (fileKind(path)) {
    case 'warc':
      yield* expandWarc(path, options);
      return;
    case 'jsonl':
      yield* expandJsonl(path);
      return;
    case 'xml':
      yield* expandXmlFile(path, options);
      return;
    default:
      yield { type: 'page', uri: path, content: { kind: 'spec', spec: path }, ...(from === undefined ? {} : { from }) };
  }
}

/**
 * How many pages the inputs hold, when that is cheap to know: only plain files, folders and
 * globs of page files count; a URL, feed, sitemap, WARC or batch file makes it `undefined`
 * (its count is known only once read). Used for the progress bar's ETA.
 */
export async function countPages(specs: readonly string[], options: Pick<ExpandOptions, 'extensions'> = {}): Promise<number | undefined> {
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  let total = 0;
  const count = (file: string): boolean => {
    if (fileKind(file) !== 'page') return false;
    total += 1;
    return true;
  };
  for (const spec of specs) {
    if (spec === '-' || /^[a-z][a-z0-9+.-]*:/i.test(spec)) return undefined;
    try {
      const info = await stat(spec);
      if (info.isDirectory()) {
        for await (const file of walkFolder(spec, extensions)) if (!count(file)) return undefined;
      } else if (!count(spec)) return undefined;
    } catch {
      if (!isGlob(spec)) {
        total += 1; // a missing file still counts: it ends as one recorded failure.
        continue;
      }
      for (const file of await glob(spec, globOptions(spec))) if (!count(file)) return undefined;
    }
  }
  return total;
}

/** Files only, no hidden ones; paths come back as the pattern was written (absolute for an absolute pattern). */
function globOptions(pattern: string): { onlyFiles: true; dot: false; expandDirectories: false; absolute: boolean } {
  return { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(pattern) };
}
