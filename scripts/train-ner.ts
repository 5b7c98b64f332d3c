/**
 * Trains sitrep's entity tagger (structured averaged perceptron, BIO Viterbi) on GMB and writes
 * the pruned, quantised model to src/nlp/entities/data/ner-model.json.gz.
 *
 * The last 2,000 GMB sentences are held out (eval/ner.ts scores them) and never trained on.
 * With `--dev`, the last 2,000 sentences of the training part are also kept out and scored after
 * every epoch: that is the set to make modelling decisions on.
 *
 * Augmentation (seeded): a share of sentences is added again in CAPITALS (headlines, datelines),
 * a share again behind a synthetic newswire dateline ("KANO , Nigeria ( Reuters ) -",
 * ner-datelines.ts; `--datelines 0.05`), and POS tags are dropped from a share of sentences, so the
 * model works with or without POS.
 *
 * GMB's labels flip between documents; `--clean 2` (the committed model's setting) applies the
 * LOC→ORG half of the consistency rule in src/nlp/entities/gmb-clean.ts to the training part,
 * `--clean 1` both halves. Name-list features are on unless `--names 0`; `--clusters`/`--case`
 * train with candidate tables (scripts/build-ner-clusters.ts / build-ner-case.ts `--out`).
 *
 * Usage: nice npx tsx scripts/train-ner.ts --seed 1 [--epochs 5] [--clean 2] [--dev] [--no-write] [--out file.json.gz (instead of the committed model)]
 *        [--seeds 1,2,3] [--names 0|1] [--clusters file] [--case file] [--min-count 2] [--caps 0.2] [--prune 0.5] [--name-shape 0|1]
 *
 * `--honorific 1` (default, with --clean 1|2) also relabels ORG/LOC spans after "Mr."/"Ms."/"Dr." as PERSON.
 * `--name-shape 1` (default) trains and scores under the tagger's name-shape constraint
 * (src/nlp/entities/name-inside.ts: no I- tag on an ordinary lowercase word).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clustersFromFile } from '../src/nlp/entities/clusters.js';
import type { WordClustersFile } from '../src/nlp/entities/clusters.js';
import type { LabelledSentence } from '../src/nlp/entities/gmb.js';
import { wordCaseFromFile } from '../src/nlp/entities/word-case.js';
import type { WordCaseFile } from '../src/nlp/entities/word-case.js';
import { isCaseless, sentenceFeatures } from '../src/nlp/entities/features.js';
import { insideClasses } from '../src/nlp/entities/name-inside.js';
import { cleanGmbLabels } from '../src/nlp/entities/gmb-clean.js';
import { scoreSpans } from '../src/nlp/entities/metrics.js';
import { deserialiseModel, serialiseModel } from '../src/nlp/entities/model-io.js';
import { trainPerceptron } from '../src/nlp/entities/perceptron.js';
import type { EncodedSentence, LinearModel } from '../src/nlp/entities/perceptron.js';
import { seededRandom } from '../src/nlp/entities/rng.js';
import { isInside, spansToTags } from '../src/nlp/entities/tags.js';
import { MODEL_FILE, createTagger, defaultResources } from '../src/nlp/entities/tagger.js';
import type { TaggerToken } from '../src/nlp/entities/types.js';
import { HELD_OUT, loadGmbSplit } from './ner-data.js';
import { loadDatelineSource, withDateline } from './ner-datelines.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = resolve(process.env.SITREP_SHARED_DATA ?? join(root, '..', 'shared', 'data'));
const args = process.argv.slice(2);
const numArg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const strArg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SEED = numArg('--seed', 1);
/** Shuffling seeds of the perceptrons whose weights are averaged (default: just --seed). */
const SEEDS = (strArg('--seeds') ?? String(SEED)).split(',').map(Number);
const EPOCHS = numArg('--epochs', 5);
const MIN_FEATURE_COUNT = numArg('--min-count', 2);
const CAPS_SHARE = numArg('--caps', 0.2);
/** Share of sentences added again behind a synthetic dateline (ner-datelines.ts). */
const DATELINE_SHARE = numArg('--datelines', 0.05);
const NO_POS_SHARE = numArg('--no-pos', 1);
const PRUNE = numArg('--prune', 0.5);
const STEP = numArg('--step', 0.25);
const DEV = args.includes('--dev');
/** Apply the GMB label-consistency rule (gmb-clean.ts) to the training part: 0 no, 1 both directions, 2 LOC→ORG only. */
const CLEAN = numArg('--clean', 2);
/** With --clean 1|2: also an ORG/LOC span right after an honorific ("Mr. Putin") → PERSON. */
const HONORIFIC = numArg('--honorific', 1) === 1;
/** Use the name lists (cities, regions, organisations) as features. */
const NAMES = numArg('--names', 1) === 1;
const WRITE = !args.includes('--no-write');
/** Decode under the name-shape constraint (name-inside.ts) in training and scoring, as the tagger does. */
const NAME_SHAPE = numArg('--name-shape', 1) === 1;
const OUT = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;

