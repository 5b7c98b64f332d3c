/**
 * The trigger lexicon's view of a sentence, as classifier features: for every verb and noun, the
 * PLOVER types of its free (context-less) lexicon readings. Trained with them, the classifier learns
 * when the lexicon's reading of a word is the story's type and when the rest of the sentence
 * overrules it ("strike" among "workers … pay", "attack" among "criticised … remarks").
 *
 * @module
 */
import { hasTriggerReadings, lookupTrigger } from '../lexicon/index.js';
import { hashFeature } from './features.js';
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

/** Hashed ids of `l:TYPE` and `lv:TYPE` by type, for the `bits` they were hashed to. */
const TYPE_IDS = { bits: 0, l: new Map<string, number>(), lv: new Map<string, number>() };

function typeId(ids: Map<string, number>, prefix: string, type: string, bits: number): number {
  if (TYPE_IDS.bits !== bits) {
    TYPE_IDS.bits = bits;
    TYPE_IDS.l.clear();
    TYPE_IDS.lv.clear();
  }
  let id = ids.get(type);
  if (id === undefined) ids.set(type, (id = hashFeature(`${prefix}${type}`, bits)));
  return id;
}

/** Appends to `out` the hashed ids of `lexiconFeatureStrings(ws)` (repeats possible), without building the strings. */
export function pushLexiconFeatureIds(ws: readonly FeatureWord[], bits: number, out: number[]): void {
  for (const w of ws) {
    if ((w.pos !== 'VERB' && w.pos !== 'NOUN') || !hasTriggerReadings(w.lower)) continue;
    for (const e of lookupTrigger(w.lower)) {
      if (e.pos !== 'any' && (e.pos === 'verb') !== (w.pos === 'VERB')) continue;
      out.push(typeId(TYPE_IDS.l, 'l:', e.type, bits));
      if (w.pos === 'VERB') out.push(typeId(TYPE_IDS.lv, 'lv:', e.type, bits));
    }
  }
}
