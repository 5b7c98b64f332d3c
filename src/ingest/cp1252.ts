/**
 * Windows-1252 as the WHATWG Encoding Standard defines it (the encoding browsers use for
 * `iso-8859-1`, `latin1`, `us-ascii` and `windows-1252` labels). Implemented here because
 * Node 20's `TextDecoder('windows-1252')` decodes 0x80–0x9F as C1 controls (Latin-1), which
 * turns curly quotes and € into invisible characters, and iconv-lite maps the five undefined
 * bytes to U+FFFD where browsers keep them.
 *
 * @module
 */

/** Code points of bytes 0x80–0x9F; the rest of the byte range maps to itself. */
const HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const ENCODE = new Map<number, number>();
for (let b = 0; b < 256; b++) ENCODE.set(b >= 0x80 && b < 0xa0 ? (HIGH[b - 0x80] ?? b) : b, b);

/** Decodes Windows-1252 bytes exactly as a browser does. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    chunk.push(b >= 0x80 && b < 0xa0 ? (HIGH[b - 0x80] ?? b) : b);
    // Flush in slices: String.fromCharCode with a huge argument list overflows the stack.
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/** The Windows-1252 byte for a character, or `undefined` when it has none. */
export function windows1252Byte(char: string): number | undefined {
  const cp = char.codePointAt(0);
  return cp === undefined ? undefined : ENCODE.get(cp);
}
