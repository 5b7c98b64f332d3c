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
import type { WordShape } from './fast-scorer.js';
import { loadGazetteer } from './gazetteer.js';
import { loadWordCase } from './word-case.js';
import { loadNameLists } from './name-lists.js';
import { forbidLowercaseInside } from './name-inside.js';
import { caselessFromCounts } from './features.js';
import { deserialiseModel } from './model-io.js';
import { recaseHeadline } from './recase.js';
import type { LinearModel } from './perceptron.js';
import { tagsToSpans } from './tags.js';
import { viterbi } from './viterbi.js';
import type { DocContext, TaggedSpan, Tagger, TaggerToken } from './types.js';

/** File name of the committed model, in data/ beside this module. */
export const MODEL_FILE = 'ner-model.json.gz';

/** Decoding options of `createTagger`. */
export interface TaggerOptions {
  /** Apply the name-shape constraint of name-inside.ts (default true). */
  nameShape?: boolean;
  /**
   * Tag Title Case / ALL CAPS headlines in running-text casing (recase.ts) instead of with the
   * case-blind features (default false: on GMB dev sentences rendered as headlines it scored
   * 87.2 → 82.9 micro F1, as the words recasing leaves capitalised — "Court", "Army", "Foreign" —
   * read as names to a model trained on running text).
   */
  recase?: boolean;
}

/** Builds a tagger from an in-memory model (training, tests). */
export function createTagger(model: LinearModel, resources: FeatureResources = defaultResources(), options: TaggerOptions = {}): Tagger {
  const scorer = createEmissionScorer(model, resources);
  const constrain = options.nameShape !== false;
  const recase = options.recase === true;
  return {
    tag(input: readonly TaggerToken[], context?: DocContext): TaggedSpan[] {
      if (input.length === 0) return [];
      // With `recase`, a Title Case / ALL CAPS headline is tagged in running-text casing (recase.ts).
      const recased = recase ? recaseHeadline(input.map((t) => t.text)) : undefined;
      const sentence = recased ? input.map((t, i) => ({ ...t, text: recased[i] ?? t.text })) : input;
      // Each word's name-shape class and case votes come from the scorer's cached word entries.
      const shapes: WordShape[] = [];
      const emissions = scorer.emissions(sentence, constrain ? shapes : undefined);
      if (constrain) {
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
