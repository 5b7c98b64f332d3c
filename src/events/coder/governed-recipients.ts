/**
 * Recipients a trigger takes from its clause when it names none itself: the recipient of the action
 * it governs ("threatened to break relations with Russia", "offered to hand over to Great Britain",
 * "refused to recognise Kosovo": the threat, offer or refusal is directed at whom the action would
 * be), and, for threats and demands, the subject of the condition ("threatened to launch an offensive
 * unless Baghdad accepted": the threat is aimed at Baghdad).
 *
 * @module
 */
import words from './coder-words.json' with { type: 'json' };
import type { Arg, EventArgs, SentenceView } from './arguments.js';
import type { ClauseRole } from './clauses.js';
import type { TriggerHit } from './find-triggers.js';

const CONDITIONS = new Set(words.conditions);
const CONDITION_TYPES = new Set(words.conditionRecipientTypes);
const BARRIERS = new Set(words.barriers);

/** One trigger of the sentence with its arguments and clause role. */
export interface ClauseTrigger {
  hit: TriggerHit;
  args: EventArgs;
  role: ClauseRole;
}

function coded(a: Arg): boolean {
  return a.actor.country !== undefined || a.actor.sector !== undefined;
}

function same(a: Arg, b: Arg): boolean {
  return a.actor.name === b.actor.name && a.actor.country === b.actor.country;
}

/** The actor right after a condition word ("unless Baghdad accepted", "if the United States goes ahead"). */
function conditionSubject(v: SentenceView, from: number): Arg[] | undefined {
  for (let j = from; j < v.ws.length; j++) {
    const w = v.ws[j]!;
    if (w.lower === ';' || w.lower === '.') return undefined;
    if (!CONDITIONS.has(w.lower)) continue;
    let k = j + 1;
    while (v.ws[k]?.pos === 'DET') k++;
    const a = v.actorAt[k];
    if (a === undefined) return undefined;
    const m = v.actors[a]!.mention;
    const members = m.group === undefined ? [v.actors[a]!] : v.actors.filter((x) => x.mention.group === m.group);
    return members.map((x) => ({ actor: x.mention, start: x.mention.start, end: x.mention.end }));
  }
  return undefined;
}

/**
 * Fills the recipients of the sentence's triggers that have none (in place): from the nearest later
 * trigger they govern, else (threats and demands) from a condition's subject. `all` holds every
 * trigger of the sentence in order, also those that made no event of their own.
 */
export function inheritRecipients(v: SentenceView, all: readonly ClauseTrigger[]): void {
  all.forEach((t, k) => {
    const { args, hit } = t;
    if (args.symmetric || args.recipients.length > 0 || args.actors.length === 0) return;
    const own = (r: Arg) => coded(r) && !args.actors.some((a) => same(a, r));
    // The governed trigger follows in the same clause: no barrier word between them.
    for (let n = k + 1; n < all.length; n++) {
      const next = all[n]!;
      const between = v.ws.slice(hit.last + 1, next.hit.i);
      if (between.some((w) => BARRIERS.has(w.lower) && w.lower !== 'that')) break;
      // "vowed to wage war on the Canadians", "promised to open talks with X": an event noun under a non-trigger
      // verb in the "to" clause is not read as governed, but the promise is aimed at the same party.
      const viaTo = (next.role === 'complement' || (next.role === 'main' && next.hit.entry.pos === 'noun')) && between.some((w) => w.lower === 'to');
      if (next.role !== 'governed' && !viaTo) continue;
      const taken = next.args.recipients.filter(own);
      if (taken.length > 0) {
        args.recipients.push(...taken);
        return;
      }
      break;
    }
    if (!CONDITION_TYPES.has(hit.entry.type)) return;
    const cond = conditionSubject(v, hit.last + 1)?.filter(own);
    if (cond && cond.length > 0) args.recipients.push(...cond);
  });
}
