/**
 * A shallow clause model over the part-of-speech tags: for each trigger, whether it heads the
 * sentence's main clause, the content of a report ("Syria says it will not accept …"), the
 * complement of another trigger ("threatened to ban", "demanded that the US cancel") or a
 * subordinate clause ("… if Hamas ran", "…, saying it was withholding"). The sentence's primary
 * event is the first trigger that no other trigger governs and that no subordinator introduces,
 * which is how a one-event-per-sentence coding (PLOVER's gold records) reads a sentence.
 *
 * @module
 */
import words from './coder-words.json' with { type: 'json' };
import { isTemporal } from './arguments.js';
import type { TriggerHit } from './find-triggers.js';
import type { Word } from './words.js';

const SUBORDINATORS = new Set(words.subordinators);
const COMPLEMENTIZERS = new Set(words.complementizers);
const REPORTING = new Set(words.reportingVerbs);
/** Relative pronouns that open a clause between commas. */
const NON_RESTRICTIVE = new Set(words.relatives.filter((r) => r !== 'that'));
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON']);

/** Where a trigger sits in its sentence. */
export type ClauseRole = 'main' | 'reported' | 'complement' | 'governed' | 'subordinate';

/** The word that governs a complement starting after word `k` (a verb, adjective or event noun), or -1. */
function governor(ws: readonly Word[], k: number): number {
  let j = k;
  while (j >= 0 && (ws[j]!.pos === 'ADV' || isTemporal(ws, j))) j--;
  if (j < 0) return -1;
  const w = ws[j]!;
  if (w.pos === 'VERB' || w.pos === 'ADJ' || w.pos === 'AUX') return j;
  // "urged the European Community to support": the verb before the object phrase;
  // "its demand today that …", "an offer to host": the noun itself.
  if (w.pos === 'NOUN') {
    let m = j - 1;
    while (m >= 0 && NP_POS.has(ws[m]!.pos)) m--;
    if (m >= 0 && ws[m]!.pos === 'VERB') return m;
    return j;
  }
  if (NP_POS.has(w.pos)) {
    let m = j - 1;
    while (m >= 0 && NP_POS.has(ws[m]!.pos)) m--;
    return m >= 0 && ws[m]!.pos === 'VERB' ? m : -1;
  }
  return -1;
}

/**
 * The clause role of each trigger (same order as `hits`); a trigger's word, particle or bound
 * object ("rejected an invitation to attend") can govern a later one.
 */
export function clauseRoles(ws: readonly Word[], hits: readonly TriggerHit[]): ClauseRole[] {
  const roles = rolesOf(ws, hits);
  // An event noun in a fronted phrase or an apposition is background, not the clause's event.
  hits.forEach((h, k) => {
    if (roles[k] === 'main' && ws[h.i]!.pos === 'NOUN' && (inFrontedPhrase(ws, h.i) || inApposition(ws, h.i))) roles[k] = 'subordinate';
  });
  return roles;
}

/** Clause words: a verb or auxiliary in a comma-delimited stretch makes it a clause, not a phrase. */
const CLAUSE_POS = new Set(['VERB', 'AUX']);

/**
 * "With the signing of the accord, the two sides agreed …", "Following the attack, …": an event noun in
 * a sentence-initial prepositional phrase closed by a comma is the backdrop of the clause that follows.
 */
function inFrontedPhrase(ws: readonly Word[], i: number): boolean {
  if (ws[0]?.pos !== 'ADP') return false;
  for (let j = 1; j < ws.length; j++) {
    const w = ws[j]!;
    if (w.lower === ',') return j > i;
    if (CLAUSE_POS.has(w.pos)) return false;
  }
  return false;
}

/**
 * "Pakistan, a key U.S. ally in the war against terrorism, has refused …": an event noun in an
 * apposition (a verbless stretch between commas, the second followed by the clause's verb) describes
 * the subject; it is not the sentence's event.
 */
