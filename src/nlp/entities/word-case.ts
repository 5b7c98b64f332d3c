/**
 * How each word is usually written, learned from unlabelled text by scripts/build-ner-case.ts:
 * the share of its in-sentence occurrences that start with a capital, as a bucket id. It tells
 * a name from a common word where the text's own case cannot (sentence starts, ALL-CAPS lines).
 */
import { readFileSync } from 'node:fs';
import { dataPath } from './data-path.js';

/** Upper limits of the capitalised-share buckets (bucket i holds shares ≤ CASE_BUCKETS[i]). */
export const CASE_BUCKETS: readonly number[] = [0.02, 0.2, 0.5, 0.8, 0.98, 1];

/** On-disk form (data/word-case.json). */
export interface WordCaseFile {
  buckets: number[];
  /** words[i] (lowercase key) has bucket ids[i]. */
  words: string[];
  ids: number[];
}

let cached: ReadonlyMap<string, number> | undefined;

/** Builds the lookup form (word key → bucket id) from the file form. */
export function wordCaseFromFile(file: WordCaseFile): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  file.words.forEach((w, i) => map.set(w, file.ids[i] ?? 0));
  return map;
}

/** Loads (once) the committed table: word key → bucket id. */
export function loadWordCase(): ReadonlyMap<string, number> {
  cached ??= wordCaseFromFile(JSON.parse(readFileSync(dataPath('word-case.json'), 'utf8')) as WordCaseFile);
  return cached;
}
