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
const WISHES = new Set(words.wishVerbs);
const ALLEGATIONS = new Set(words.allegationVerbs);
/** Words of a prepositional phrase after the clause's subject. */
const PP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

let demand: TriggerEntry | undefined;
let appeal: TriggerEntry | undefined;
let accuse: TriggerEntry | undefined;

/** The lexicon's generic accusation reading (CAMEO 112). */
function accuseEntry(): TriggerEntry | undefined {
  accuse ??= lookupTrigger('accuse').find((e) => e.type === 'ACCUSE' && e.objects === undefined);
  return accuse;
}

/** The lexicon's generic demand reading (CAMEO 100). */
function demandEntry(): TriggerEntry | undefined {
  demand ??= lookupTrigger('demand').find((e) => e.type === 'REQUEST' && e.objects === undefined);
  return demand;
}

/** The lexicon's generic appeal reading (CAMEO 020, "urged Y to"). */
function appealEntry(): TriggerEntry | undefined {
  appeal ??= lookupTrigger('urge').find((e) => e.type === 'REQUEST' && e.objects === undefined);
  return appeal;
}

/** The word after the actor phrase that starts at word `j` (its whole coordination), or -1 when none starts there. */
function afterActor(v: SentenceView, j: number): number {
  const k = v.actorAt[j];
  if (k === undefined) return -1;
  const g = v.actors[k]!.mention.group;
  return (g === undefined ? v.actors[k]!.last : Math.max(...v.actors.filter((x) => x.mention.group === g).map((x) => x.last))) + 1;
}

/**
 * REQUEST triggers for "X wants Y to V" (wish verbs not already triggers): X appeals to Y to act
 * (PLOVER REQUEST, CAMEO 02 "appeal"); the argument finder takes X as actor and Y, the object, as recipient.
 */
export function reportedWishes(v: SentenceView, taken: ReadonlySet<number>): TriggerHit[] {
  const entry = appealEntry();
  if (!entry) return [];
  const out: TriggerHit[] = [];
  for (let r = 0; r < v.ws.length; r++) {
    if (taken.has(r) || v.ws[r]!.pos !== 'VERB' || !WISHES.has(v.ws[r]!.lower)) continue;
    const j = afterActor(v, r + 1);
    if (j > 0 && v.ws[j]?.lower === 'to' && v.ws[j + 1]?.pos === 'VERB') out.push({ i: r, last: r, entry });
  }
  return out;
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
    j = afterActor(v, j);
    if (j < 0) continue;
    // "the rebels in Darfur must …": a prepositional phrase after the clause's subject.
    if (ws[j]?.pos === 'ADP') {
      let e = j + 1;
      while (e < Math.min(ws.length, j + 7) && PP_POS.has(ws[e]!.pos)) e++;
      if (e > j + 1) j = e;
    }
    while (j < ws.length && ws[j]!.pos === 'ADV') j++;
    const at = j;
    if (OBLIGATIONS.some((o) => o.every((w, n) => ws[at + n]?.lower === w))) out.push({ i: r, last: r, entry });
  }
  return out;
}

/**
 * ACCUSE triggers for "X said/claimed (that) Y attacked Z" (allegation verbs not already triggers):
 * a named source alleging that another named party attacked is an accusation of that party (CAMEO
 * 112, "allegations … do not in any way imply that the alleged events have taken place"; the
 * PETRARCH2 validation codes "The US claimed that ISIL had attacked Iraq" USA→ISIL 112). The attack
 * stays an event of its own, told by the source. A source reporting its own attack ("Militants said
 * they attempted to assassinate …", a pronoun subject) is no accusation: PLOVER codes the attack.
 */
export function reportedAttacks(v: SentenceView, taken: ReadonlySet<number>, lexical: readonly TriggerHit[]): TriggerHit[] {
  const entry = accuseEntry();
  if (!entry) return [];
  const attacks = new Set(lexical.filter((h) => h.entry.type === 'ASSAULT').map((h) => h.i));
  if (attacks.size === 0) return [];
  const out: TriggerHit[] = [];
  const ws = v.ws;
  for (let r = 1; r < ws.length; r++) {
    if (taken.has(r) || ws[r]!.pos !== 'VERB' || !ALLEGATIONS.has(ws[r]!.lower)) continue;
    // The source: an actor phrase right before the verb (over adverbs and time words).
    let s = r - 1;
    while (s > 0 && (ws[s]!.pos === 'ADV' || isTemporal(ws, s))) s--;
    const source = v.actorAt[s];
    let j = r + 1;
    while (j < ws.length && (ws[j]!.pos === 'ADV' || isTemporal(ws, j) || COMPLEMENTIZERS.has(ws[j]!.lower))) j++;
    const accused = v.actorAt[j];
    if (source === undefined || accused === undefined) continue;
    const a = v.actors[source]!.mention;
    const b = v.actors[accused]!.mention;
    if (a.by === 'pronoun' || b.by === 'pronoun' || b.country === undefined || (a.country === b.country && a.sector === b.sector)) continue;
    let k = afterActor(v, j);
    while (k < ws.length && (ws[k]!.pos === 'AUX' || ws[k]!.pos === 'ADV')) k++;
    if (attacks.has(k)) out.push({ i: r, last: r, entry });
  }
  return out;
}
