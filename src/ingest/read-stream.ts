import { inputErrors } from './input-errors.js';

/** A readable source of bytes: a Node stream, a web stream's async iterator, or any iterable of chunks. */
export type ByteStream = AsyncIterable<Uint8Array | string>;

/**
 * Reads a stream to the end, stopping as soon as more than `maxBytes` arrived (the stream is
 * destroyed when it can be, so a producer piping gigabytes does not keep running).
 *
 * @throws InputError `too-large` over the cap; `stdin-tty` when `input` is `-` and the stream is
 *   an interactive terminal (reading it would wait for typing that never comes).
 */
export async function readStream(stream: ByteStream, input: string, maxBytes: number): Promise<Uint8Array> {
  if (input === '-' && (stream as { isTTY?: boolean }).isTTY === true) throw inputErrors.stdinIsTerminal();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buffer.length;
    if (total > maxBytes) {
      (stream as { destroy?: () => void }).destroy?.();
      throw inputErrors.tooLarge(input, maxBytes);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}
