/**
 * Speech acts that govern an action: "demanded that Hamas renounce violence", "urged Israel to
 * withdraw", "threatened to attack", "its demand that Israel ease the blockade". PLOVER codes the
 * speech act (REQUEST, THREATEN) with the speaker as actor; the governed action did not happen, it
 * was demanded or threatened, so it is never `occurred`, and it never stands in for the speech act
 * when the speaker is unknown (that would report as fact what was only asked for).
 *
 * @module
 */
import type { EventStatus } from '../../core/index.js';
import words from './coder-words.json' with { type: 'json' };
import type { ClauseTrigger } from './governed-recipients.js';
import type { Word } from './words.js';

const SPEECH_TYPES = new Set(words.speechActTypes);
const BARRIERS = new Set(words.barriers);

/** Whether a trigger is a speech act that can govern an action (a demand, appeal or threat). */
export function isSpeechAct(c: ClauseTrigger): boolean {
  return SPEECH_TYPES.has(c.hit.entry.type);
}

/**
 * For each trigger of the sentence (same order, `undefined` kept), the speech act that governs it:
 * the nearest earlier trigger, a demand, appeal or threat, with the trigger in its complement
 * ("that …", "to …", "for X to …": no barrier other than "that" and no comma between them); the
 * governed trigger is a verb, not a gerund.
 */
export function speechActGovernors(ws: readonly Word[], clause: readonly (ClauseTrigger | undefined)[]): (ClauseTrigger | undefined)[] {
  return clause.map((c, n) => {
    // Only a finite or infinitive verb is the governed action: a noun or gerund in the object may name what
    // goes on ("called for an end to fighting").
    const w = c ? ws[c.hit.i]! : undefined;
    if (!c || !w || c.role === 'main' || c.role === 'subordinate' || w.pos !== 'VERB' || w.lower.endsWith('ing')) return undefined;
    for (let k = n - 1; k >= 0; k--) {
      const t = clause[k];
      if (!t) continue;
      if (!isSpeechAct(t) || t.hit.last >= c.hit.i) return undefined;
      const between = ws.slice(t.hit.last + 1, c.hit.i);
      if (between.some((w) => w.lower === ',' || (BARRIERS.has(w.lower) && w.lower !== 'that'))) return undefined;
      return t;
    }
    return undefined;
  });
}

/**
 * The status of an action governed by a speech act: never `occurred` (nor `claimed`, which reports
 * it as having happened); a threatened action is the speaker's intent, a demanded one hypothetical.
 */
export function governedStatus(status: EventStatus, governor: ClauseTrigger): EventStatus {
  if (status !== 'occurred' && status !== 'claimed') return status;
  return governor.hit.entry.type === 'THREATEN' ? 'intended' : 'hypothetical';
}
