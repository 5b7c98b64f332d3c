/**
 * Distributional word clusters learned from unlabelled news text by scripts/build-ner-clusters.ts.
 * Each lowercased word has a fine cluster; fine clusters group into coarse ones, like the prefixes
 * of a Brown-cluster bit string. Unknown words have no cluster feature.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from './data-path.js';

/** The cluster table in use. */
export interface WordClusters {
  fine: ReadonlyMap<string, number>;
  /** coarse[fineId] = coarse cluster id. */
  coarse: readonly number[];
  /** A finer, separately learned granularity (absent in older tables: no such feature then). */
  extra?: ReadonlyMap<string, number>;
}

/** On-disk form (data/word-clusters.json). */
export interface WordClustersFile {
  fineCount: number;
  coarse: number[];
  /** words[i] belongs to fine cluster ids[i]. */
  words: string[];
  ids: number[];
  /** Number of clusters of the extra granularity, and each word's id in it (same order as words). */
  extraCount?: number;
  extraIds?: number[];
}

/** Builds the lookup form from the file form. */
export function clustersFromFile(file: WordClustersFile): WordClusters {
  const fine = new Map<string, number>();
  file.words.forEach((w, i) => fine.set(w, file.ids[i] ?? 0));
  const extraIds = file.extraIds;
  if (!extraIds) return { fine, coarse: file.coarse };
  const extra = new Map<string, number>();
  file.words.forEach((w, i) => extra.set(w, extraIds[i] ?? 0));
  return { fine, coarse: file.coarse, extra };
}

let cached: WordClusters | undefined;

/** Loads (once) the committed cluster table (data/word-clusters.json). */
export function loadClusters(): WordClusters {
  cached ??= clustersFromFile(JSON.parse(readFileSync(dataPath('word-clusters.json'), 'utf8')) as WordClustersFile);
  return cached;
}
