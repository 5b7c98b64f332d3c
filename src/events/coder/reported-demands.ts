/**
 * Reported obligations as demands: "Russia said on Tuesday that Sudan must return the helicopter",
 * "the Forum concluded that the US must allocate …" — the speaker demands the action of the
 * clause's subject (PLOVER REQUEST/DEMAND: "demand, order or insist that the recipient act").
 * Each match becomes a REQUEST trigger on the reporting verb; the argument finder then takes the
 * speaker as actor and the clause's subject (after "that") as recipient.
 *
 * @module
 */
import { lookupTrigger } from '../lexicon/index.js';
import type { TriggerEntry } from '../lexicon/index.js';
import words from './coder-words.json' with { type: 'json' };
import { isTemporal } from './arguments.js';
import type { SentenceView } from './arguments.js';
import type { TriggerHit } from './find-triggers.js';

const REPORTING = new Set(words.reportingVerbs);
const COMPLEMENTIZERS = new Set(words.complementizers);
const OBLIGATIONS = words.obligations.map((o) => o.split(' '));

let demand: TriggerEntry | undefined;

/** The lexicon's generic demand reading (CAMEO 100). */
function demandEntry(): TriggerEntry | undefined {
  demand ??= lookupTrigger('demand').find((e) => e.type === 'REQUEST' && e.objects === undefined);
  return demand;
}

/** REQUEST triggers for "X said (that) Y must …" in one sentence (reporting verbs not already triggers). */
export function reportedDemands(v: SentenceView, taken: ReadonlySet<number>): TriggerHit[] {
  const entry = demandEntry();
  if (!entry) return [];
  const out: TriggerHit[] = [];
  const ws = v.ws;
  for (let r = 0; r < ws.length; r++) {
    if (taken.has(r) || ws[r]!.pos !== 'VERB' || !REPORTING.has(ws[r]!.lower)) continue;
    let j = r + 1;
    while (j < ws.length && (ws[j]!.pos === 'ADV' || isTemporal(ws, j) || COMPLEMENTIZERS.has(ws[j]!.lower))) j++;
    const k = v.actorAt[j];
    if (k === undefined) continue;
    const g = v.actors[k]!.mention.group;
    j = (g === undefined ? v.actors[k]!.last : Math.max(...v.actors.filter((x) => x.mention.group === g).map((x) => x.last))) + 1;
    while (j < ws.length && ws[j]!.pos === 'ADV') j++;
    const at = j;
    if (OBLIGATIONS.some((o) => o.every((w, n) => ws[at + n]?.lower === w))) out.push({ i: r, last: r, entry });
  }
  return out;
}
