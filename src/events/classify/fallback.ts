/**
 * A trigger for a sentence the lexicon has none for: when the sentence classifier is confident of
 * a type, the verb (else noun) whose own features weigh most for that type stands as the trigger,
 * with the type's general CAMEO code. Reporting verbs never stand ("said"), and the reading is
 * marked ambiguous so the coder's confirmation rules (coded recipient, armed or country actor) apply.
 * The coder asks for it only in an article's lead (headings before the first body sentence, and that
 * sentence): in bodies of real articles it was right about one time in nine and cost whole-article
 * precision with no recall (round 10, docs/EVENTS.md).
 *
 * @module
 */
import { cameoInfo, isPloverType } from '../lexicon/index.js';
import type { TriggerEntry } from '../lexicon/index.js';
import coderWords from '../coder/coder-words.json' with { type: 'json' };
import data from './fallback.json' with { type: 'json' };
import { stem } from './features.js';
import type { FeatureWord } from './features.js';
import { featureWeight } from './model.js';
import type { TypeScores } from './model.js';

const REPORTING = new Set(coderWords.reportingVerbs);
const CAMEO: Readonly<Record<string, string>> = data.cameo;
const POS = data.partsOfSpeech;
/** Whether a sentence with no lexicon trigger may be coded at all (fallback.json `enabled`). */
const ENABLED: boolean = data.enabled;
/** The classifier probability a fallback needs beyond the model's calibrated threshold (fallback.json `minProbability`). */
const MIN_PROBABILITY: number = data.minProbability;

/** A fallback trigger: the word index and its reading. */
export interface FallbackTrigger {
  i: number;
  entry: TriggerEntry;
}

function entryFor(type: string, word: FeatureWord): TriggerEntry | undefined {
  const cameo = CAMEO[type];
  const info = cameo === undefined ? undefined : cameoInfo(cameo);
  if (!cameo || !info || !isPloverType(type)) return undefined;
  return {
    type,
    lemma: stem(word.lower),
    pos: word.pos === 'VERB' ? 'verb' : 'noun',
    cameo,
    goldstein: info.goldstein,
    subjectRole: 'actor',
    objectRole: 'recipient',
    actorPreps: [],
    recipientPreps: [],
    coActorPreps: [],
    ambiguous: true,
    secondary: false,
    joint: false,
    note: 'classifier fallback (no lexicon trigger in the sentence)',
  };
}

/**
 * The fallback trigger of a sentence, or undefined when the classifier is not confident or no
 * word carries positive weight for its type. `blocked` are words inside actor and place phrases.
 */
export function fallbackTrigger(ws: readonly (FeatureWord & { i: number })[], blocked: ReadonlySet<number>, scores: TypeScores): FallbackTrigger | undefined {
  if (!ENABLED || !scores.confident || scores.bestProb < MIN_PROBABILITY) return undefined;
  const type = scores.best;
  for (const pos of POS) {
    let best: { i: number; w: number } | undefined;
    for (const word of ws) {
      if (word.pos !== pos || blocked.has(word.i) || REPORTING.has(word.lower)) continue;
      const t = stem(word.lower);
      const w = featureWeight(`w:${t}`, type) + (pos === 'VERB' ? featureWeight(`v:${t}`, type) : 0);
      if (w > 0 && (!best || w > best.w)) best = { i: word.i, w };
    }
    if (best) {
      const entry = entryFor(type, ws[best.i]!);
      return entry ? { i: best.i, entry } : undefined;
    }
  }
  return undefined;
}
