import signatureData from './binary-signatures.json' with { type: 'json' };

/** A file format recognised by its magic number. */
export interface BinaryKind {
  /** Completes "this is …", e.g. `a PDF document`. */
  what: string;
  /** What the user should do instead. */
  advice: string;
}

interface Signature extends BinaryKind {
  magic: Uint8Array;
  offset: number;
  also?: Uint8Array;
  alsoOffset: number;
}

const SIGNATURES: readonly Signature[] = signatureData.signatures.map((s) => ({
  what: s.what,
  advice: s.advice,
  magic: Buffer.from(s.magic, 'hex'),
  offset: s.offset,
  ...('also' in s && typeof s.also === 'string' && s.also ? { also: Buffer.from(s.also, 'hex') } : {}),
  alsoOffset: 'alsoOffset' in s && typeof s.alsoOffset === 'number' ? s.alsoOffset : 0,
}));

/**
 * How many leading bytes are searched for NUL. Git uses the same rule (a NUL in the first
 * 8000 bytes means binary); real HTML and text have none, UTF-16 is recognised before this.
 */
export const NUL_SCAN_BYTES = 8000;

/** The gzip magic number (RFC 1952): ID1 ID2 and CM=8 (deflate). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

function matchesAt(bytes: Uint8Array, pattern: Uint8Array, offset: number): boolean {
  if (bytes.length < offset + pattern.length) return false;
  for (let i = 0; i < pattern.length; i++) if (bytes[offset + i] !== pattern[i]) return false;
  return true;
}

/** The binary format the bytes start with, if it is a known one. */
export function detectBinaryFormat(bytes: Uint8Array): BinaryKind | undefined {
  for (const sig of SIGNATURES) {
    if (matchesAt(bytes, sig.magic, sig.offset) && (sig.also === undefined || matchesAt(bytes, sig.also, sig.alsoOffset))) {
      return { what: sig.what, advice: sig.advice };
    }
  }
  return undefined;
}

/** Whether a NUL byte occurs among the first {@link NUL_SCAN_BYTES} bytes. */
export function hasEarlyNul(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, NUL_SCAN_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
