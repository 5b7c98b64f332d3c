import { isAscii, isUtf8 } from 'node:buffer';

/** How well a byte sequence fits UTF-8. */
export interface Utf8Fit {
  /** Well-formed multi-byte sequences (non-ASCII characters). */
  multibyte: number;
  /** Bytes that belong to no well-formed sequence. */
  invalid: number;
}

/**
 * Counts well-formed multi-byte sequences and stray bytes (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF). Pure ASCII gives `{multibyte: 0, invalid: 0}`.
 */
export function utf8Fit(bytes: Uint8Array): Utf8Fit {
  // Nearly every page is well-formed UTF-8: Node's native validator (same RFC 3629 rules) says so
  // in a fraction of the scan below, and then every byte from 0xC2 up starts one sequence.
  if (isUtf8(bytes)) {
    if (isAscii(bytes)) return { multibyte: 0, invalid: 0 };
    let leads = 0;
    for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0xc0) leads += 1;
    return { multibyte: leads, invalid: 0 };
  }
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      multibyte += 1;
      i += length;
    } else {
      invalid += 1;
      i += 1;
    }
  }
  return { multibyte, invalid };
}

/** Length of the well-formed multi-byte sequence starting at `i`, or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
