/**
 * Trains the event-place linker (src/events/places/link-model.json): a logistic-regression model
 * over (trigger, place candidate) features, on the DEVELOPMENT split of the event-location corpus
 * (the non-RELABEL records; the RELABEL test set is never read here).
 *
 * A candidate is positive when it overlaps a gold LOCATION span of its record. The dev records are
 * split (seeded) into --folds parts (default 5); each part is scored by a model trained on the
 * others, and these out-of-fold scores pick the decision thresholds by token F1 with the linker's
 * own choice rule (the highest threshold within --tie 0.002 F1 of the best, as the curve is flat there; 0.003 reached past the flat top, to 0.375, by 0.0001 on the round-10 features), then the final weights are refit on all of dev. Features seen fewer than MIN_COUNT times are dropped to keep the model small.
 *
 * Sources listed in --exclude (default Masdar_RA) are left out of training: in Masdar_RA only 11%
 * of the records carry a gold place although 61% name one (other sources: 42-86% carry one, and
 * most records that name a place have it labelled), so its empty labels mostly mean "not
 * annotated", and they teach the model to stay silent.
 *
 * Usage: npx tsx scripts/train-place-linker.ts [--seed 1] [--epochs 12] [--folds 5] [--exclude Masdar_RA,...] [--tie 0.002] [--l2 1e-5] [--out path]
 */
import { seededRandom as rng, shuffleInPlace as shuffle } from '../src/nlp/entities/rng.js';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldTokens, readRecords, recordCandidates, spanTokens } from '../eval/event-location.js';
import type { RawRecord } from '../eval/event-location.js';
import { candidateFeatures } from '../src/events/places/link-features.js';
import { choosePlaces } from '../src/events/places/link.js';
import type { LinkThresholds } from '../src/events/places/link.js';
import { loadTagger } from '../src/nlp/entities/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const SEED = Number(opt('seed', '1'));
const EPOCHS = Number(opt('epochs', '12'));
const OUT = resolve(opt('out', join(root, 'src', 'events', 'places', 'link-model.json')));
const SHARED = resolve(process.env.SITREP_SHARED_DATA ?? join(root, '..', 'shared', 'data'));
const EXCLUDE = new Set(opt('exclude', 'Masdar_RA').split(',').filter(Boolean));
const MIN_COUNT = 3;
const L2 = Number(opt('l2', '1e-5'));
const FOLDS = Number(opt('folds', '5'));
/** Out-of-fold F1 within which a higher decision threshold is preferred (see main). */
const TIE = Number(opt('tie', '0.002'));

interface Example {
  features: string[];
  label: 0 | 1;
}

/** One record's candidates as training examples, plus what scoring needs. */
interface Item {
  record: RawRecord;
  examples: Example[];
  /** Each candidate's list head, as choosePlaces takes it. */
  cands: { coordinatedWith?: number }[];
  candTokens: number[][];
  blocked: boolean[];
}



function buildItems(records: readonly RawRecord[]): Item[] {
  const tagger = loadTagger();
  const items: Item[] = [];
  for (const r of records) {
    const verb = (r.spans ?? []).find((s) => s.label === 'VERB');
    if (!verb) continue;
    const gold = goldTokens(r);
    const places = recordCandidates(r, tagger);
    const cands = candidateFeatures(r.text, { start: verb.start, end: verb.end }, places);
    const candTokens = places.map((p) => spanTokens(r, p));
    items.push({
      record: r,
      examples: cands.map((c, k) => ({ features: c.features, label: (candTokens[k] ?? []).some((t) => gold.has(t)) ? 1 : 0 })),
      cands: cands.map((c) => (c.coordinatedWith === undefined ? {} : { coordinatedWith: c.coordinatedWith })),
      candTokens,
      blocked: cands.map((c) => c.overlapsTrigger || c.ruledOut),
    });
  }
  return items;
}

