/**
 * Learns distributional word clusters for the entity tagger from UNLABELLED text: the words of the
 * GMB training sentences (never the held-out ones), the crudely stripped text of the ScrapingHub
 * pages and, with `--news 1`, the other unlabelled news text of ner-data.ts `loadUnlabelledNews`
 * (event-location sentences, NGEC synthetic stories: other agencies than GMB's VOA). Each word is
 * described by positive PMI with its neighbours at -2, -1, +1, +2 (among the most frequent words),
 * randomly projected to a dense vector, then clustered with seeded k-means (fine clusters) and the
 * fine centroids clustered again (coarse clusters); `--extra K` adds a third, finer granularity
 * of K clusters (its own k-means run; features `j=` in features.ts).
 *
 * The committed table is the default (`--news 0 --extra 0 --vocab 20000`). Tried in session 3:
 * `--news 1 --extra 1024 --vocab 30000` (1.15M more words of other agencies' text) moved GMB dev
 * micro-F1 86.17 → 86.03 and the news fixture 86.1 → 85.9: within seed noise, not adopted.
 *
 * Usage: nice npx tsx scripts/build-ner-clusters.ts [--seed 1] [--news 0|1] [--extra 0|K] [--vocab 20000] [--out file] → src/nlp/entities/data/word-clusters.json
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordKey } from '../src/nlp/entities/normalize.js';
import { seededRandom } from '../src/nlp/entities/rng.js';
import { simpleTokenize } from '../src/nlp/entities/simple-tokenize.js';
import type { WordClustersFile } from '../src/nlp/entities/clusters.js';
import { loadGmbSplit, loadPageTexts, loadUnlabelledNews } from './ner-data.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = resolve(process.env.SITREP_SHARED_DATA ?? join(root, '..', 'shared', 'data'));
const seedArg = process.argv.indexOf('--seed');
const seed = seedArg >= 0 ? Number(process.argv[seedArg + 1]) : 1;
const numArg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
/** Add the other unlabelled news text (loadUnlabelledNews). */
const NEWS = numArg('--news', 0) === 1;
/** Clusters of the finer extra granularity (0: none). */
const EXTRA = numArg('--extra', 0);

const VOCAB = numArg('--vocab', 20000);
const MIN_COUNT = 3;
const CONTEXT = 500;
const DIM = 128;
const FINE = 256;
const COARSE = 32;
const OFFSETS = [-2, -1, 1, 2];

function corpus(): string[][] {
  const { train } = loadGmbSplit(sharedData);
  const sentences = train.map((s) => s.tokens.map((t) => wordKey(t.text)));
  const pages = loadPageTexts(sharedData).flatMap((p) => p.split(/\n+/));
  for (const line of NEWS ? [...pages, ...loadUnlabelledNews(sharedData)] : pages) {
    const toks = simpleTokenize(line).map((t) => wordKey(t.text));
    if (toks.length >= 4) sentences.push(toks);
  }
  return sentences;
}

/** Seeded k-means (k-means++ initialisation) on unit vectors with cosine similarity. */
function kmeans(vecs: Float32Array[], k: number, iterations: number, random: () => number): { assign: Int32Array; centroids: Float32Array[] } {
  const dot = (a: Float32Array, b: Float32Array) => {
    let s = 0;
    for (let d = 0; d < DIM; d++) s += (a[d] as number) * (b[d] as number);
    return s;
  };
  const centroids: Float32Array[] = [Float32Array.from(vecs[Math.floor(random() * vecs.length)] as Float32Array)];
  const best = new Float64Array(vecs.length).fill(Infinity);
  while (centroids.length < k) {
    const c = centroids[centroids.length - 1] as Float32Array;
    let total = 0;
    vecs.forEach((v, i) => {
      best[i] = Math.min(best[i] as number, Math.max(0, 1 - dot(v, c)));
      total += best[i] as number;
    });
    let r = random() * total;
    let pick = 0;
    for (; pick < vecs.length - 1 && r > (best[pick] as number); pick++) r -= best[pick] as number;
    centroids.push(Float32Array.from(vecs[pick] as Float32Array));
  }
  const assign = new Int32Array(vecs.length);
  for (let it = 0; it < iterations; it++) {
    vecs.forEach((v, i) => {
      let bi = 0;
      let bs = -Infinity;
      centroids.forEach((c, j) => {
        const s = dot(v, c);
        if (s > bs) [bs, bi] = [s, j];
      });
      assign[i] = bi;
    });
    for (const c of centroids) c.fill(0);
    vecs.forEach((v, i) => {
      const c = centroids[assign[i] as number] as Float32Array;
      for (let d = 0; d < DIM; d++) c[d] = (c[d] as number) + (v[d] as number);
    });
    for (const c of centroids) normalise(c);
  }
  return { assign, centroids };
}

