/**
 * PLOVER's type shifts: a cooperative action reported as future, promised or intended is the
 * single type it amounts to (AGREE; RETREAT → CONCEDE), a coercive one THREATEN, and a
 * cooperative action refused or announced as not going to happen REJECT (manual: AGREE,
 * CONCEDE, THREATEN "special cases"; rules in `lexicon/data/plover.json`). An expressed intent
 * to yield ("willing to withdraw", "prepared to lift the ban") is AGREE, and an announced
 * withdrawal or refusal with a condition after it ("will withdraw its force unless …") THREATEN;
 * forces getting ready to attack ("the army prepared to resume shelling") MOBILIZE.
 *
 * @module
 */
import type { EventStatus } from '../../core/index.js';
import { cameoInfo, cueKindsIn, futureShift } from '../lexicon/index.js';
import type { ClauseRole } from './clauses.js';

/** "is prepared to", "are not prepared to": willingness, not preparation. */
const WILLING = /\b(is|are|was|were|be|been|being|am|'s|'re)\s+(\w+\s+)?prepared to\b/i;

/** "agreed to withdraw", "will agree to remove": the trigger is what an agreement's verb right before it agreed to. */
const AGREED_TO = /\bagree(?:d|s|ing)?\s+to\s+(?:\w+\s+)?\S+$/i;

/** Refusal cues that, with a negation, make the negated action a refusal rather than a denial of fact. */
const REFUSAL = /\b(will|would|shall|wo|could|can|refus\w*|declin\w*|fail\w*|vow\w*|says?|said)\b/i;

/**
 * The shifted type, CAMEO code and Goldstein value, or undefined when the event keeps its type.
 * `rest` is the sentence after the trigger (where an ultimatum's condition stands).
 */
export function shiftType(type: string, status: EventStatus, before: string, role: ClauseRole, rest = ''): { type: string; cameo: string; goldstein: number } | undefined {
  let rule: { type: string; cameo: string } | undefined;
  const announced = status === 'planned' || status === 'intended' || status === 'hypothetical';
  // Forces getting ready to attack show force (MOBILIZE); "is prepared to attack" is a stated willingness.
  if ((status === 'planned' || status === 'intended') && cueKindsIn(before).includes('preparation') && !WILLING.test(before)) rule = futureShift(type, 'preparation');
  if (!rule && announced && cueKindsIn(rest).includes('conditional')) rule = futureShift(type, 'conditional');
  if (!rule && status === 'intended') rule = futureShift(type, 'intended');
  // What was agreed to is the agreement (PLOVER AGREE), however the agreement itself is told ("whether Trump will
  // agree to remove existing tariffs"); only for actions whose intent is an AGREE (not "agreed to attack").
  if (!rule && status !== 'negated' && AGREED_TO.test(before) && futureShift(type, 'intended')?.type === 'AGREE') rule = futureShift(type, 'intended');
  if (!rule && announced) rule = futureShift(type, 'future');
  else if (!rule && status === 'negated' && (REFUSAL.test(before) || role === 'complement' || role === 'governed' || cueKindsIn(before).includes('future'))) rule = futureShift(type, 'refused');
  if (!rule) return undefined;
  return { ...rule, goldstein: cameoInfo(rule.cameo)?.goldstein ?? 0 };
}
