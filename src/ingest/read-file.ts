import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { inputErrors } from './input-errors.js';
import { readStream } from './read-stream.js';

/**
 * Reads a file's bytes, refusing directories and files over `maxBytes` before reading them.
 * Special files (FIFOs, `/dev/stdin`) are streamed with the same cap.
 *
 * @throws InputError `not-found`, `is-directory`, `unreadable`, `too-large`.
 */
export async function readFileBytes(path: string, input: string, maxBytes: number): Promise<Uint8Array> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw fileError(error, input);
  }
  if (info.isDirectory()) throw inputErrors.isDirectory(input);
  // The cap holds for the bytes as stored as well as after gunzip (see ingestBytes).
  if (info.isFile() && info.size > maxBytes) throw inputErrors.tooLarge(input, maxBytes, info.size);
  try {
    const handle = await open(path, 'r');
    try {
      if (!info.isFile()) return await readStream(handle.createReadStream({ autoClose: false }), input, maxBytes);
      // A regular file of known size is read in one call: a stream's 64 KiB chunks cost a
      // thread-pool round trip each and a final concat. A file that grew past the cap since
      // the stat is still refused.
      const bytes = await handle.readFile();
      if (bytes.length > maxBytes) throw inputErrors.tooLarge(input, maxBytes, bytes.length);
      return bytes;
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'InputError') throw error;
    throw fileError(error, input);
  }
}

function fileError(error: unknown, input: string): Error {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return inputErrors.notFound(input);
  if (code === 'EISDIR') return inputErrors.isDirectory(input);
  if (code === 'EACCES' || code === 'EPERM') return inputErrors.unreadable(input, 'permission denied', error);
  return inputErrors.unreadable(input, code ?? (error instanceof Error ? error.message : String(error)), error);
}
