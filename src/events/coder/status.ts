/**
 * Event status from cue words around the trigger: negated ("did not attack"), hypothetical
 * ("could", "would have to", or inside a condition: "only if it agreed"), planned ("to be held on
 * 22 January", a date after the article), intended ("willing to allow"), claimed (inside a quote
 * or reported speech with a named source, "according to X", "X accused Y of …", or hedged:
 * "reportedly", "is said to"), else occurred. The strongest modality wins, in that order.
 *
 * @module
 */
import type { EventStatus } from '../../core/index.js';
import { cueKindsIn } from '../lexicon/index.js';
import type { CueKind } from '../lexicon/index.js';
import words from './status-words.json' with { type: 'json' };
import { isTemporal } from './arguments.js';
import { coordinatedVerb } from './coordination.js';
import type { Word } from './words.js';

/** A negative quantifier opening the words after the trigger. */
const NEGATIVE_AFTER = new RegExp(`^\\s*(${words.negativeObjects.join('|')})\\b`, 'i');

/** Cue kinds to status, strongest first (claimed is decided by the caller from quotes). */
const ORDER: readonly [CueKind, EventStatus][] = [
  ['negation', 'negated'],
  ['hypothetical', 'hypothetical'],
  ['future', 'planned'],
  ['intended', 'intended'],
];

/**
 * Status of an event. `before` is the text from the clause start to the trigger (inclusive),
 * `after` the few words after an event noun ("conference to be held"); `claimed` when a source
 * reports it; `future` when the event's date lies after the article date; `conditional` when the
 * trigger stands in a condition ({@link inCondition}): set as a condition, it did not happen, and
 * "if it did not agree" is no denial of fact either.
 */
export function eventStatus(before: string, after: string, claimed: boolean, future: boolean, conditional = false): EventStatus {
  if (conditional) return 'hypothetical';
  // A negative object or complement right after the trigger ("killed no one", "the truce no longer holds").
  if (NEGATIVE_AFTER.test(after)) return 'negated';
  const kinds = new Set([...cueKindsIn(before), ...cueKindsIn(plansAfter(after)).filter((k) => k === 'future')]);
  for (const [kind, status] of ORDER) {
    if (kinds.has(kind)) return status;
    if (kind === 'future' && future) return 'planned';
  }
  return claimed ? 'claimed' : 'occurred';
}

/**
 * The words after a trigger that can plan it ("conference to be held on", "talks next week"): up to a
 * determiner or possessive, which starts its object; a future verb after that is another clause's
 * ("Lawyers who are suing his estate will find …").
 */
function plansAfter(after: string): string {
  const words = after.split(/\s+/);
  const stop = words.findIndex((w, k) => k > 0 && FUTURE_STOPS.has(w.toLowerCase()));
  return stop < 0 ? after : words.slice(0, stop).join(' ');
}

