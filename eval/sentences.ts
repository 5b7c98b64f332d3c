/**
 * The `sentences` suite: sentence-boundary F1 of the tokens stage.
 *
 * Two test sets: our own hand-written news paragraphs with gold boundaries
 * (eval/fixtures/sentences.json), and GMB (../shared/data/ner/gmb), which holds one sentence per
 * record: consecutive sentences, detokenized and joined with a space into paragraphs of
 * {@link GMB_GROUP}, give gold boundaries at scale. Only boundaries inside a paragraph count
 * (a paragraph's end is given, not found). The suite also reports the tokens stage's speed and
 * the whole language layer's speed (not gated: the machine is shared).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NLP_STAGES } from '../src/nlp/index.js';
import { tokensStage } from '../src/nlp/tokens/stage.js';
import { runStages } from '../src/nlp/test-doc.js';
import fixture from './fixtures/sentences.json' with { type: 'json' };
import { markdownTable } from './suite.js';
import type { Suite, SuiteResult } from './suite.js';

/** GMB sentences per pseudo-paragraph. */
const GMB_GROUP = 5;
/** GMB sentences scored (the first ones of the file; enough for a stable number). */
const GMB_SENTENCES = 10_000;

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

const f1 = (s: Score) => (s.tp === 0 ? 0 : (2 * s.tp) / (2 * s.tp + s.fp + s.fn));
const precision = (s: Score) => (s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp));
const recall = (s: Score) => (s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn));

/** Scores predicted sentence starts against gold ones, over paragraphs of gold sentences. */
async function scoreParagraphs(paragraphs: readonly (readonly string[])[]): Promise<Score & { tokens: number; ms: number }> {
  const score = { tp: 0, fp: 0, fn: 0, tokens: 0, ms: 0 };
  const texts = paragraphs.map((p) => p.join(' '));
  const t0 = performance.now();
  const doc = await runStages(texts, [tokensStage]);
  score.ms = performance.now() - t0;
  score.tokens = doc.layer('tokens')!.length;
  const paras = doc.layer('paragraphs')!;
  const predicted = new Set(doc.layer('sentences')!.map((s) => s.start).filter((start) => !paras.some((p) => p.start === start)));
  const gold = new Set<number>();
  paragraphs.forEach((sentences, i) => {
    let at = paras[i]!.start;
    sentences.forEach((s, k) => {
      if (k > 0) gold.add(at);
      at += s.length + 1;
    });
  });
  for (const p of predicted) if (gold.has(p)) score.tp++;
  else score.fp++;
  for (const g of gold) if (!predicted.has(g)) score.fn++;
  return score;
}

/** Joins GMB tokens into text the way a newspaper prints them. */
export function detokenize(tokens: readonly string[]): string {
  let out = '';
  let openDouble = false;
  for (const t of tokens) {
    let glue = out === '' || /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i.test(t) || /[([{$]$/.test(out);
    if (t === '"') {
      glue = openDouble || out === '';
      out += glue ? t : ` ${t}`;
      openDouble = !openDouble;
      continue;
    }
    if (out.endsWith('"') && openDouble) glue = true;
    out += glue ? t : ` ${t}`;
  }
  return out;
}

/** Reads GMB sentences (windows-1252 CSV `Sentence #,Word,POS,Tag`). */
function readGmb(path: string, limit: number): string[] {
  const text = new TextDecoder('windows-1252').decode(readFileSync(path));
  const sentences: string[] = [];
  let current: string[] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (!line) continue;
    const first = line.indexOf(',');
    const head = line.slice(0, first);
    const rest = line.slice(first + 1);
    // The word may itself be a comma: `,",",,O` style rows are quoted.
    const word = rest.startsWith('"') ? rest.slice(1, rest.indexOf('"', 1)) : rest.slice(0, rest.indexOf(','));
    if (head.startsWith('Sentence:') && current.length) {
      sentences.push(detokenize(current));
      current = [];
      if (sentences.length >= limit) break;
    }
    current.push(word);
  }
  if (current.length && sentences.length < limit) sentences.push(detokenize(current));
  return sentences;
}

async function layerSpeed(paragraphs: readonly string[]): Promise<{ tokens: number; ms: number }> {
  await runStages(paragraphs.slice(0, 50), NLP_STAGES, '2014-01-13');
  const t0 = performance.now();
  const doc = await runStages(paragraphs, NLP_STAGES, '2014-01-13');
  return { tokens: doc.layer('tokens')!.length, ms: performance.now() - t0 };
}

export const sentencesSuite: Suite = {
  name: 'sentences',
  needs: '.',
  async run(sharedData: string): Promise<SuiteResult> {
    const rows: (string | number)[][] = [];
    const metrics: Record<string, number> = {};
    const own = await scoreParagraphs(fixture.paragraphs);
    rows.push(['own fixture (50 paragraphs)', own.tp + own.fn, precision(own), recall(own), f1(own)]);
    metrics['fixture_f1'] = f1(own);
    const gmbPath = join(sharedData, 'ner', 'gmb', 'ner_dataset.csv');
    let speed = '';
    if (existsSync(gmbPath)) {
      const sentences = readGmb(gmbPath, GMB_SENTENCES);
      const groups: string[][] = [];
      for (let i = 0; i < sentences.length; i += GMB_GROUP) groups.push(sentences.slice(i, i + GMB_GROUP));
      const gmb = await scoreParagraphs(groups);
      rows.push([`GMB (first ${sentences.length} sentences, ${GMB_GROUP} per paragraph)`, gmb.tp + gmb.fn, precision(gmb), recall(gmb), f1(gmb)]);
      metrics['gmb_f1'] = f1(gmb);
      const layer = await layerSpeed(groups.slice(0, 1000).map((g) => g.join(' ')));
      speed =
        `\nSpeed (one core, not gated; the eval machine is shared): tokens stage ${Math.round((gmb.tokens / gmb.ms) * 1000).toLocaleString('en')} tokens/s; ` +
        `whole language layer (tokens, entities, mentions, dates, quantities, quotes) ${Math.round((layer.tokens / layer.ms) * 1000).toLocaleString('en')} tokens/s over ${layer.tokens.toLocaleString('en')} tokens.\n`;
    }
    return {
      name: 'sentences',
      title: 'Sentence boundaries',
      metrics,
      markdown: `${markdownTable(['test set', 'gold boundaries', 'precision', 'recall', 'F1'], rows)}\n${speed}`,
    };
  },
};
