/**
 * Time adjuncts ("on Thursday", "today", "late on Friday"): words the argument finder and the clause
 * reader step over.
 *
 * @module
 */
import words from './coder-words.json' with { type: 'json' };
import type { Word } from './words.js';

const TEMPORAL = new Set(words.temporal);
const TEMPORAL_PREPS = new Set(words.temporalPreps);

/** True when word `j` belongs to a time adjunct ("on Thursday", "today", "late on Friday"). */
export function isTemporal(ws: readonly Word[], j: number): boolean {
  const w = ws[j]!;
  if (TEMPORAL.has(w.lower)) return true;
  if (w.pos === 'NUM' && (TEMPORAL.has(ws[j - 1]?.lower ?? '') || TEMPORAL.has(ws[j + 1]?.lower ?? ''))) return true;
  return TEMPORAL_PREPS.has(w.lower) && TEMPORAL.has(ws[j + 1]?.lower ?? '');
}
