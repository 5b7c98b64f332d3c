/**
 * Event status from cue words around the trigger: negated ("did not attack"), hypothetical
 * ("could", "would have to"), planned ("to be held on 22 January", a date after the article),
 * intended ("willing to allow"), claimed (inside a quote or reported speech with a named source),
 * else occurred. The strongest modality wins, in that order.
 *
 * @module
 */
import type { EventStatus } from '../../core/index.js';
import { cueKindsIn } from '../lexicon/index.js';
import type { CueKind } from '../lexicon/index.js';

/** Cue kinds to status, strongest first (claimed is decided by the caller from quotes). */
const ORDER: readonly [CueKind, EventStatus][] = [
  ['negation', 'negated'],
  ['hypothetical', 'hypothetical'],
  ['future', 'planned'],
  ['intended', 'intended'],
];

/**
 * Status of an event. `before` is the text from the clause start to the trigger (inclusive),
 * `after` the few words after an event noun ("conference to be held"); `claimed` when a named
 * source reports it; `future` when the event's date lies after the article date.
 */
export function eventStatus(before: string, after: string, claimed: boolean, future: boolean): EventStatus {
  const kinds = new Set([...cueKindsIn(before), ...cueKindsIn(after).filter((k) => k === 'future')]);
  for (const [kind, status] of ORDER) {
    if (kinds.has(kind)) return status;
    if (kind === 'future' && future) return 'planned';
  }
  return claimed ? 'claimed' : 'occurred';
}
