/**
 * Fast emission scores for tagging: the same numbers as summing the weights of
 * `sentenceFeatures` (the reference, used for training), without building feature strings.
 *
 * Most features depend on one word only (`wordRoles`), so their weights are summed ONCE per word
 * type and role into a small vector and cached; a token's emission is then a handful of vector
 * additions (itself, two neighbours each side, case pairs from precomputed tables) plus two
 * bigram look-ups, the capitalised-run features, and the rare gazetteer-phrase and POS features.
 */
import {
  ALL_CAPS, BOS, CASE_VALUES, EDGE_ROLES, EOS, capsVote, caseFeature, caselessFromCounts, titleVote, leftBigram, leftCaseFeatures, nameCapital, nameListFeatures, phraseLabels,
  posFeatures, rightBigram, rightCaseFeatures, runFeatures, wordRoles,
} from './features.js';
import { insideClass } from './name-inside.js';
import type { InsideClass } from './name-inside.js';
import { nameListLabels, nameToken } from './name-lists.js';
import type { NameToken } from './name-lists.js';
import type { FeatureResources } from './features.js';
import type { LinearModel } from './perceptron.js';
import { bareKey } from './normalize.js';
import { coarsePos } from './pos.js';
import { TAG_COUNT as T } from './tags.js';
import type { TaggerToken } from './types.js';

/** Role slots of a cached word vector, each T floats. */
const SELF = 0;
const M1 = 1;
const M2 = 2;
const P1 = 3;
const P2 = 4;
/** Then `l-1|c` (word as left neighbour) and `c|l+1` (word as right neighbour) per case value. */
const M1_CASE = 5;
const P1_CASE = M1_CASE + CASE_VALUES.length;
const SLOTS = P1_CASE + CASE_VALUES.length;
/** Case ids: CASE_VALUES, then the edges. */
const C_BOS = CASE_VALUES.length;
const C_EOS = C_BOS + 1;
const CASE_IDS = CASE_VALUES.length + 2;

/** A word type's cached scores. */
interface WordEntry {
  key: string;
  caseId: number;
  /** isAllCaps vote: 0 = no letters, 1 = not capitals, 2 = capitals. */
  caps: number;
  /** isTitleCase vote (features.ts `titleVote`). */
  title: number;
  /** The name-shape class (name-inside.ts), for the tagger's constraint. */
  inside: InsideClass;
  /** An organisation cue word (for the capitalised-run features). */
  cue: boolean;
  /** The name-list matcher's view of the word (only when the resources have name lists). */
  name: NameToken | undefined;
  /** Whether a listed name may start at this word (most sentences have none: no matching then). */
  nameStart: boolean;
  vec: Float32Array;
  /** Feature ids of this word's bigrams in the model, by the left / right neighbour's key. */
  leftPairs: ReadonlyMap<string, number> | undefined;
  rightPairs: ReadonlyMap<string, number> | undefined;
}

/** Words cached per mode before the cache is emptied (bounds memory on endless input). */
const CACHE_LIMIT = 100_000;

/** What the tagger's name-shape constraint needs of a word, as the scorer already knows it. */
export interface WordShape {
  /** Name-shape class (name-inside.ts `insideClass`). */
  inside: InsideClass;
  /** isAllCaps vote: 0 = no letters, 1 = not capitals, 2 = capitals. */
  caps: number;
  /** isTitleCase vote (features.ts `titleVote`). */
  title: number;
}

/** Emission scorer bound to one model and resource set. */
export interface EmissionScorer {
  /**
   * Emissions (length × TAG_COUNT) of a sentence. When `shapes` is given, each token's
   * {@link WordShape} is appended to it (the word's cached entry holds it: no second look-up).
   */
  emissions(tokens: readonly TaggerToken[], shapes?: WordShape[]): Float64Array;
}

