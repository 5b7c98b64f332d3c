import { readFile } from 'node:fs/promises';
import type { Source } from '../core/index.js';
import { sourceFromBytes } from './source.js';

/** Options shared by every input kind. */
export interface ReadOptions {
  url?: string;
  date?: string;
}

/**
 * Reads one input: a file path, `-` for stdin, or an http(s) URL.
 * PLACEHOLDER: files only; the ingest work adds stdin, URLs, gzip and checks.
 */
export async function readInput(spec: string, options: ReadOptions = {}): Promise<Source> {
  const bytes = await readFile(spec);
  return sourceFromBytes(bytes, { uri: spec, ...options });
}