function withoutPos(tokens: readonly TaggerToken[]): TaggerToken[] {
  return tokens.map((t) => ({ text: t.text }));
}

/** The training sentences after augmentation (seeded, so reproducible). */
function augment(train: readonly LabelledSentence[]): LabelledSentence[] {
  const random = seededRandom(SEED * 7919 + 17);
  // Datelines draw from their own stream, so the other augmentations stay as they were.
  const datelineRandom = seededRandom(SEED * 104_729 + 3);
  const datelines = DATELINE_SHARE > 0 ? loadDatelineSource() : undefined;
  const out: LabelledSentence[] = [];
  for (const s of train) {
    const tokens = random() < NO_POS_SHARE ? withoutPos(s.tokens) : s.tokens;
    out.push({ tokens, spans: s.spans });
    if (random() < CAPS_SHARE) out.push({ tokens: tokens.map((t) => ({ ...t, text: t.text.toUpperCase() })), spans: s.spans });
    if (datelines && datelineRandom() < DATELINE_SHARE) out.push(withDateline({ tokens, spans: s.spans }, datelines, datelineRandom));
  }
  return out;
}

function main(): void {
  const t0 = performance.now();
  const split = loadGmbSplit(sharedData);
  const raw0 = DEV ? split.train.slice(0, -HELD_OUT) : split.train;
  const cleaned = CLEAN > 0 ? cleanGmbLabels(raw0, { orgToLoc: CLEAN === 1, locToOrg: true, honorific: HONORIFIC }) : undefined;
  if (cleaned) console.log(`train-ner: label rule: ${cleaned.stats.orgToLoc} ORG→LOC, ${cleaned.stats.locToOrg} LOC→ORG, ${cleaned.stats.toPerson} →PERSON after an honorific`);
  const fit = cleaned ? cleaned.sentences : raw0;
  const dev = DEV ? split.train.slice(-HELD_OUT) : split.heldOut;
  const data = augment(fit);
  // --clusters / --case: train with candidate tables (build-ner-clusters.ts / build-ner-case.ts --out).
  const clustersFile = strArg('--clusters');
  const caseFile = strArg('--case');
  const all = defaultResources(clustersFile ? clustersFromFile(JSON.parse(readFileSync(clustersFile, 'utf8')) as WordClustersFile) : undefined);
  if (caseFile) all.wordCase = wordCaseFromFile(JSON.parse(readFileSync(caseFile, 'utf8')) as WordCaseFile);
  const resources = NAMES ? all : { gazetteer: all.gazetteer, clusters: all.clusters, ...(all.wordCase ? { wordCase: all.wordCase } : {}) };
  console.log(`train-ner: seed ${SEED}, ${fit.length} sentences (+${data.length - fit.length} augmented), scoring on ${DEV ? 'dev' : 'held-out'} (${dev.length})`);

  // One pass: features get provisional ids in first-seen order while being counted; then those
  // seen MIN_FEATURE_COUNT times (rare ones only overfit) are numbered in name order and the
  // sentences are re-encoded with those ids (same result as counting first, then encoding).
  const provisional = new Map<string, number>();
  const counts: number[] = [];
  const raw = data.map((s) => {
    const ids: number[] = [];
    const offsets = new Int32Array(s.tokens.length + 1);
    sentenceFeatures(s.tokens, resources).forEach((fs, i) => {
      for (const f of fs) {
        let id = provisional.get(f);
        if (id === undefined) provisional.set(f, (id = counts.push(0) - 1));
        counts[id]!++;
        ids.push(id);
      }
      offsets[i + 1] = ids.length;
    });
    return { ids: Int32Array.from(ids), offsets };
  });
  const featureIndex = new Map<string, number>();
  const finalId = new Int32Array(counts.length).fill(-1);
  for (const [f, id] of [...provisional.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if ((counts[id] as number) < MIN_FEATURE_COUNT) continue;
    finalId[id] = featureIndex.size;
    featureIndex.set(f, featureIndex.size);
  }
  provisional.clear();
  const encoded: EncodedSentence[] = raw.map((r, si) => {
    const ids: number[] = [];
    const offsets = new Int32Array(r.offsets.length);
    for (let i = 0; i + 1 < r.offsets.length; i++) {
      for (let k = r.offsets[i] as number; k < (r.offsets[i + 1] as number); k++) {
        const id = finalId[r.ids[k] as number] as number;
        if (id >= 0) ids.push(id);
      }
      offsets[i + 1] = ids.length;
    }
    const s = data[si] as LabelledSentence;
    const gold = Int32Array.from(spansToTags(s.spans, s.tokens.length));
    const out: EncodedSentence = { ids: Int32Array.from(ids), offsets, gold };
    if (NAME_SHAPE) {
      // Where the gold itself breaks the constraint (GMB noise such as "... militants" inside an
      // ORG), that token is left free: a path the decoder can never take would be updated forever.
      const classes = insideClasses(s.tokens);
      const mask = new Uint8Array(s.tokens.length);
      const free = isCaseless(s.tokens) || !classes.includes('cap');
      let any = false;
      if (!free) classes.forEach((c, i) => { if (c === 'stop' && !isInside(gold[i] as number)) any = (mask[i] = 1) === 1; });
      if (any) out.noInside = mask;
    }
    return out;
  });
  console.log(`train-ner: ${featureIndex.size} features, encoded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const score = (model: LinearModel, sentences: readonly LabelledSentence[], pos: boolean) => {
    const tagger = createTagger(model, resources, { nameShape: NAME_SHAPE });
    return scoreSpans(sentences.map((s) => s.spans), sentences.map((s) => tagger.tag(pos ? s.tokens : withoutPos(s.tokens))));
  };
  const fmt = (s: ReturnType<typeof scoreSpans>) =>
    `micro ${(100 * s.ALL.f1).toFixed(2)} PER ${(100 * s.PERSON.f1).toFixed(1)} ORG ${(100 * s.ORG.f1).toFixed(1)} LOC ${(100 * s.LOC.f1).toFixed(1)} NORP ${(100 * s.NORP.f1).toFixed(1)}`;

  // One perceptron per shuffling seed (the augmentation keeps --seed); with several, their averaged
  // weights are averaged again (a cheap ensemble: the same features, a different update order).
  const runs = SEEDS.map((seed) =>
    trainPerceptron(encoded, featureIndex.size, {
      epochs: EPOCHS,
      seed,
      onEpoch(epoch, mistakes, averaged) {
        const line = `train-ner: seed ${seed} epoch ${epoch}: ${mistakes} sentences wrong, ${((performance.now() - t0) / 1000).toFixed(0)} s`;
        if (DEV || epoch === EPOCHS) console.log(`${line}; ${DEV ? 'dev' : 'held-out'} no-POS ${fmt(score({ featureIndex, ...averaged() }, dev, false))}`);
        else console.log(line);
      },
    }),
  );
  const trained = runs[0] as (typeof runs)[number];
  for (const r of runs.slice(1)) {
    for (let i = 0; i < trained.weights.length; i++) trained.weights[i]! += r.weights[i] as number;
    for (let i = 0; i < trained.transitions.length; i++) trained.transitions[i]! += r.transitions[i] as number;
  }
  for (let i = 0; i < trained.weights.length; i++) trained.weights[i]! /= runs.length;
  for (let i = 0; i < trained.transitions.length; i++) trained.transitions[i]! /= runs.length;
  const model: LinearModel = { featureIndex, ...trained };
  const trainSeconds = (performance.now() - t0) / 1000;
  const gz = serialiseModel(model, {
    pruneBelow: PRUNE,
    step: STEP,
    meta: { nameShape: NAME_SHAPE, honorific: HONORIFIC, seed: SEED, seeds: SEEDS.join(','), epochs: EPOCHS, clean: CLEAN, names: NAMES, trainSentences: fit.length, capsShare: CAPS_SHARE, datelineShare: DATELINE_SHARE, noPosShare: NO_POS_SHARE, minFeatureCount: MIN_FEATURE_COUNT },
  });
  const reloaded = deserialiseModel(gz).model;
  console.log(`train-ner: pruned model ${(gz.length / 1e6).toFixed(2)} MB gz, ${reloaded.featureIndex.size} features; no-POS ${fmt(score(reloaded, dev, false))}`);
  if (NO_POS_SHARE < 1) console.log(`train-ner: with GMB POS ${fmt(score(reloaded, dev, true))}`);
  if (OUT) {
    writeFileSync(OUT, gz);
    console.log(`train-ner: wrote ${OUT}`);
  } else if (WRITE && !DEV) {
    // Only without --out: a candidate model must not replace the committed one behind one's back.
    writeFileSync(join(root, 'src/nlp/entities/data', MODEL_FILE), gz);
    console.log(`train-ner: wrote src/nlp/entities/data/${MODEL_FILE}`);
  }
  console.log(`train-ner: done in ${trainSeconds.toFixed(0)} s (training) / ${((performance.now() - t0) / 1000).toFixed(0)} s (all)`);
}

main();
