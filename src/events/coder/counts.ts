/**
 * Counts of an event: `dead`, `injured` and `size` from the quantities layer, with the
 * quantity's qualifier ("as many as 100" is an upper bound).
 *
 * @module
 */
import type { EventCount, Quantity } from '../../core/index.js';
import cues from './count-words.json' with { type: 'json' };
import type { Word } from './words.js';

const DEAD = new Set(cues.dead);
const INJURED = new Set(cues.injured);
const SIZE_NOUNS = new Set(cues.sizeNouns);
const SIZE_TYPES = new Set(cues.sizeTypes);
const CASUALTY_TYPES = new Set(cues.casualtyTypes);
const CORPSES = new Set(cues.corpseNouns);

function toCount(q: Quantity): EventCount {
  const c: EventCount = { value: q.value, qualifier: q.qualifier, text: q.text, start: q.start, end: q.end };
  if (q.max !== undefined) c.max = q.max;
  return c;
}

/** Word index nearest to `at` whose lower case is in `set`, within the window. */
function nearWord(ws: readonly Word[], at: number, set: ReadonlySet<string>): number | undefined {
  let best: number | undefined;
  for (let i = Math.max(0, at - cues.window); i < Math.min(ws.length, at + cues.window + 1); i++) {
    if (set.has(ws[i]!.lower) && (best === undefined || Math.abs(i - at) < Math.abs(best - at))) best = i;
  }
  return best;
}

/** Which casualty count a kill or wound trigger ("killed", "executed", "wounded") gives its victims, if any. */
export function casualtyKind(type: string, trigger: string): 'dead' | 'injured' | undefined {
  if (!CASUALTY_TYPES.has(type)) return undefined;
  const t = trigger.toLowerCase();
  return DEAD.has(t) ? 'dead' : INJURED.has(t) ? 'injured' : undefined;
}

/** Whether a count quantity counts the victim phrase `victim` (its noun lies inside: "as many as 100 opponents taken prisoner"). */
export function countsVictim(q: Quantity, victim: { start: number; end: number }): boolean {
  const n = q.noun;
  return q.kind === 'count' && n !== undefined && victim.start <= n.start && n.end <= victim.end;
}

/**
 * The counts of an event of `type` in a sentence with these words and count quantities. `victims`
 * are quantities that count the event's own victims; with a kill or wound trigger (`victimKind`) they
 * are its dead or injured whatever words stand near them.
 */
export function eventCounts(type: string, ws: readonly Word[], quantities: readonly Quantity[], victims: ReadonlySet<Quantity> = new Set(), victimKind?: 'dead' | 'injured'): { dead?: EventCount; injured?: EventCount; size?: EventCount } {
  const out: { dead?: EventCount; injured?: EventCount; size?: EventCount } = {};
  for (const q of quantities) {
    if (q.kind !== 'count' || q.noun === undefined) continue;
    if (victimKind !== undefined && victims.has(q)) {
      out[victimKind] ??= toCount(q);
      continue;
    }
    const at = ws.findIndex((w) => w.end > q.start);
    if (at < 0) continue;
    const casualty = CASUALTY_TYPES.has(type);
    if (casualty && (nearWord(ws, at, DEAD) !== undefined || DEAD.has(q.noun.text.toLowerCase()))) {
      out.dead ??= toCount(q);
    } else if (casualty && nearWord(ws, at, INJURED) !== undefined) {
      out.injured ??= toCount(q);
    } else if (SIZE_TYPES.has(type) && SIZE_NOUNS.has(q.noun.text.toLowerCase())) {
      out.size ??= toCount(q);
    }
  }
  return out;
}

/** Whether a count quantity counts corpses ("About 70 bodies"). */
export function countsCorpses(q: Quantity): boolean {
  return q.kind === 'count' && q.noun !== undefined && CORPSES.has(q.noun.text.toLowerCase());
}

/**
 * The dead of a killing after a later count of its victims' bodies ("as many as 100 … have been killed.
 * About 70 bodies … were collected"): the body count where the killing had none; below an earlier upper
 * bound, a range from the bodies found to that bound (both tellings hold); else the earlier count stays.
 */
export function withBodyCount(dead: EventCount | undefined, bodies: Quantity): EventCount {
  const found = toCount(bodies);
  if (dead === undefined) return found;
  if (dead.qualifier === 'upper' && bodies.value < dead.value) return { ...found, value: bodies.value, max: dead.value, qualifier: 'range' };
  return dead;
}
