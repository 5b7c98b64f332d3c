/**
 * Sparse hashed features of a sentence for the PLOVER type classifier: stems of its content
 * words, verb stems, and bigrams of neighbouring words (proper nouns and numbers folded to one
 * placeholder each, so that "Haiti" and "Benin" are the same feature). Hashing keeps the model a
 * fixed-size weight table with no vocabulary to ship.
 *
 * @module
 */

/** The word view the features need (`coder/words.ts` `Word` fits). */
export interface FeatureWord {
  lower: string;
  pos: string;
}

/** Parts of speech that carry no event meaning on their own (they still join bigrams as a gap). */
const SKIP = new Set(['PUNCT', 'DET', 'CCONJ', 'SYM', 'X', 'SPACE']);

/**
 * A crude stem (suffix stripping), identical at training and coding time: "killed", "kills",
 * "killing" → "kill"; "demonstrations" → "demonstration". Good enough for a bag of words.
 */
export function stem(word: string): string {
  const w = word.replace(/[\u2019]/g, "'");
  if (w.length <= 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  for (const suf of ['ing', 'ed', 'es', 's']) {
    if (w.endsWith(suf) && w.length - suf.length >= 3 && !w.endsWith('ss')) {
      const s = w.slice(0, -suf.length);
      // "stopped" → "stop", "planning" → "plan".
      return /([b-df-hj-np-tv-z])\1$/.test(s) && !/(ll|ss)$/.test(s) ? s.slice(0, -1) : s;
    }
  }
  return w;
}

/** The token a word contributes: a placeholder for names and numbers, else its stem. */
function token(w: FeatureWord): string {
  if (w.pos === 'PROPN') return '<name>';
  if (w.pos === 'NUM' || /^\d/.test(w.lower)) return '<num>';
  return stem(w.lower);
}

/** FNV-1a over the UTF-16 code units, masked to `bits` bits. */
export function hashFeature(s: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & ((1 << bits) - 1);
}

/**
 * Feature strings of a sentence (exported for the training script's inspection): `w:` content
 * stems, `v:` verb stems, `b:` bigrams of consecutive non-skipped tokens. Repeats are kept once.
 */
export function featureStrings(ws: readonly FeatureWord[]): string[] {
  const out = new Set<string>(['bias']);
  let prev: string | undefined;
  for (const w of ws) {
    if (SKIP.has(w.pos)) {
      if (w.pos === 'PUNCT') prev = undefined;
      continue;
    }
    const t = token(w);
    if (w.pos !== 'ADP' && w.pos !== 'PART' && w.pos !== 'AUX' && w.pos !== 'PRON') out.add(`w:${t}`);
    if (w.pos === 'VERB') out.add(`v:${t}`);
    if (prev !== undefined) out.add(`b:${prev}_${t}`);
    prev = t;
  }
  return [...out];
}

/** Hashed feature ids of a sentence (sorted, unique), with any `extra` feature strings (the lexicon's readings). */
export function sentenceFeatures(ws: readonly FeatureWord[], bits: number, extra: readonly string[] = []): number[] {
  return [...new Set([...featureStrings(ws), ...extra].map((f) => hashFeature(f, bits)))].sort((a, b) => a - b);
}
