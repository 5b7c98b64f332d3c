/**
 * Scores a model file with the `ner` suite's sets (eval/ner.ts: GMB held-out, the news fixture,
 * the example page) without writing docs/EVALUATION.md: for comparing a candidate model from
 * `train-ner.ts --out` with the committed one.
 *
 * Usage: nice npx tsx scripts/ner-score-model.ts [model.json.gz] [--markdown]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreTagger } from '../eval/ner.js';
import { deserialiseModel } from '../src/nlp/entities/model-io.js';
import { MODEL_FILE, createTagger } from '../src/nlp/entities/tagger.js';
import { dataPath } from '../src/nlp/entities/data-path.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = resolve(process.env.SITREP_SHARED_DATA ?? join(root, '..', 'shared', 'data'));
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? dataPath(MODEL_FILE);
const result = scoreTagger(createTagger(deserialiseModel(readFileSync(file)).model), sharedData);
console.log(JSON.stringify(result.metrics));
if (args.includes('--markdown')) console.log(result.markdown);