function normalise(v: Float32Array): void {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < v.length; d++) v[d] = (v[d] as number) / n;
}

function main(): void {
  const t0 = performance.now();
  const random = seededRandom(seed);
  const sentences = corpus();
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([, c]) => c >= MIN_COUNT).slice(0, VOCAB).map(([w]) => w);
  const vIndex = new Map(vocab.map((w, i) => [w, i]));
  const cIndex = new Map(vocab.slice(0, CONTEXT).map((w, i) => [w, i]));
  const width = CONTEXT * OFFSETS.length;
  const counts = new Float32Array(vocab.length * width);
  for (const s of sentences) {
    s.forEach((w, i) => {
      const v = vIndex.get(w);
      if (v === undefined) return;
      OFFSETS.forEach((o, oi) => {
        const c = cIndex.get(s[i + o] ?? (i + o < 0 ? '<s>' : '</s>'));
        if (c !== undefined) counts[v * width + oi * CONTEXT + c]! += 1;
      });
    });
  }
  const rowSum = new Float64Array(vocab.length);
  const colSum = new Float64Array(width);
  let total = 0;
  for (let v = 0; v < vocab.length; v++) {
    for (let c = 0; c < width; c++) {
      const x = counts[v * width + c] as number;
      rowSum[v]! += x;
      colSum[c]! += x;
      total += x;
    }
  }
  // Random ±1 projection of the PPMI rows.
  const proj = new Float32Array(width * DIM);
  for (let i = 0; i < proj.length; i++) proj[i] = random() < 0.5 ? -1 : 1;
  const vecs: Float32Array[] = [];
  for (let v = 0; v < vocab.length; v++) {
    const vec = new Float32Array(DIM);
    for (let c = 0; c < width; c++) {
      const x = counts[v * width + c] as number;
      if (x === 0) continue;
      const pmi = Math.log((x * total) / ((rowSum[v] as number) * (colSum[c] as number)));
      if (pmi <= 0) continue;
      for (let d = 0; d < DIM; d++) vec[d]! += pmi * (proj[c * DIM + d] as number);
    }
    normalise(vec);
    vecs.push(vec);
  }
  const fine = kmeans(vecs, FINE, 12, random);
  const coarse = kmeans(fine.centroids, COARSE, 20, random);
  const file: WordClustersFile = { fineCount: FINE, coarse: [...coarse.assign], words: vocab, ids: [...fine.assign] };
  if (EXTRA > 0) {
    const extra = kmeans(vecs, EXTRA, 8, random);
    file.extraCount = EXTRA;
    file.extraIds = [...extra.assign];
  }
  const outArg = process.argv.indexOf('--out');
  writeFileSync(outArg >= 0 ? resolve(process.argv[outArg + 1] ?? '') : join(root, 'src/nlp/entities/data/word-clusters.json'), JSON.stringify(file));
  console.log(`clusters: ${sentences.length} sentences, ${vocab.length} words → ${EXTRA} extra / ${FINE} fine / ${COARSE} coarse in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // A peek for the log: a few words and their cluster-mates.
  for (const probe of ['iraq', 'bush', 'ministry', 'monday', 'said', 'taleban']) {
    const id = fine.assign[vIndex.get(probe) ?? -1];
    if (id === undefined) continue;
    console.log(`  ${probe}: ${vocab.filter((_, i) => fine.assign[i] === id).slice(0, 12).join(' ')}`);
  }
}

main();
