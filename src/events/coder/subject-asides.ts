/**
 * Asides a subject search steps back over: a parenthetical between commas, an aside or apposition between
 * dashes, a partner phrase between a subject and its verb ("Washington along with its allies demanded").
 *
 * @module
 */
import { ownerOf } from './actor-phrases.js';
import type { SentenceView } from './actor-phrases.js';
import words from './coder-words.json' with { type: 'json' };

const RELATIVES = new Set(words.relatives);
/** Dashes that open and close an aside ("X - which … - called"). */
export const DASHES = new Set(['-', '--', '\u2013', '\u2014']);
const COMPANIONS = words.companions;

/**
 * Skips back over a parenthetical between commas ("Pakistan, a key U.S. ally in the war,
 * has refused"; "Hamas, which advocates …, ran"): the word before the opening comma, or -1.
 */
export function beforeParenthetical(v: SentenceView, comma: number): number {
  for (let k = comma - 1; k >= Math.max(1, comma - 20); k--) {
    const w = v.ws[k]!;
    if (w.lower === ';' || w.lower === ':' || w.lower === '"' || w.lower === '\u201c' || w.lower === '\u201d') return -1;
    if (w.lower !== ',') continue;
    const first = v.ws[k + 1]!;
    const inner = v.ws.slice(k + 1, comma);
    // An apposition ("a key ally") or a relative clause ("which advocates …"); not a clause of its own.
    const relative = RELATIVES.has(first.lower);
    // "Recent US Predator attacks, occurring about once every three days, have killed": a participle opens
    // a reduced relative, no clause of its own.
    const participle = first.pos === 'VERB' && /(ing|ed|en)$/.test(first.lower) && !inner.some((x) => x.pos === 'AUX');
    // "Brazil's foreign minister, in remarks published on Monday, urged": a prepositional adjunct whose verbs
    // are participles only.
    const adjunct = first.pos === 'ADP' && !inner.some((x) => x.pos === 'AUX' || (x.pos === 'VERB' && !/(ing|ed|en)$/.test(x.lower)));
    if (!relative && !participle && !adjunct && inner.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return -1;
    // The word before the comma: an actor, or a noun whose owner is one ("US … attacks").
    if (v.actorAt[k - 1] !== undefined || (v.ws[k - 1]!.pos === 'NOUN' && ownerOf(v, k - 1) !== undefined)) return k - 1;
    return -1;
  }
  return -1;
}

/**
 * The opening dash of an aside or apposition closed by the dash at `close` ("The Palestinian Authority - which
 * considers … - called"), or -1: within 30 words, with no clause punctuation or quote mark between.
 */
export function openingDash(v: SentenceView, close: number): number {
  for (let k = close - 1; k >= Math.max(1, close - 30); k--) {
    const x = v.ws[k]!;
    if (DASHES.has(x.lower) && x.pos === 'PUNCT') return k;
    if (x.lower === ';' || x.lower === ':' || x.lower === '"' || x.lower === '\u201c' || x.lower === '\u201d') return -1;
  }
  return -1;
}

/**
 * The first word of a partner phrase between a subject and its verb ("Washington along with its allies
 * demanded", "Iran together with Russia backs"), or -1: the subject lies before it. Only noun-phrase words
 * may stand between the phrase and the verb.
 */
export function companionStart(v: SentenceView, i: number): number {
  for (let j = i - 1; j >= Math.max(1, i - 10); j--) {
    const w = v.ws[j]!;
    const c = COMPANIONS.find((p) => p.every((x, n) => v.ws[j + n]?.lower === x));
    if (c) return j;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.pos === 'PUNCT' || w.pos === 'SCONJ' || w.pos === 'CCONJ') return -1;
  }
  return -1;
}
