/**
 * Learns how each word is usually written from UNLABELLED text (the GMB training sentences, never
 * the held-out ones, and the ScrapingHub page text): the share of its occurrences inside a
 * sentence (not first) that start with a capital, bucketed. A capital at the start of a sentence
 * or in an ALL-CAPS headline says nothing by itself; "usually capitalised" (Kerry, Aleppo) versus
 * "usually lowercase" (rebels, said) does.
 *
 * With `--news 1`, the other unlabelled news text of ner-data.ts `loadUnlabelledNews` is added (not
 * in the committed table: tried with the news-text clusters in session 3, no gain).
 *
 * Usage: nice npx tsx scripts/build-ner-case.ts [--news 0|1] [--out file] → src/nlp/entities/data/word-case.json
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAllCaps } from '../src/nlp/entities/features.js';
import { wordKey } from '../src/nlp/entities/normalize.js';
import { simpleTokenize } from '../src/nlp/entities/simple-tokenize.js';
import type { WordCaseFile } from '../src/nlp/entities/word-case.js';
import { CASE_BUCKETS } from '../src/nlp/entities/word-case.js';
import { loadGmbSplit, loadPageTexts, loadUnlabelledNews } from './ner-data.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedData = resolve(process.env.SITREP_SHARED_DATA ?? join(root, '..', 'shared', 'data'));
const MIN_COUNT = 3;

function main(): void {
  const sentences: string[][] = loadGmbSplit(sharedData).train.map((s) => s.tokens.map((t) => t.text));
  const newsArg = process.argv.indexOf('--news');
  const news = newsArg >= 0 && process.argv[newsArg + 1] === '1';
  const pages = loadPageTexts(sharedData).flatMap((p) => p.split(/\n+/));
  for (const line of news ? [...pages, ...loadUnlabelledNews(sharedData)] : pages) {
    const toks = simpleTokenize(line).map((t) => t.text);
    if (toks.length >= 4) sentences.push(toks);
  }
  const seen = new Map<string, [number, number]>();
  for (const s of sentences) {
    if (isAllCaps(s.map((text) => ({ text })))) continue;
    for (let i = 1; i < s.length; i++) {
      const text = s[i] as string;
      const first = text.codePointAt(0) ?? 0;
      const upper = String.fromCodePoint(first);
      const isLetter = upper.toLowerCase() !== upper.toUpperCase();
      if (!isLetter) continue;
      const key = wordKey(text);
      const c = seen.get(key) ?? [0, 0];
      c[0]++;
      if (upper === upper.toUpperCase()) c[1]++;
      seen.set(key, c);
    }
  }
  const words: string[] = [];
  const buckets: number[] = [];
  for (const [w, [n, cap]] of [...seen.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n < MIN_COUNT) continue;
    const share = cap / n;
    words.push(w);
    buckets.push(CASE_BUCKETS.findIndex((limit) => share <= limit));
  }
  const file: WordCaseFile = { buckets: [...CASE_BUCKETS], words, ids: buckets };
  const outArg = process.argv.indexOf('--out');
  writeFileSync(outArg >= 0 ? resolve(process.argv[outArg + 1] ?? '') : join(root, 'src/nlp/entities/data/word-case.json'), JSON.stringify(file));
  console.log(`build-ner-case: ${words.length} words from ${sentences.length} sentences`);
}

main();
