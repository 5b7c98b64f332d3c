/** Locates the tagger's data files (model, clusters) in the source tree, also from a dist/ build. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Path of `data/<name>` beside this module; a tsc build in dist/ does not copy data files, so
 * from there the source tree's copy is used.
 */
export function dataPath(name: string): string {
  const here = fileURLToPath(new URL(`./data/${name}`, import.meta.url));
  if (existsSync(here)) return here;
  const fromDist = fileURLToPath(new URL(`../../../src/nlp/entities/data/${name}`, import.meta.url));
  if (existsSync(fromDist)) return fromDist;
  throw new Error(`entity tagger data file not found: ${here} (build it with scripts/train-ner.ts / scripts/build-ner-clusters.ts)`);
}