/** Logistic regression by AdaGrad SGD with L2; returns the weights. */
function train(items: readonly Item[], seed: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const it of items) for (const e of it.examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f: string) => f === 'bias' || (counts.get(f) ?? 0) >= MIN_COUNT;
  const examples = items.flatMap((it) => it.examples.filter((_, k) => !it.blocked[k]).map((e) => ({ label: e.label, features: e.features.filter(keep) })));
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const rand = rng(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of shuffle(examples, rand)) {
      let z = 0;
      for (const f of e.features) z += w.get(f) ?? 0;
      const grad = 1 / (1 + Math.exp(-z)) - e.label;
      for (const f of e.features) {
        const old = w.get(f) ?? 0;
        const g = grad + L2 * old;
        const acc = (g2.get(f) ?? 1e-8) + g * g;
        g2.set(f, acc);
        w.set(f, old - (0.5 / Math.sqrt(acc)) * g);
      }
    }
  }
  return w;
}

function prob(w: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += w.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Each item's candidate probabilities under the weights, computed once per model for the whole threshold grid. */
const probCache = new WeakMap<object, Map<Item, number[]>>();

/** Token micro P/R/F1 of the linker's choice rule with weights `w` and the given thresholds; `dump` prints the misses. */
function score(items: readonly Item[], wOf: ReadonlyMap<string, number> | ((it: Item) => ReadonlyMap<string, number>), t: LinkThresholds, dump = false): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let cache = probCache.get(wOf);
  if (!cache) probCache.set(wOf, (cache = new Map()));
  for (const it of items) {
    const w = typeof wOf === 'function' ? wOf(it) : wOf;
    let probs = cache.get(it);
    if (!probs) cache.set(it, (probs = it.examples.map((e, k) => (it.blocked[k] ? 0 : prob(w, e.features)))));
    const cands = it.cands;
    const predicted = new Set<number>();
    for (const k of choosePlaces(probs, cands, t)) for (const tok of it.candTokens[k] ?? []) predicted.add(tok);
    const gold = goldTokens(it.record);
    let hit = 0;
    for (const t of predicted) if (gold.has(t)) hit++;
    if (dump && (hit < predicted.size || hit < gold.size)) {
      const words = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b).map((i) => it.record.text.slice(it.record.tokens[i]?.start, it.record.tokens[i]?.end)).join(' ');
      const verb = (it.record.spans ?? []).find((sp) => sp.label === 'VERB');
      const cands = it.candTokens.map((ts, k) => `${words(ts)}:${probs[k]?.toFixed(2)}`).join(', ');
      console.log(`MISS gold=[${words(gold)}] pred=[${words(predicted)}] verb=${verb ? it.record.text.slice(verb.start, verb.end) : '?'} cands={${cands}} :: ${it.record.text.trim().slice(0, 240)}`);
    }
    tp += hit;
    fp += predicted.size - hit;
    fn += gold.size - hit;
  }
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function main(): void {
  const records = readRecords(join(SHARED, 'events', 'event_location')).filter((r) => r.source !== 'RELABEL');
  const items = buildItems(records);
  const order = shuffle(items.slice(), rng(SEED));
  const kept = (it: Item) => !EXCLUDE.has(it.record.source);
  // K-fold: every dev record is scored by a model that did not see it (out-of-fold), so the
  // thresholds are picked on all of dev rather than on one noisy 20% slice.
  const fold = new Map<Item, number>();
  order.forEach((it, i) => fold.set(it, i % FOLDS));
  const models = Array.from({ length: FOLDS }, (_, f) => train(order.filter((it) => fold.get(it) !== f && kept(it)), SEED));
  const w0 = (it: Item) => models[fold.get(it) ?? 0] ?? new Map<string, number>();
  const heldOutAll = order;
  const heldOut = order.filter(kept);
  const grid: { threshold: number; alsoThreshold: number; f1: number }[] = [];
  for (let t = 0.2; t <= 0.75; t += 0.025) {
    for (let a = 0.2; a <= 0.9; a += 0.05) {
      const m = score(heldOut, w0, { threshold: t, alsoThreshold: a });
      if (process.env.SITREP_TRAIN_CURVE === '1') console.log(`t=${t.toFixed(3)} a=${a.toFixed(2)} F1 ${m.f1.toFixed(4)}`);
      grid.push({ threshold: t, alsoThreshold: a, f1: m.f1 });
    }
  }
  // The F1 curve is flat near its top (±0.002 over 0.2-0.3): take the highest threshold within
  // TIE of the best. The corpus has one gold trigger per sentence; whole articles have several
  // triggers per sentence (event nouns among them), where a low threshold links places that belong
  // to another trigger ("the Geneva II conference … the war in Syria"). That reason is the main
  // threshold's only: at the chosen threshold the also threshold (members of the chosen place's own
  // list) is the best one.
  const top = Math.max(...grid.map((g) => g.f1));
  const best = grid.filter((g) => g.f1 >= top - TIE).sort((x, y) => y.threshold - x.threshold || y.f1 - x.f1 || y.alsoThreshold - x.alsoThreshold)[0] ?? { threshold: 0.5, alsoThreshold: 0.5, f1: 0 };
  const held = score(heldOut, w0, best, process.env.SITREP_TRAIN_DUMP === '1');
  console.log(`out-of-fold, ${FOLDS} folds (${heldOut.length} records): P ${held.p.toFixed(3)} R ${held.r.toFixed(3)} F1 ${held.f1.toFixed(3)} at threshold ${best.threshold.toFixed(3)}, also ${best.alsoThreshold.toFixed(3)} (grid best ${top.toFixed(4)})`);
  // SITREP_TRAIN_SOURCES=1: the out-of-fold figures per source (where labels look sparse).
  if (process.env.SITREP_TRAIN_SOURCES === '1') {
    for (const src of [...new Set(order.map((it) => it.record.source))]) {
      const its = order.filter((it) => it.record.source === src);
      const m = score(its, w0, best);
      // Of the records that name an open place candidate, the share whose gold has a place: low where places go unlabelled.
      const naming = its.filter((it) => it.blocked.some((b) => !b));
      const labelled = naming.filter((it) => goldTokens(it.record).size > 0).length / Math.max(1, naming.length);
      console.log(`  ${src}: ${its.length} records, ${naming.length} name a place, ${(100 * labelled).toFixed(0)}% of those labelled; P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f1.toFixed(3)}`);
    }
  }
  const heldAll = score(heldOutAll, w0, best);
  console.log(`out-of-fold with excluded sources (${heldOutAll.length} records): P ${heldAll.p.toFixed(3)} R ${heldAll.r.toFixed(3)} F1 ${heldAll.f1.toFixed(3)}`);
  const w = train(items.filter(kept), SEED);
  const all = score(items, w, best);
  console.log(`all dev (${items.length} records, training fit): P ${all.p.toFixed(3)} R ${all.r.toFixed(3)} F1 ${all.f1.toFixed(3)}`);
  const weights: Record<string, number> = {};
  for (const [f, v] of [...w].sort((a, b) => a[0].localeCompare(b[0]))) if (Math.abs(v) >= 1e-3) weights[f] = Math.round(v * 1e4) / 1e4;
  const model = {
    _comment: `Event-place linker weights (logistic regression over link-features.ts features), trained by scripts/train-place-linker.ts --seed ${SEED} --epochs ${EPOCHS} on the development split (without ${[...EXCLUDE].join(', ') || 'no source'}) of the event-location corpus. Do not edit by hand.`,
    threshold: Math.round(best.threshold * 1000) / 1000,
    alsoThreshold: Math.round(best.alsoThreshold * 1000) / 1000,
    weights,
  };
  writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`wrote ${OUT}: ${Object.keys(weights).length} weights`);
}

main();
