import { createHash } from 'node:crypto';

/** Words per shingle: five-word runs tell syndicated copy from independent reports of the same facts. */
const SHINGLE = 5;
/** Hash functions in a signature. */
export const MINHASH_SIZE = 128;
/** LSH bands (rows per band = MINHASH_SIZE / BANDS): pages with Jaccard ≥ 0.5 meet in a band with p ≈ 0.87, ≥ 0.6 with p ≈ 0.99. */
const BANDS = 32;

/** Lower-cased word 5-shingles of a text (the whole text as one shingle when shorter). */
export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  if (words.length < SHINGLE) {
    if (words.length > 0) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** 32-bit FNV-1a of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Fixed seeds (derived deterministically) so signatures stay comparable across runs and processes.
// Kept as two flat typed arrays: the signature loop runs 128 times per shingle, and reading tuples
// out of an array of arrays there cost more than the hashing itself.
const SEED_A = new Int32Array(MINHASH_SIZE);
const SEED_B = new Uint32Array(MINHASH_SIZE);
for (let i = 0; i < MINHASH_SIZE; i++) {
  const d = createHash('sha256').update(`sitrep-minhash-${i}`).digest();
  SEED_A[i] = d.readUInt32LE(0) | 1;
  SEED_B[i] = d.readUInt32LE(4);
}

/** MinHash signature of a text's shingles: for each seeded hash, the smallest value over the shingles. */
export function minhash(text: string): Uint32Array {
  return minhashOf(shingles(text));
}

/** MinHash signature of a shingle set. */
export function minhashOf(set: ReadonlySet<string>): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of set) {
    const h = fnv1a(shingle);
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = (Math.imul(h, SEED_A[i] as number) + (SEED_B[i] as number)) >>> 0;
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/**
 * Estimated share of the smaller text's shingles that the larger one holds, from the Jaccard
 * estimate and the two shingle counts (|A∩B| = J·(|A|+|B|)/(1+J)). An updated version that adds
 * paragraphs keeps containment near 1 while its Jaccard similarity falls.
 */
export function containment(jaccard: number, a: number, b: number): number {
  const small = Math.min(a, b);
  if (small === 0) return 0;
  return Math.min(1, (jaccard * (a + b)) / (1 + jaccard) / small);
}

/** LSH band keys: documents sharing any key are near-duplicate candidates. */
export function bandKeys(sig: Uint32Array): string[] {
  const rows = MINHASH_SIZE / BANDS;
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const part = Array.from(sig.subarray(b * rows, (b + 1) * rows), (v) => v.toString(36)).join('.');
    keys.push(`${b}:${part}`);
  }
  return keys;
}

/** Signature as bytes, for a BLOB column. */
export function signatureBytes(sig: Uint32Array): Uint8Array {
  return new Uint8Array(sig.buffer.slice(sig.byteOffset, sig.byteOffset + sig.byteLength));
}

/** Signature from a BLOB column's bytes. */
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, Math.floor(copy.byteLength / 4));
}