function inApposition(ws: readonly Word[], i: number): boolean {
  let open = i - 1;
  while (open >= 0 && ws[open]!.lower !== ',' && !CLAUSE_POS.has(ws[open]!.pos)) open--;
  if (open <= 0 || ws[open]!.lower !== ',') return false;
  let close = i + 1;
  while (close < ws.length && ws[close]!.lower !== ',' && !CLAUSE_POS.has(ws[close]!.pos)) close++;
  if (close >= ws.length || ws[close]!.lower !== ',') return false;
  let after = close + 1;
  while (after < ws.length && ws[after]!.pos === 'ADV') after++;
  return CLAUSE_POS.has(ws[after]?.pos ?? '') && ws[open - 1]?.pos !== 'PUNCT';
}

function rolesOf(ws: readonly Word[], hits: readonly TriggerHit[]): ClauseRole[] {
  const owner = new Map<number, number>();
  hits.forEach((h, k) => {
    for (let j = h.i; j <= h.last; j++) owner.set(j, k);
    if (h.object !== undefined) owner.set(h.object, k);
  });
  return hits.map((h, self) => {
    let j = h.i - 1;
    while (j >= 0 && (ws[j]!.pos === 'ADV' || ws[j]!.pos === 'PART' && ws[j]!.lower !== 'to')) j--;
    // "agreed to share", "refused to deploy", "willing to withdraw".
    if (j >= 0 && ws[j]!.lower === 'to' && ws[j]!.pos !== 'ADP') {
      const g = governor(ws, j - 1);
      const k = owner.get(g);
      return k !== undefined && k !== self ? 'governed' : 'complement';
    }
    let comma = false;
    // The comma right before the trigger (over auxiliaries and adverbs): it may close a relative clause.
    let a = h.i - 1;
    while (a >= 0 && (ws[a]!.pos === 'AUX' || ws[a]!.pos === 'ADV')) a--;
    const closing = ws[a]?.lower === ',' ? a : -1;
    for (let m = h.i - 1; m >= 0; m--) {
      const w = ws[m]!;
      const k = owner.get(m);
      // "The United States, which accuses him of …, imposed sanctions": the verb after a non-restrictive
      // relative between commas is the clause the relative interrupts.
      if (closing >= 0 && m < closing && NON_RESTRICTIVE.has(w.lower) && ws[m - 1]?.lower === ',') {
        m--;
        continue;
      }
      if (w.lower === ',') comma = true;
      if (w.lower === ',' && ws[m + 1]?.pos === 'VERB' && m + 1 <= h.i && /ing$/.test(ws[m + 1]!.lower)) return 'subordinate';
      if (COMPLEMENTIZERS.has(w.lower)) {
        const g = governor(ws, m - 1);
        if (g < 0 || ws[g]!.pos === 'NOUN' && owner.get(g) === undefined) return 'subordinate';
        const gk = owner.get(g);
        if (gk !== undefined && gk !== self) return 'governed';
        return REPORTING.has(ws[g]!.lower) ? 'reported' : 'complement';
      }
      if (SUBORDINATORS.has(w.lower) && (w.pos === 'SCONJ' || w.pos === 'PRON' || w.pos === 'ADV' || w.pos === 'DET' || w.pos === 'ADP')) {
        // "After Israel attacked, Hamas fired": a fronted subordinate clause ends at the comma.
        return comma && m === 0 ? 'main' : 'subordinate';
      }
      if (k !== undefined && k !== self && ws[hits[k]!.i]!.pos === 'VERB' && w.pos === 'VERB' && m === hits[k]!.i) {
        // Another verb trigger earlier in the clause: a report's content only after a reporting verb.
        continue;
      }
      if (w.pos === 'VERB' && REPORTING.has(w.lower) && m < h.i - 1) return 'reported';
    }
    return 'main';
  });
}

/** Index of the sentence's primary trigger: the first main or reported one, else the first complement, else the first. */
export function primaryTrigger(roles: readonly ClauseRole[]): number {
  for (const want of [['main', 'reported'], ['complement'], ['governed', 'subordinate']]) {
    const k = roles.findIndex((r) => want.includes(r));
    if (k >= 0) return k;
  }
  return -1;
}
