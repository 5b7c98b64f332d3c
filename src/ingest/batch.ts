import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';
import type { InputError } from '../core/index.js';
import { isIsoDate } from './dates.js';
import { isGzip } from './binary.js';
import { inputErrors } from './input-errors.js';
import type { ByteStream } from './read-stream.js';

/** The fields a batch line may have. */
export const BATCH_FIELDS = ['id', 'html', 'text', 'url', 'date'] as const;

/**
 * One batch JSONL line: an `id`, the page as exactly one of `html`, `text` or `url`, and an
 * optional known publication `date`. `url` next to `html`/`text` is the page's address (nothing
 * is fetched); `url` alone is fetched.
 */
export const batchLineSchema = z
  .object({
    id: z.union([z.string().trim().min(1, 'must not be empty'), z.number().transform(String)], {
      error: (issue) => (issue.input === undefined ? 'is missing; every line needs an "id"' : 'must be a string or a number'),
    }),
    html: z.string({ error: 'must be a string' }).optional(),
    text: z.string({ error: 'must be a string' }).optional(),
    url: z
      .string({ error: 'must be a string' })
      .refine((u) => /^https?:\/\/\S+$/i.test(u) && URL.canParse(u), 'must be an http(s) URL')
      .optional(),
    date: z.string({ error: 'must be a string' }).refine(isIsoDate, 'must be an ISO date such as 2014-01-13').optional(),
  })
  .refine((line) => !(line.html !== undefined && line.text !== undefined), { message: 'has both "html" and "text"; give one of them' })
  .refine((line) => line.html !== undefined || line.text !== undefined || line.url !== undefined, {
    message: 'has none of "html", "text" or "url"; give the page as one of them',
  });

/** A valid batch line. */
export interface BatchItem {
  /** 1-based line number in its file. */
  line: number;
  id: string;
  html?: string;
  text?: string;
  url?: string;
  date?: string;
  /** Fields the schema does not know; they are ignored with a warning, never silently. */
  unknownFields: string[];
}

/** The outcome of parsing one line: an item, or an error that still carries the id if it had one. */
export type BatchLineResult = { ok: true; line: number; item: BatchItem } | { ok: false; line: number; id?: string; error: InputError };

/**
 * Parses and validates one JSONL line.
 *
 * @param input The batch file's name (`-` for stdin), for messages.
 */
export function parseBatchLine(text: string, line: number, input: string): BatchLineResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const id = salvageId(text);
    return { ok: false, line, ...(id === undefined ? {} : { id }), error: inputErrors.badBatchLine(input, line, `not valid JSON (${reason})`) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, line, error: inputErrors.badBatchLine(input, line, `a JSON ${Array.isArray(value) ? 'array' : typeof value}, not an object`) };
  }
  const rawId = (value as { id?: unknown }).id;
  const id = typeof rawId === 'string' && rawId.trim() ? rawId : typeof rawId === 'number' ? String(rawId) : undefined;
  const parsed = batchLineSchema.safeParse(value);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((issue) => (issue.path.length > 0 ? `"${issue.path.join('.')}" ${issue.message}` : `the line ${issue.message}`))
      .join('; ');
    return { ok: false, line, ...(id === undefined ? {} : { id }), error: inputErrors.badBatchLine(input, line, reason) };
  }
  const known = new Set<string>(BATCH_FIELDS);
  const item: BatchItem = {
    line,
    id: parsed.data.id,
    unknownFields: Object.keys(value).filter((k) => !known.has(k)),
  };
  for (const key of ['html', 'text', 'url', 'date'] as const) {
    const field = parsed.data[key];
    if (field !== undefined) item[key] = field;
  }
  return { ok: true, line, item };
}

/**
 * The id of a line that is not valid JSON, when it plainly starts with one (a line cut short
 * usually keeps its leading `"id"`), so its error result can still carry the caller's id.
 */
function salvageId(text: string): string | undefined {
  const match = /^\s*\{\s*"id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?))\s*[,}]/.exec(text);
  if (!match) return undefined;
  if (match[2] !== undefined) return match[2];
  try {
    const id = JSON.parse(`"${match[1] ?? ''}"`) as string;
    return id.trim() ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads batch JSONL from a stream (gzip-compressed too, detected by its magic bytes), yielding
 * one result per non-blank line in order. A bad line yields an error result; reading goes on.
 *
 * @throws InputError `truncated-gzip` when compressed input is damaged (lines before the damage
 *   have been yielded by then).
 */
export async function* readBatch(stream: ByteStream, input: string): AsyncGenerator<BatchLineResult> {
  const lines = createInterface({ input: await maybeGunzip(stream), crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const rawLine of lines) {
      number += 1;
      const text = number === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
      if (!text.trim()) continue;
      yield parseBatchLine(text, number, input);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code?.startsWith('Z_')) throw inputErrors.badGzip(input, code === 'Z_BUF_ERROR' ? 'it ends early' : (error as Error).message, error);
    throw error;
  }
}

/** The stream itself, or its gunzipped content when its first bytes are the gzip magic number. */
async function maybeGunzip(stream: ByteStream): Promise<Readable> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done === true) return Readable.from([]);
  const head = typeof first.value === 'string' ? Buffer.from(first.value) : Buffer.from(first.value);
  async function* all(): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value);
    }
  }
  const readable = Readable.from(all());
  if (!isGzip(head)) return readable;
  const gunzip = createGunzip();
  // pipe() does not forward errors; a failing source must fail the gunzip stream too.
  readable.on('error', (error) => gunzip.destroy(error));
  return readable.pipe(gunzip);
}

/** The warning for a line's unknown fields, or `undefined` when it has none. */
export function unknownFieldsNote(item: BatchItem, input: string): { code: string; message: string } | undefined {
  if (item.unknownFields.length === 0) return undefined;
  const names = item.unknownFields.map((f) => `"${f}"`).join(', ');
  return {
    code: 'unknown-field',
    message: `${input}:${item.line}: ignored unknown field${item.unknownFields.length === 1 ? '' : 's'} ${names}; known fields are ${BATCH_FIELDS.join(', ')}`,
  };
}
