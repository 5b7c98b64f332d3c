/**
 * Speed of the entity tagger alone and of the whole language layer, on one core.
 *
 * - tagger: `Tagger.tag` over the GMB held-out sentences (GMB tokens, no POS), best of `--rounds`;
 * - layer: every language stage over GMB text (the first 5,000 sentences, detokenised, 5 per
 *   paragraph — the same text eval/sentences.ts times), each stage timed on its own, best of
 *   `--rounds`.
 *
 * The machine is shared, so the best round is reported (the least disturbed one).
 *
 * Usage: nice npx tsx scripts/bench-nlp.ts [--rounds 3] [--only tagger|layer]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detokenize } from '../eval/sentences.js';
import { docFromParagraphs } from '../src/nlp/test-doc.js';
import { NLP_STAGES } from '../src/nlp/index.js';
import { loadTagger } from '../src/nlp/entities/index.js';
import { loadGmbSplit } from './ner-data.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = resolve(process.env.SITREP_SHARED_DATA ?? join(root, '..', 'shared', 'data'));
const args = process.argv.slice(2);
const ROUNDS = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const fmt = (n: number) => Math.round(n).toLocaleString('en');

async function main(): Promise<void> {
  const split = loadGmbSplit(sharedData);
  if (ONLY !== 'layer') {
    const sentences = split.heldOut.map((s) => s.tokens.map((t) => ({ text: t.text })));
    const tokens = sentences.reduce((a, s) => a + s.length, 0);
    const tagger = loadTagger();
    for (const s of sentences.slice(0, 200)) tagger.tag(s);
    let best = Infinity;
    for (let r = 0; r < ROUNDS; r++) {
      const t0 = performance.now();
      for (const s of sentences) tagger.tag(s);
      best = Math.min(best, performance.now() - t0);
    }
    console.log(`tagger alone: ${fmt((tokens / best) * 1000)} tokens/s (${fmt(tokens)} tokens, best of ${ROUNDS})`);
  }
  if (ONLY !== 'tagger') {
    const texts = split.train.slice(0, 5000).map((s) => detokenize(s.tokens.map((t) => t.text)));
    const paragraphs: string[] = [];
    for (let i = 0; i < texts.length; i += 5) paragraphs.push(texts.slice(i, i + 5).join(' '));
    const ctx = { debug: () => {} };
    const stageMs = new Map<string, number>();
    let bestTotal = Infinity;
    let tokens = 0;
    for (let r = 0; r <= ROUNDS; r++) {
      const doc = docFromParagraphs(r === 0 ? paragraphs.slice(0, 50) : paragraphs, '2014-01-13');
      let total = 0;
      const round = new Map<string, number>();
      for (const stage of NLP_STAGES) {
        const t0 = performance.now();
        await stage.run(doc, ctx);
        const ms = performance.now() - t0;
        round.set(stage.name, ms);
        total += ms;
      }
      if (r === 0) continue; // warm-up
      tokens = doc.layer('tokens')?.length ?? 0;
      for (const [name, ms] of round) stageMs.set(name, Math.min(stageMs.get(name) ?? Infinity, ms));
      bestTotal = Math.min(bestTotal, total);
    }
    console.log(`whole layer: ${fmt((tokens / bestTotal) * 1000)} tokens/s (${fmt(tokens)} tokens, best of ${ROUNDS})`);
    for (const [name, ms] of stageMs) console.log(`  ${name.padEnd(12)} ${ms.toFixed(0).padStart(6)} ms  ${fmt((tokens / ms) * 1000).padStart(10)} tokens/s`);
  }
}

await main();
