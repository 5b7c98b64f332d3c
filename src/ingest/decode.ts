import { Sniffer } from 'encoding-sniffer/sniffer';
import iconv from 'iconv-lite';
import { decodeWindows1252 } from './cp1252.js';
import { inputErrors } from './input-errors.js';
import type { IngestNote } from './notes.js';
import { utf8Fit } from './utf8.js';

/** How the encoding of a Source was decided. */
export type EncodingSource = 'bom' | 'header' | 'meta' | 'sniff' | 'default' | 'given';

/** Options for {@link decodeBytes}. */
export interface DecodeOptions {
  /** The input's name, for messages. */
  input: string;
  /** An encoding the caller insists on (`--encoding`); only a BOM overrides it. */
  encoding?: string;
  /** The HTTP `Content-Type` header, whose `charset` parameter is used when present. */
  contentType?: string;
  /** Look for `<meta charset>` / `http-equiv` / `<?xml encoding?>` (default true). */
  html?: boolean;
}

/** Decoded text and how its encoding was found. */
export interface Decoded {
  text: string;
  /** Canonical encoding name, lower case (`utf-8`, `windows-1252`, `shift_jis`…). */
  encoding: string;
  encodingSource: EncodingSource;
  notes: IngestNote[];
}

/**
 * How far `<meta charset>` is looked for. The HTML standard says 1024 bytes; real pages often
 * put the tag after long inline scripts, and a late declaration is better than a guess.
 */
const META_SCAN_BYTES = 8192;

/** How many leading bytes decide whether BOM-less bytes are UTF-16. */
const UTF16_SCAN_BYTES = 1024;

