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
  return cachedStem(w.lower);
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a state `h` carried on over the UTF-16 code units of `s` (so a feature can be hashed in parts). */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** FNV-1a over the UTF-16 code units, masked to `bits` bits. */
export function hashFeature(s: string, bits: number): number {
  return (fnv(FNV_OFFSET, s) >>> 0) & ((1 << bits) - 1);
}

/** Hash states after each feature prefix: `hashFeature('w:' + t)` is `fnv(W_STATE, t)`, masked. */
const W_STATE = fnv(FNV_OFFSET, 'w:');
const V_STATE = fnv(FNV_OFFSET, 'v:');
const B_STATE = fnv(FNV_OFFSET, 'b:');
const BIAS_STATE = fnv(FNV_OFFSET, 'bias');

/** Stems by word (the classifier sees the same words sentence after sentence); emptied when full. */
const STEMS = new Map<string, string>();
const STEM_LIMIT = 50_000;

function cachedStem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    s = stem(word);
    if (STEMS.size >= STEM_LIMIT) STEMS.clear();
    STEMS.set(word, s);
  }
  return s;
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

/**
 * Appends to `out` the hashed ids of `featureStrings(ws)` (repeats possible; the caller keeps each
 * once), hashed in parts without building the feature strings: the classifier runs on most
 * sentences, and the strings were most of its cost.
 */
export function pushFeatureIds(ws: readonly FeatureWord[], bits: number, out: number[]): void {
  const mask = (1 << bits) - 1;
  out.push((BIAS_STATE >>> 0) & mask);
  let prev: string | undefined;
  for (const w of ws) {
    if (SKIP.has(w.pos)) {
      if (w.pos === 'PUNCT') prev = undefined;
      continue;
    }
    const t = token(w);
    if (w.pos !== 'ADP' && w.pos !== 'PART' && w.pos !== 'AUX' && w.pos !== 'PRON') out.push((fnv(W_STATE, t) >>> 0) & mask);
    if (w.pos === 'VERB') out.push((fnv(V_STATE, t) >>> 0) & mask);
    if (prev !== undefined) out.push((fnv(fnv(fnv(B_STATE, prev), '_'), t) >>> 0) & mask);
    prev = t;
  }
}
