import { opendir } from 'node:fs/promises';
import { join } from 'node:path';
import extensions from './extensions.json' with { type: 'json' };

/** What a file is, by its name: a page, a WARC archive, batch JSONL, or XML (a feed or sitemap, or a page). */
export type FileKind = 'page' | 'warc' | 'jsonl' | 'xml';

/** The extensions a folder walk picks up by default (without the dot). */
export const DEFAULT_EXTENSIONS: readonly string[] = extensions.default;

/** The name's extensions, lower-case, with a trailing `.gz` removed (`a.warc.gz` → `warc`). */
function extensionOf(name: string): string {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1);
}

/** The kind of a file, by its name. */
export function fileKind(name: string): FileKind {
  const ext = extensionOf(name);
  if (extensions.warc.includes(ext)) return 'warc';
  if (extensions.jsonl.includes(ext)) return 'jsonl';
  if (extensions.xml.includes(ext)) return 'xml';
  return 'page';
}

/** Whether a file name ends in one of the extensions (or one of them plus `.gz`). */
export function hasExtension(name: string, wanted: readonly string[]): boolean {
  return wanted.includes(extensionOf(name));
}

/**
 * Walks a folder recursively and yields the files whose extension is wanted, in a stable order
 * (names sorted within each folder). Hidden files and folders (`.git`, `.DS_Store`) are skipped;
 * symbolic links to folders are not followed, so a link loop cannot trap the walk. Only one
 * folder's names are held at a time, so memory stays flat however large the tree.
 */
export async function* walkFolder(root: string, wanted: readonly string[]): AsyncGenerator<string> {
  const names: { name: string; dir: boolean }[] = [];
  for await (const entry of await opendir(root)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) names.push({ name: entry.name, dir: true });
    else if ((entry.isFile() || entry.isSymbolicLink()) && hasExtension(entry.name, wanted)) names.push({ name: entry.name, dir: false });
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, dir } of names) {
    const path = join(root, name);
    if (dir) yield* walkFolder(path, wanted);
    else yield path;
  }
}

/** Whether a spec looks like a glob pattern rather than a plain path. */
export function isGlob(spec: string): boolean {
  return /[*?[\]{}]/.test(spec);
}