/**
 * Decodes bytes the way a careful browser would: byte order mark, then the caller's encoding,
 * then the HTTP charset, then `<meta>`, then sniffing (UTF-16 without BOM, UTF-8 validity), then
 * the default. Declarations that the bytes contradict are corrected with a note: a page labelled
 * Latin-1 whose bytes are well-formed UTF-8 is read as UTF-8, and a page labelled UTF-8 with no
 * UTF-8 sequence but stray high bytes is read as Windows-1252.
 *
 * @throws InputError `unknown-encoding` when the caller's own `encoding` is unknown.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions): Decoded {
  const notes: IngestNote[] = [];
  const bom = detectBom(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, encodingSource: 'bom', notes };

  let declared: { encoding: string; source: EncodingSource } | undefined;
  if (options.encoding !== undefined) {
    const encoding = canonicalEncoding(options.encoding);
    if (encoding === undefined) throw inputErrors.unknownEncoding(options.input, options.encoding);
    // The caller knows best: no second-guessing.
    return { text: decodeAs(bytes, encoding), encoding, encodingSource: 'given', notes };
  }
  const headerLabel = options.contentType === undefined ? undefined : charsetParameter(options.contentType);
  if (headerLabel !== undefined) {
    const encoding = canonicalEncoding(headerLabel);
    if (encoding === undefined) notes.push(unknownLabelNote(headerLabel, 'the HTTP Content-Type header'));
    else declared = { encoding, source: 'header' };
  }
  if (declared === undefined && options.html !== false) {
    const sniffer = new Sniffer({ maxBytes: META_SCAN_BYTES, defaultEncoding: '' });
    sniffer.write(bytes.subarray(0, META_SCAN_BYTES));
    // ResultType 3 = META_TAG, 4 = XML_ENCODING (the enum is not exported as a value).
    if ((sniffer.resultType === 3 || sniffer.resultType === 4) && sniffer.encoding) {
      const encoding = canonicalEncoding(sniffer.encoding);
      if (encoding !== undefined) declared = { encoding, source: 'meta' };
    }
  }

  const utf16 = sniffUtf16(bytes);
  if (utf16 !== undefined) return { text: decodeAs(bytes, utf16), encoding: utf16, encodingSource: 'sniff', notes };

  const fit = utf8Fit(bytes);
  if (declared !== undefined) {
    if (declared.encoding !== 'utf-8' && fit.multibyte > 0 && fit.invalid === 0) {
      notes.push({
        code: 'encoding-corrected',
        message: `${options.input}: declared ${declared.encoding} (${declared.source}) but the bytes are well-formed UTF-8; decoded as UTF-8`,
      });
      return { text: decodeAs(bytes, 'utf-8'), encoding: 'utf-8', encodingSource: 'sniff', notes };
    }
    if (declared.encoding === 'utf-8' && fit.invalid > 0) {
      if (fit.multibyte === 0) {
        notes.push({
          code: 'encoding-corrected',
          message: `${options.input}: declared UTF-8 (${declared.source}) but no byte sequence is UTF-8; decoded as windows-1252`,
        });
        return { text: decodeWindows1252(bytes), encoding: 'windows-1252', encodingSource: 'sniff', notes };
      }
      notes.push(replacedNote(options.input, fit.invalid));
    }
    return { text: decodeAs(bytes, declared.encoding), encoding: declared.encoding, encodingSource: declared.source, notes };
  }
  if (fit.multibyte === 0 && fit.invalid === 0) return { text: decodeAs(bytes, 'utf-8'), encoding: 'utf-8', encodingSource: 'default', notes };
  if (fit.invalid === 0) return { text: decodeAs(bytes, 'utf-8'), encoding: 'utf-8', encodingSource: 'sniff', notes };
  if (fit.multibyte > fit.invalid) {
    // Mostly UTF-8 with a few broken bytes (a truncated download, a bad paste): keep UTF-8.
    notes.push(replacedNote(options.input, fit.invalid));
    return { text: decodeAs(bytes, 'utf-8'), encoding: 'utf-8', encodingSource: 'sniff', notes };
  }
  notes.push({
    code: 'encoding-guessed',
    message: `${options.input}: no encoding declared and the bytes are not UTF-8; guessed windows-1252 (pass --encoding if that is wrong)`,
  });
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', encodingSource: 'sniff', notes };
}

/** The canonical name of an encoding label, or `undefined` when neither decoder knows it. */
export function canonicalEncoding(label: string): string | undefined {
  const trimmed = label.trim().replace(/^["']|["']$/g, '');
  if (!trimmed) return undefined;
  try {
    // WHATWG label resolution: latin1, iso-8859-1, ascii → windows-1252; utf8 → utf-8; etc.
    return new TextDecoder(trimmed).encoding;
  } catch {
    return iconv.encodingExists(trimmed) ? trimmed.toLowerCase() : undefined;
  }
}

/** The `charset` parameter of a Content-Type value. */
export function charsetParameter(contentType: string): string | undefined {
  const match = /;\s*charset\s*=\s*("([^"]*)"|[^;\s]+)/i.exec(contentType);
  if (!match) return undefined;
  return match[2] ?? match[1];
}

function detectBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without a byte order mark: ASCII-heavy UTF-16 has a NUL in every other byte. Returns
 * the variant when the pattern is clear, so such files are read instead of rejected as binary.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, UTF16_SCAN_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul += 1;
    if (bytes[i + 1] === 0) oddNul += 1;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.02) return 'utf-16le';
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** Decodes with a canonical encoding name (see {@link canonicalEncoding}). */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    // ignoreBOM: a BOM was already handled; a later U+FEFF is content.
    return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
  }
}

function unknownLabelNote(label: string, where: string): IngestNote {
  return { code: 'encoding-unknown-label', message: `unknown character encoding "${label}" in ${where} was ignored` };
}

function replacedNote(input: string, count: number): IngestNote {
  return {
    code: 'encoding-replaced',
    message: `${input}: ${count} byte${count === 1 ? ' is' : 's are'} not valid UTF-8 and became U+FFFD (�); the file may be damaged or mix encodings`,
  };
}
