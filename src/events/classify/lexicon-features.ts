/**
 * The trigger lexicon's view of a sentence, as classifier features: for every verb and noun, the
 * PLOVER types of its free (context-less) lexicon readings. Trained with them, the classifier learns
 * when the lexicon's reading of a word is the story's type and when the rest of the sentence
 * overrules it ("strike" among "workers … pay", "attack" among "criticised … remarks").
 *
 * @module
 */
import { hasTriggerReadings, lookupTrigger } from '../lexicon/index.js';
import type { FeatureWord } from './features.js';

/** Feature strings of the lexicon's readings: `l:TYPE` for any word, `lv:TYPE` for a verb's. */
export function lexiconFeatureStrings(ws: readonly FeatureWord[]): string[] {
  const out = new Set<string>();
  for (const w of ws) {
    if ((w.pos !== 'VERB' && w.pos !== 'NOUN') || !hasTriggerReadings(w.lower)) continue;
    for (const e of lookupTrigger(w.lower)) {
      if (e.pos !== 'any' && (e.pos === 'verb') !== (w.pos === 'VERB')) continue;
      out.add(`l:${e.type}`);
      if (w.pos === 'VERB') out.add(`lv:${e.type}`);
    }
  }
  return [...out];
}
