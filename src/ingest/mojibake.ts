import { windows1252Byte } from './cp1252.js';
import rangeData from './mojibake-ranges.json' with { type: 'json' };

/** Result of {@link repairMojibake}. */
export interface MojibakeRepair {
  text: string;
  /** How many sequences were replaced (0 when the text was left as is). */
  repaired: number;
  /** Up to three `before → after` examples, for the warning. */
  examples: string[];
}

/** Characters that Windows-1252 (or Latin-1) produces for the UTF-8 continuation bytes 0x80–0xBF. */
const CONTINUATION =
  '[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D' +
  '\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]';

/** A UTF-8 lead byte shown as Windows-1252, followed by the right number of continuation bytes. */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}|[\\u00F0-\\u00F4]${CONTINUATION}{3}`, 'g');

/** Leads that almost never start a real two-character sequence in text: Â, Ã, and â€. */
const TELLTALE = /^(?:[\u00C2\u00C3]|\u00E2\u20AC)/;

const PLAUSIBLE: readonly (readonly [number, number])[] = rangeData.plausible.map(([lo, hi]) => [parseInt(lo ?? '0', 16), parseInt(hi ?? '0', 16)] as const);

/** Mojibake repeated this many times (double-encoded text) is still repaired. */
const MAX_PASSES = 3;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 (`â€™` → `’`, `Ã©` → `é`), like ftfy but
 * only where it is unambiguous: each sequence must re-encode to well-formed UTF-8 for one
 * character in a common script or punctuation block, and the text must hold at least two such
 * sequences or one telltale one (starting with Â, Ã or â€). Real Windows-1252 text such as
 * "café’s" is left alone because it never forms a well-formed sequence.
 */
export function repairMojibake(text: string): MojibakeRepair {
  let current = text;
  let repaired = 0;
  const examples: string[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const candidates = [...current.matchAll(SEQUENCE)].filter((m) => decodeSequence(m[0]) !== undefined);
    const convincing = candidates.length >= 2 || (candidates.length === 1 && TELLTALE.test(candidates[0]?.[0] ?? ''));
    if (!convincing) break;
    current = current.replace(SEQUENCE, (seq) => {
      const fixed = decodeSequence(seq);
      if (fixed === undefined) return seq;
      repaired += 1;
      if (examples.length < 3 && !examples.includes(`${seq} → ${fixed}`)) examples.push(`${seq} → ${fixed}`);
      return fixed;
    });
  }
  return { text: current, repaired, examples };
}

/** The character a mojibake sequence stands for, or `undefined` when it is not one. */
function decodeSequence(seq: string): string | undefined {
  const bytes: number[] = [];
  for (const char of seq) {
    const cp = char.codePointAt(0) ?? 0;
    // C1 controls come from strict Latin-1 decoders; Windows-1252 maps those bytes elsewhere.
    const byte = cp >= 0x80 && cp <= 0x9f ? cp : windows1252Byte(char);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  let decoded: string;
  try {
    decoded = strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
  const cp = decoded.codePointAt(0) ?? 0;
  return PLAUSIBLE.some(([lo, hi]) => cp >= lo && cp <= hi) ? decoded : undefined;
}