const split = (xs: readonly string[]) => xs.map((x) => x.split(' '));
const OPENERS = split(words.conditionOpeners);
const ENDS = new Set(words.conditionEnds);
const CLOSING_QUOTES = new Set(['\u201d', '"']);
const OPENING_QUOTES = new Set(['\u201c', '"']);
const HEDGES = new Set(words.hedges);
const PRENOMINAL = new Set(words.prenominalHedges);
const PASSIVE_REPORTS = split(words.passiveReports);
const BE = new Set(words.beForms);
const SOURCE_PREPS = split(words.sourcePreps);
const ACCUSATIONS = new Set(words.accusationVerbs);
const ACCUSATION_PREPS = new Set(words.accusationPreps);
const CLAIM_VERBS = new Set(words.claimVerbs);
const SCOPE_PREPS = new Set(words.scopePreps);
const POSSESSIVES = new Set(words.possessives);
const SPAN_PREPS = new Set(words.spanDatePreps);
const FUTURE_AUX = new Set(words.futureAuxiliaries);
const PAST_FORMS = new Set(words.pastForms);
const PAST_PARTICIPLES = new Set(words.pastParticiples);
const PAST_AUX = new Set(words.pastAuxiliaries);
const REQUESTS = split(words.requestVerbs);
const DENIALS = new Set(words.denials);
const FUTURE_STOPS = new Set(words.futureStops);
const IMPERSONAL = split(words.impersonalReports);
const TRAILING_REPORTS = new Set(words.trailingReportVerbs);
/** Prepositions inside a source's name ("the Syrian Observatory for Human Rights", "the Ministry of Defence"). */
const SOURCE_LINKS = new Set(['of', 'for', 'by']);
/** Parts of speech of a source's noun phrase ("Local activists", "the Syrian Observatory"). */
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** Whether the words from `at` spell `phrase`. */
function spells(ws: readonly Word[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((p, k) => ws[at + k]?.lower === p);
}

/** The first word index of the clause that holds word `i`, reading back to a clause end. */
function clauseStart(ws: readonly Word[], i: number): number {
  let m = i - 1;
  for (; m >= 0; m--) {
    if (!ENDS.has(ws[m]!.lower)) continue;
    // Scare quotes around a word or two ("the “interim” government") end no clause.
    const open = CLOSING_QUOTES.has(ws[m]!.lower) ? scareQuoteOpening(ws, m) : -1;
    if (open < 0) break;
    m = open;
  }
  return m + 1;
}

/** The opening mark of the scare quotes closed at word `m` (at most three words inside), or -1. */
function scareQuoteOpening(ws: readonly Word[], m: number): number {
  for (let j = m - 1; j >= Math.max(0, m - 4); j--) {
    const w = ws[j]!.lower;
    if (OPENING_QUOTES.has(w)) return j;
    if (ENDS.has(w)) return -1;
  }
  return -1;
}

/**
 * Whether word `i` stands in a condition: a condition opener ("if", "only if", "unless",
 * "provided that", "on condition that") before it in its stretch of the sentence (up to a comma,
 * semicolon, dash or quote mark, or a "but"/"while" clause). "Kerry said Iran could attend only if
 * it agreed …": the agreement is the condition, not something that happened.
 */
export function inCondition(ws: readonly Word[], i: number): boolean {
  // "if Trump agrees to Beijing's demands": an owned event noun exists already; only the condition's predicate is set.
  if (ws[i]!.pos === 'NOUN' && (POSSESSIVES.has(ws[i - 1]?.lower ?? '') || (ws[i - 1]?.pos === 'ADJ' && POSSESSIVES.has(ws[i - 2]?.lower ?? '')))) return false;
  for (let m = clauseStart(ws, i); m < i; m++) if (OPENERS.some((o) => spells(ws, m, o) && m + o.length <= i)) return true;
  return false;
}

/**
 * The first word of the status cue window that starts at `from`, for the trigger at `i`: a denial's
 * "that" clause reaches back to the denial ("denied that its troops shelled Homs"); an event noun behind a preposition of scope ("expected to be completed within weeks of an October news
 * conference", "did not attend the start of the talks") is out of reach of the cues before the
 * preposition, which belong to another predicate.
 */
export function cueWindowStart(ws: readonly Word[], i: number, from: number): number {
  // "The army denied that its troops shelled Homs": the denial's negation reaches into its clause.
  for (let m = i - 1; m > clauseStart(ws, i); m--) if (ws[m]!.lower === 'that' && DENIALS.has(ws[m - 1]!.lower)) return Math.min(from, m - 1);
  // "Trump said he would X, and slammed Y": a verb coordinated at its subject's level has its own cues, after the "and".
  const joined = coordinatedVerb(ws, i);
  if (joined) return Math.max(from, joined.and + 1);
  // "Hamas, which rejected the proposal, fired rockets": a parenthetical between the subject and its verb is
  // another predicate; the window starts after its closing comma (auxiliaries and "not" after it stay in).
  let a = i - 1;
  while (a > from && (ws[a]!.pos === 'AUX' || ws[a]!.pos === 'ADV' || ws[a]!.pos === 'PART')) a--;
  if (a > from && ws[a]!.lower === ',' && ws.slice(from, a).some((w) => w.lower === ',')) return a + 1;
  if (ws[i]!.pos !== 'NOUN') return from;
  let j = i - 1;
  while (j >= from && (NP_POS.has(ws[j]!.pos) || POSSESSIVES.has(ws[j]!.lower))) j--;
  // "if Trump agrees to Beijing's demands", "did not accept Hamas's demands": an owned event exists; the cues
  // before its owner are another predicate's.
  if (ws.slice(j + 1, i).some((w) => POSSESSIVES.has(w.lower))) return Math.max(from, j + 1);
  return j >= from && SCOPE_PREPS.has(ws[j]!.lower) ? j + 1 : from;
}

/**
 * Whether the trigger at `i` is an infinitive asked for by a request verb of its clause ("called on the
 * interim government to withdraw military units"): the act was asked for, not done. The lexicon's own
 * speech acts are the coder's (`speech-acts.ts`); this covers the request verbs it reads no event from.
 */
export function requestedAct(ws: readonly Word[], i: number): boolean {
  if (ws[i]!.pos !== 'VERB' || ws[i - 1]?.lower !== 'to') return false;
  const from = Math.max(clauseStart(ws, i), i - 10);
  for (let m = i - 2; m >= from; m--) if (REQUESTS.some((r) => spells(ws, m, r) && m + r.length < i - 1)) return true;
  return false;
}

/**
 * Whether a date after the article date (the date mention starting at character `dateAt`) makes the
 * trigger at `i` planned: not for a trigger told in the past ("Esper on Wednesday accused", "the army
 * took to the streets this weekend": a relative day read as later than the article is the resolver's
 * guess; "was taken", "had met": a participle or a past auxiliary), nor for a date that bounds a span
 * ("safeguarded until 2047").
 */
export function datePlans(ws: readonly Word[], i: number, dateAt: number): boolean {
  const d = ws.findIndex((w) => w.start >= dateAt);
  if (d > 0 && SPAN_PREPS.has(ws[d - 1]!.lower)) return false;
  const w = ws[i]!;
  if (w.pos !== 'VERB') return true;
  // "was taken", "had met", "hauled out … and taken": a past participle or a verb after a past auxiliary is told
  // in the past as well; a plan needs a future or modal form.
  const afterPastAux = PAST_AUX.has(ws[i - 1]?.lower ?? '') || (ws[i - 1]?.pos === 'ADV' && PAST_AUX.has(ws[i - 2]?.lower ?? ''));
  const past = PAST_FORMS.has(w.lower) || PAST_PARTICIPLES.has(w.lower) || w.lower.endsWith('ed') || afterPastAux;
  if (!past) return true;
  // "will be attacked", "to be held", "is going to be signed": a past form after a future auxiliary is no past.
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (FUTURE_AUX.has(ws[j]!.lower)) return true;
  return false;
}

/**
 * Whether the quote `q` that holds the trigger at `i` does not report it: the trigger is coordinated with a
 * verb before the quote ("Trump said he would X, and slammed Y": the speech verb), so it is the speaker's
 * own act, told at the speaker's level rather than inside the reported clause.
 */
export function outsideQuote(ws: readonly Word[], i: number, q: { start: number }): boolean {
  const joined = coordinatedVerb(ws, i);
  return joined !== undefined && ws[joined.verb]!.start < q.start;
}

/** A claim: the event is told by a source; `source` spans the source's name when the text names one. */
export interface Claim {
  source?: { start: number; end: number };
}

/** The noun phrase that ends right before word `j` (over auxiliaries and adverbs), as a span, if any. */
function subjectBefore(ws: readonly Word[], j: number): { start: number; end: number } | undefined {
  let b = j - 1;
  // Over auxiliaries, adverbs and a time adjunct ("Esper on Wednesday accused").
  while (b >= 0 && (ws[b]!.pos === 'AUX' || ws[b]!.pos === 'ADV' || isTemporal(ws, b) || (ws[b]!.pos === 'ADP' && isTemporal(ws, b + 1)))) b--;
  let a = b;
  while (a >= 0 && NP_POS.has(ws[a]!.pos)) a--;
  if (a === b) return undefined;
  // A pronoun names no source ("He accused"): the caller's coreference does that for the actor, not here.
  return { start: ws[a + 1]!.start, end: ws[b]!.end };
}

/** The noun phrase that starts at word `j` (up to punctuation or a verb), as a span, if any. */
function phraseFrom(ws: readonly Word[], j: number): { start: number; end: number } | undefined {
  let b = j;
  while (b < ws.length && (NP_POS.has(ws[b]!.pos) || SOURCE_LINKS.has(ws[b]!.lower)) && b - j < 10) b++;
  return b > j ? { start: ws[j]!.start, end: ws[b - 1]!.end } : undefined;
}

/**
 * The source of a report clause that ends the sentence after the trigger at `i` ("… was stabbed to death,
 * Kan reported on Wednesday."): a comma, a noun phrase, a report verb, then only time words to the end.
 */
function trailingReport(ws: readonly Word[], i: number): { start: number; end: number } | undefined {
  let end = ws.length;
  while (end > i && ws[end - 1]!.pos === 'PUNCT' && ws[end - 1]!.lower !== ',') end--;
  let v = end - 1;
  while (v > i && (isTemporal(ws, v) || (ws[v]!.pos === 'ADP' && v + 1 < end && isTemporal(ws, v + 1)))) v--;
  if (v <= i + 1 || !TRAILING_REPORTS.has(ws[v]!.lower)) return undefined;
  let a = v - 1;
  while (a > i && (NP_POS.has(ws[a]!.pos) || SOURCE_LINKS.has(ws[a]!.lower))) a--;
  if (a === v - 1 || ws[a]!.lower !== ',') return undefined;
  return { start: ws[a + 1]!.start, end: ws[v - 1]!.end };
}

/**
 * Whether the event whose trigger starts at word `i` is told as someone's claim rather than as a
 * fact (its source named when the text names one):
 * - "according to X" anywhere in the sentence: X's claim;
 * - a hedge before it in its clause ("reportedly", "allegedly", "is said to", "was believed to") or
 *   right before an event noun ("alleged assaults"): a claim with no named source;
 * - in the "of"/"for"/"with" complement of an accusation ("Esper accused China of using coercion",
 *   "was accused of trying to deceive"): the accuser's claim (unnamed for a passive);
 * - in the "that" clause of a claim verb ("Rebels charged that the army shelled …"): its subject's;
 * - after an impersonal report ("it is alleged he raped"): a claim with no named source;
 * - before a report clause that ends the sentence (", Kan reported on Wednesday."): its subject's.
 * Quotes and "X said that …" are the quotes layer's; the caller checks those first.
 */
export function claimOf(ws: readonly Word[], i: number): Claim | undefined {
  for (let m = 0; m < ws.length; m++) {
    const prep = SOURCE_PREPS.find((p) => spells(ws, m, p));
    if (prep && m + prep.length !== i) {
      const source = phraseFrom(ws, m + prep.length);
      return source ? { source } : {};
    }
  }
  // "on the same day it is alleged he raped": an impersonal report, with no source named.
  for (let m = Math.max(0, i - 12); m < i; m++) if (IMPERSONAL.some((p) => spells(ws, m, p) && m + p.length <= i)) return {};
  const trailing = trailingReport(ws, i);
  if (trailing) return { source: trailing };
  const from = clauseStart(ws, i);
  for (let m = from; m < i; m++) {
    const w = ws[m]!;
    if (HEDGES.has(w.lower)) return {};
    if (BE.has(w.lower) && PASSIVE_REPORTS.some((p) => spells(ws, m + 1, p) && m + p.length < i)) return {};
  }
  let k = i - 1;
  while (k >= from && ws[k]!.pos === 'ADJ' && !PRENOMINAL.has(ws[k]!.lower)) k--;
  if (k >= from && PRENOMINAL.has(ws[k]!.lower) && ws[i]!.pos === 'NOUN') return {};
  for (let m = i - 1; m >= from; m--) {
    const w = ws[m]!;
    if (ACCUSATION_PREPS.has(w.lower)) {
      // "accused China of", "accused the government of", "was accused Wednesday of": the verb a few words back.
      for (let v = m - 1; v >= Math.max(from, m - 5); v--) {
        if (!ACCUSATIONS.has(ws[v]!.lower)) continue;
        // A passive or a reduced relative ("was accused of", "militants suspected of"): the accuser is not named.
        if (BE.has(ws[v - 1]?.lower ?? '') || v === m - 1) return {};
        const source = subjectBefore(ws, v);
        return source ? { source } : {};
      }
    }
    if (w.lower === 'that' && CLAIM_VERBS.has(ws[m - 1]?.lower ?? '')) {
      const source = subjectBefore(ws, m - 1);
      return source ? { source } : {};
    }
  }
  return undefined;
}
