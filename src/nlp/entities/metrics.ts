/** Entity-level exact-span precision / recall / F1, per type and micro-averaged. */
import { ENTITY_TYPES } from './types.js';
import type { EntityType, TaggedSpan } from './types.js';

/** Counts and scores for one type (or for all). */
export interface PrfScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores per type plus micro-average over all types. */
export type SpanScores = Record<EntityType | 'ALL', PrfScore>;

function prf(gold: number, predicted: number, correct: number): PrfScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, correct, precision, recall, f1 };
}

/**
 * Scores predicted spans against gold spans, sentence by sentence: a prediction is correct only
 * if a gold span has the same start, end and type.
 */
export function scoreSpans(gold: readonly (readonly TaggedSpan[])[], predicted: readonly (readonly TaggedSpan[])[]): SpanScores {
  const counts = new Map<EntityType | 'ALL', { g: number; p: number; c: number }>();
  for (const t of [...ENTITY_TYPES, 'ALL' as const]) counts.set(t, { g: 0, p: 0, c: 0 });
  const inc = (t: EntityType, k: 'g' | 'p' | 'c') => {
    for (const key of [t, 'ALL' as const]) {
      const v = counts.get(key);
      if (v) v[k]++;
    }
  };
  gold.forEach((g, i) => {
    const p = predicted[i] ?? [];
    const goldKeys = new Set(g.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of g) inc(s.type, 'g');
    for (const s of p) {
      inc(s.type, 'p');
      if (goldKeys.has(`${s.start}:${s.end}:${s.type}`)) inc(s.type, 'c');
    }
  });
  const out = {} as SpanScores;
  for (const [k, v] of counts) out[k] = prf(v.g, v.p, v.c);
  return out;
}
