/**
 * The entity tagger: emission scores (fast-scorer.ts) → BIO Viterbi → spans. `loadTagger()`
 * reads the committed model (data/ner-model.json.gz) once and caches it.
 */
import { readFileSync } from 'node:fs';
import { loadClusters } from './clusters.js';
import type { WordClusters } from './clusters.js';
import { dataPath } from './data-path.js';
import { applyContext } from './document.js';
import type { FeatureResources } from './features.js';
import { createEmissionScorer } from './fast-scorer.js';
import { loadGazetteer } from './gazetteer.js';
import { loadWordCase } from './word-case.js';
import { loadNameLists } from './name-lists.js';
import { forbidLowercaseInside, insideClass } from './name-inside.js';
import type { InsideClass } from './name-inside.js';
import { capsVote, caselessFromCounts, titleVote } from './features.js';
import { deserialiseModel } from './model-io.js';
import type { LinearModel } from './perceptron.js';
import { tagsToSpans } from './tags.js';
import { viterbi } from './viterbi.js';
import type { DocContext, TaggedSpan, Tagger, TaggerToken } from './types.js';

/** File name of the committed model, in data/ beside this module. */
export const MODEL_FILE = 'ner-model.json.gz';

/** What the name-shape constraint needs of a word: its class and its votes for `isCaseless`. */
interface WordShape {
  inside: InsideClass;
  caps: number;
  title: number;
}

/** Decoding options of `createTagger`. */
export interface TaggerOptions {
  /** Apply the name-shape constraint of name-inside.ts (default true). */
  nameShape?: boolean;
}

/** Builds a tagger from an in-memory model (training, tests). */
export function createTagger(model: LinearModel, resources: FeatureResources = defaultResources(), options: TaggerOptions = {}): Tagger {
  const scorer = createEmissionScorer(model, resources);
  const constrain = options.nameShape !== false;
  // Each word's class and case votes once (bounded: emptied when full, like the scorer's cache).
  const words = new Map<string, WordShape>();
  const shapeOf = (text: string): WordShape => {
    let w = words.get(text);
    if (w === undefined) {
      if (words.size >= 100_000) words.clear();
      const caps = capsVote(text);
      words.set(text, (w = { inside: insideClass(text), caps: caps === undefined ? 0 : caps ? 2 : 1, title: titleVote(text) }));
    }
    return w;
  };
  return {
    tag(sentence: readonly TaggerToken[], context?: DocContext): TaggedSpan[] {
      if (sentence.length === 0) return [];
      const emissions = scorer.emissions(sentence);
      if (constrain) {
        const shapes = sentence.map((t) => shapeOf(t.text));
        let letters = 0;
        let upper = 0;
        let capitals = 0;
        let lowercase = 0;
        for (const w of shapes) {
          if (w.caps > 0) letters++;
          if (w.caps === 2) upper++;
          if (w.title === 2) capitals++;
          if (w.title === 1) lowercase++;
        }
        forbidLowercaseInside(emissions, shapes.map((w) => w.inside), caselessFromCounts(letters, upper, capitals, lowercase));
      }
      const { tags, margins } = viterbi(emissions, sentence.length, model.transitions);
      const spans = tagsToSpans(tags).map((s) => {
        let sum = 0;
        for (let i = s.start; i < s.end; i++) sum += margins[i] ?? 0;
        return { ...s, score: sum / (s.end - s.start) };
      });
      return context ? applyContext(sentence, spans, context) : spans;
    },
  };
}

/** The gazetteer and cluster table the committed model was trained with. */
export function defaultResources(clusters: WordClusters = loadClusters()): FeatureResources {
  return { gazetteer: loadGazetteer(), clusters, wordCase: loadWordCase(), names: loadNameLists() };
}

let cached: Tagger | undefined;

/** Loads the committed model once and returns the (cached) tagger. */
export function loadTagger(): Tagger {
  cached ??= createTagger(deserialiseModel(readFileSync(dataPath(MODEL_FILE))).model);
  return cached;
}
