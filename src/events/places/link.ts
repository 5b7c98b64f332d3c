/**
 * The event-place linker: of the places a sentence mentions, the ones its event happened at.
 *
 * Each mention is scored by a logistic-regression model over (trigger, mention) features
 * (link-features.ts: governing preposition, side and distance, clause boundaries, object/actor/
 * origin/container roles, dateline, list membership, gazetteer precision, context words). The
 * weights live in link-model.json, trained on the development split of the event-location corpus
 * by scripts/train-place-linker.ts. The best mention above the model's threshold wins; further
 * mentions above a second threshold that are coordinated with it ("in Homs and Hama") join it.
 * Some mentions are ruled out before scoring (link-features.ts): origins, actor modifiers, a
 * country that is a party to some event of the sentence (a clause subject, "with/by/for/against
 * X") or the target of this one ("accused China", "aid to Ukraine": `eventTargets` lists those),
 * and a place attached to another event noun across a clause boundary ("… that the war in Syria").
 *
 * @module
 */
import model from './link-model.json' with { type: 'json' };
import { candidateFeatures } from './link-features.js';
import type { EventPlaceLink, PlaceMention, PlaceRelation } from './types.js';

const WEIGHTS = new Map(Object.entries(model.weights as Record<string, number>));

/** The probability, per place, that the event triggered at `trigger` happened there (0 for the trigger's own words). */
export function scorePlaces(sentence: string, trigger: { start: number; end: number }, places: readonly PlaceMention[]): number[] {
  return candidateFeatures(sentence, trigger, places).map((c) => (c.overlapsTrigger || c.ruledOut ? 0 : probability(c.features)));
}

/** The logistic model's probability for one feature set. */
export function probability(features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += WEIGHTS.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Links the event whose trigger spans `trigger` (character offsets in `sentence`) to one of
 * `places`, or `undefined` when none is where it happened. Places coordinated with the chosen one
 * that the model also accepts come back in `also`.
 */
export function linkEventPlace(sentence: string, trigger: { start: number; end: number }, places: readonly PlaceMention[]): EventPlaceLink | undefined {
  if (places.length === 0) return undefined;
  const cands = candidateFeatures(sentence, trigger, places);
  const probs = cands.map((c) => (c.overlapsTrigger || c.ruledOut ? 0 : probability(c.features)));
  const [best, ...rest] = choosePlaces(probs, cands, model);
  const place = best === undefined ? undefined : places[best];
  const chosen = best === undefined ? undefined : cands[best];
  if (!place || !chosen) return undefined;
  const link: EventPlaceLink = { place };
  const gov = chosen.governor;
  if (gov.relation && gov.relation !== 'from') link.relation = gov.relation as PlaceRelation;
  if (gov.relative) link.anchor = place;
  const also = rest.flatMap((k) => places[k] ?? []);
  if (also.length > 0) link.also = also;
  return link;
}

/** The linker's decision thresholds: for the best place, and for places coordinated with it. */
export interface LinkThresholds {
  threshold: number;
  alsoThreshold: number;
}

/**
 * Indices of the chosen places, best first: the most probable one when it clears `threshold`,
 * then the others of its coordinated list that clear `alsoThreshold`. Shared with the trainer,
 * which tunes the thresholds.
 */
export function choosePlaces(probs: readonly number[], cands: readonly { coordinatedWith?: number }[], t: LinkThresholds): number[] {
  let best = -1;
  probs.forEach((p, k) => {
    if (best < 0 || p > (probs[best] ?? 0)) best = k;
  });
  if (best < 0 || (probs[best] ?? 0) < t.threshold) return [];
  const head = (i: number) => cands[i]?.coordinatedWith ?? i;
  const out = [best];
  probs.forEach((p, k) => {
    if (k !== best && p >= t.alsoThreshold && head(k) === head(best)) out.push(k);
  });
  return out;
}

/**
 * The countries the event triggered at `trigger` is directed at rather than located in: after the
 * trigger, its object, 'to' destination or partner ("accused China", "aid to Ukraine", "agree with
 * Russia"). `linkEventPlace` never returns them; a coder that reads an unnamed recipient off the
 * event's place can read it here instead.
 */
export function eventTargets(sentence: string, trigger: { start: number; end: number }, places: readonly PlaceMention[]): PlaceMention[] {
  if (places.length === 0) return [];
  const cands = candidateFeatures(sentence, trigger, places);
  return places.filter((_, k) => cands[k]?.target === true && cands[k]?.overlapsTrigger === false);
}
