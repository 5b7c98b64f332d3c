import { gunzipSync } from 'node:zlib';
import { inputErrors } from './input-errors.js';

/**
 * Decompresses gzip bytes (several concatenated members too, as `gzip -c a b` writes them).
 * The output is capped at `maxBytes` while inflating, so a small "zip bomb" cannot exhaust
 * memory.
 *
 * @throws InputError `too-large` when the content exceeds the cap, `truncated-gzip` when the
 *   data ends early or is corrupt.
 */
export function gunzip(bytes: Uint8Array, input: string, maxBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw inputErrors.tooLarge(input, maxBytes);
    const reason = code === 'Z_BUF_ERROR' ? 'it ends early' : error instanceof Error ? error.message : String(error);
    throw inputErrors.badGzip(input, reason, error);
  }
}