/** Compiles a model for fast scoring. */
export function createEmissionScorer(model: Pick<LinearModel, 'featureIndex' | 'weights'>, res: FeatureResources): EmissionScorer {
  const { featureIndex, weights } = model;
  const addFeature = (out: Float32Array | Float64Array, at: number, feature: string) => {
    const id = featureIndex.get(feature);
    if (id === undefined) return;
    const base = id * T;
    for (let t = 0; t < T; t++) out[at + t]! += weights[base + t] as number;
  };
  const addAll = (out: Float32Array, at: number, features: readonly string[]) => {
    for (const f of features) addFeature(out, at, f);
  };
  const caseName = (id: number) => (id === C_BOS ? BOS : id === C_EOS ? EOS : (CASE_VALUES[id] as string));
  const caseIdOf = (value: string) => CASE_VALUES.indexOf(value);

  // Position-dependent case feature [caseId][initial], and case pairs [left][right].
  const caseSelf = new Float32Array(CASE_VALUES.length * 2 * T);
  const casePairL = new Float32Array(CASE_IDS * CASE_IDS * T);
  const casePairR = new Float32Array(CASE_IDS * CASE_IDS * T);
  for (let c = 0; c < CASE_VALUES.length; c++) {
    addFeature(caseSelf, (c * 2) * T, caseFeature(caseName(c), false));
    addFeature(caseSelf, (c * 2 + 1) * T, caseFeature(caseName(c), true));
  }
  for (let a = 0; a < CASE_IDS; a++) {
    for (let b = 0; b < CASE_IDS; b++) {
      addFeature(casePairL, (a * CASE_IDS + b) * T, leftCaseFeatures('', caseName(a), caseName(b))[1]);
      addFeature(casePairR, (a * CASE_IDS + b) * T, rightCaseFeatures(caseName(a), '', caseName(b))[1]);
    }
  }
  // The model's word bigrams, by one word's key then the other's: building and hashing a feature
  // string per token and side was the tagger's largest single cost, and most bigrams are not in the
  // model. A key may hold "|", so every split of a feature is indexed: a pair found this way
  // spells exactly that feature.
  const leftBigrams = bigramIndex(featureIndex, leftBigram('', ''), 'right');
  const rightBigrams = bigramIndex(featureIndex, rightBigram('', ''), 'left');
  const edge = (role: 'left' | 'right'): WordEntry => {
    const vec = new Float32Array(SLOTS * T);
    if (role === 'left') {
      addAll(vec, M1 * T, EDGE_ROLES.m1);
      addAll(vec, M2 * T, EDGE_ROLES.m2);
      for (let c = 0; c < CASE_VALUES.length; c++) addFeature(vec, (M1_CASE + c) * T, leftCaseFeatures(BOS, '', caseName(c))[0]);
    } else {
      addAll(vec, P1 * T, EDGE_ROLES.p1);
      addAll(vec, P2 * T, EDGE_ROLES.p2);
      for (let c = 0; c < CASE_VALUES.length; c++) addFeature(vec, (P1_CASE + c) * T, rightCaseFeatures(caseName(c), EOS, '')[0]);
    }
    return { key: role === 'left' ? BOS : EOS, caseId: role === 'left' ? C_BOS : C_EOS, caps: 0, title: 0, inside: 'none', cue: false, name: undefined, nameStart: false, vec, leftPairs: leftBigrams.get(role === 'left' ? BOS : EOS), rightPairs: rightBigrams.get(role === 'left' ? BOS : EOS) };
  };
  const bosEntry = edge('left');
  const eosEntry = edge('right');

  const caches = [new Map<string, WordEntry>(), new Map<string, WordEntry>()];
  const entry = (text: string, caps: boolean): WordEntry => {
    const cache = caches[caps ? 1 : 0] as Map<string, WordEntry>;
    let e = cache.get(text);
    if (e) return e;
    const r = wordRoles(text, caps, res);
    const vec = new Float32Array(SLOTS * T);
    addAll(vec, SELF * T, r.self);
    addAll(vec, M1 * T, r.m1);
    addAll(vec, M2 * T, r.m2);
    addAll(vec, P1 * T, r.p1);
    addAll(vec, P2 * T, r.p2);
    for (let c = 0; c < CASE_VALUES.length; c++) {
      addFeature(vec, (M1_CASE + c) * T, leftCaseFeatures(r.key, '', caseName(c))[0]);
      addFeature(vec, (P1_CASE + c) * T, rightCaseFeatures(caseName(c), r.key, '')[0]);
    }
    const vote = capsVote(text);
    const name = res.names ? nameToken(text) : undefined;
    const nameStart = name !== undefined && res.names !== undefined && (name.first.length > 0 ? res.names.starts.has(name.first[0] as string) : name.joiner);
    e = { key: r.key, caseId: caseIdOf(r.caseValue), caps: vote === undefined ? 0 : vote ? 2 : 1, title: titleVote(text), inside: insideClass(text), cue: res.gazetteer.orgCues.has(bareKey(text)), name, nameStart, vec, leftPairs: leftBigrams.get(r.key), rightPairs: rightBigrams.get(r.key) };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, e);
    return e;
  };

  // Name-list label → weights of its features at the token, as left and as right neighbour.
  const labelCache = new Map<string, Float32Array>();
  const labelVecs = (label: string): Float32Array => {
    let v = labelCache.get(label);
    if (!v) {
      v = new Float32Array(3 * T);
      // Token 1 of a 3-token stand-in sentence: the label on itself, on its left, on its right.
      nameListFeatures([[], [label], []], 1).forEach((f) => addFeature(v as Float32Array, 0, f));
      nameListFeatures([[label], [], []], 1).forEach((f) => addFeature(v as Float32Array, T, f));
      nameListFeatures([[], [], [label]], 1).forEach((f) => addFeature(v as Float32Array, 2 * T, f));
      labelCache.set(label, v);
    }
    return v;
  };
  // Gazetteer-phrase label → ids of its features on the token itself, as left and as right
  // neighbour ("g=", "g-1=", "g+1="): built once per label instead of a string per token.
  const phraseIdCache = new Map<string, readonly (number | undefined)[]>();
  const phraseIds = (label: string): readonly (number | undefined)[] => {
    let ids = phraseIdCache.get(label);
    if (!ids) phraseIdCache.set(label, (ids = [featureIndex.get(`g=${label}`), featureIndex.get(`g-1=${label}`), featureIndex.get(`g+1=${label}`)]));
    return ids;
  };
  const addId = (out: Float64Array, at: number, id: number | undefined) => {
    if (id === undefined) return;
    const base = id * T;
    for (let t = 0; t < T; t++) out[at + t]! += weights[base + t] as number;
  };
  const addVec = (out: Float64Array, at: number, v: Float32Array, from: number) => {
    for (let t = 0; t < T; t++) out[at + t]! += v[from + t] as number;
  };

  // Gazetteer phrases can only start at a word that starts some phrase.
  const phraseStarts = new Set<string>();
  for (const p of res.gazetteer.phrases.keys()) phraseStarts.add(p.split(' ')[0] as string);
  let usesPos = false;
  for (const f of featureIndex.keys()) if (f.startsWith('p=')) usesPos = true;

  return {
    emissions(tokens: readonly TaggerToken[], shapes?: WordShape[]): Float64Array {
      const n = tokens.length;
      let words = 0;
      let upper = 0;
      let entries = tokens.map((t) => entry(t.text, false));
      if (shapes) for (const e of entries) shapes.push(e);
      let capitals = 0;
      let lowercase = 0;
      for (const e of entries) {
        if (e.caps > 0) words++;
        if (e.caps === 2) upper++;
        if (e.title === 2) capitals++;
        if (e.title === 1) lowercase++;
      }
      const caps = caselessFromCounts(words, upper, capitals, lowercase);
      if (caps) entries = tokens.map((t) => entry(t.text, true));
      const out = new Float64Array(n * T);
      let phrase: string[][] | undefined;
      for (const e of entries) {
        if (phraseStarts.has(e.key)) {
          phrase = phraseLabels(entries.map((x) => x.key), res.gazetteer);
          break;
        }
      }
      const runs = caps ? undefined : runFeatures(entries.map((x) => x.key), entries.map((x) => CASE_VALUES[x.caseId] as string), entries.map((x) => x.cue));
      const names = res.names && entries.some((x) => x.nameStart)
        ? nameListLabels(entries.map((x) => x.name as NameToken), entries.map((x) => nameCapital(caps ? ALL_CAPS : (CASE_VALUES[x.caseId] as string))), res.names)
        : undefined;
      const pos = usesPos && tokens.some((t) => t.pos) ? tokens.map((t) => (t.pos ? coarsePos(t.pos) : undefined)) : undefined;
      for (let i = 0; i < n; i++) {
        const e = entries[i] as WordEntry;
        const l1 = i > 0 ? (entries[i - 1] as WordEntry) : bosEntry;
        const l2 = i > 1 ? (entries[i - 2] as WordEntry) : bosEntry;
        const r1 = i + 1 < n ? (entries[i + 1] as WordEntry) : eosEntry;
        const r2 = i + 2 < n ? (entries[i + 2] as WordEntry) : eosEntry;
        const c = caps ? caseIdOf(ALL_CAPS) : e.caseId;
        const at = i * T;
        const cs = (c * 2 + (i === 0 ? 1 : 0)) * T;
        const pl = (l1.caseId * CASE_IDS + c) * T;
        const pr = (c * CASE_IDS + r1.caseId) * T;
        const ev = e.vec;
        const v1 = l1.vec;
        const v2 = l2.vec;
        const w1 = r1.vec;
        const w2 = r2.vec;
        const m1c = (M1_CASE + c) * T;
        const p1c = (P1_CASE + c) * T;
        for (let t = 0; t < T; t++) {
          out[at + t] =
            (ev[SELF * T + t] as number) + (caseSelf[cs + t] as number) + (v1[M1 * T + t] as number) + (v2[M2 * T + t] as number) + (w1[P1 * T + t] as number) +
            (w2[P2 * T + t] as number) + (v1[m1c + t] as number) + (w1[p1c + t] as number) + (casePairL[pl + t] as number) + (casePairR[pr + t] as number);
        }
        addId(out, at, e.leftPairs?.get(l1.key));
        addId(out, at, e.rightPairs?.get(r1.key));
        if (phrase) {
          for (const g of phrase[i] ?? []) addId(out, at, phraseIds(g)[0]);
          for (const g of phrase[i - 1] ?? []) addId(out, at, phraseIds(g)[1]);
          for (const g of phrase[i + 1] ?? []) addId(out, at, phraseIds(g)[2]);
        }
        if (runs) for (const f of runs[i] ?? []) addFeature(out, at, f);
        if (names) {
          for (const l of names[i] ?? []) addVec(out, at, labelVecs(l), 0);
          for (const l of names[i - 1] ?? []) addVec(out, at, labelVecs(l), T);
          for (const l of names[i + 1] ?? []) addVec(out, at, labelVecs(l), 2 * T);
        }
        if (pos) for (const f of posFeatures(pos, i, CASE_VALUES[c] as string)) addFeature(out, at, f);
      }
      return out;
    },
  };
}

/**
 * Ids of the two-word features with `prefix` ("l-1|l=" + left + "|" + right), by the key of the
 * word on side `by`, then by the other word's key.
 */
function bigramIndex(featureIndex: ReadonlyMap<string, number>, prefix: string, by: 'left' | 'right'): Map<string, Map<string, number>> {
  const stem = prefix.slice(0, -1);
  const out = new Map<string, Map<string, number>>();
  for (const [feature, id] of featureIndex) {
    if (!feature.startsWith(stem)) continue;
    const body = feature.slice(stem.length);
    for (let bar = body.indexOf('|'); bar >= 0; bar = body.indexOf('|', bar + 1)) {
      const left = body.slice(0, bar);
      const right = body.slice(bar + 1);
      const [own, other] = by === 'left' ? [left, right] : [right, left];
      let m = out.get(own);
      if (!m) out.set(own, (m = new Map()));
      m.set(other, id);
    }
  }
  return out;
}
