import type { Token } from '../../core/index.js';
import words from './tense.json' with { type: 'json' };

/** The time a verb group places its date in, relative to the telling. */
export type Tense = 'past' | 'future';

const FUTURE = new Set(words.future);
const FUTURE_BEFORE_TO = new Set(words.futureBeforeTo);
const PAST_AUX = new Set(words.pastAux);
const IRREGULAR_PAST = new Set(words.irregularPast);
const ED_NOT_PAST = new Set(words.edNotPast);
/** Token tags a verb group is made of ("is expected to meet", "will not be held", "has already left"). */
const GROUP_POS = new Set(['AUX', 'VERB', 'PART', 'ADV']);
/** Tokens no governing verb is looked for across: another clause or a quotation. */
const BARRIER = new Set([';', ':', '“', '”', '"', '—', '–']);
const VERBISH = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
/** Whether token k ends the search: a barrier mark, or a conjunction that starts another clause ("…on Saturday, and aid will follow"). */
const stops = (tokens: readonly Token[], text: string, k: number) =>
  tokens[k]!.pos === 'CCONJ' || tokens[k]!.pos === 'SCONJ' || BARRIER.has(text.slice(tokens[k]!.start, tokens[k]!.end));

/** Whether a word is a past form or a participle: '-ed' (not 'need'), or an irregular one. */
function isPastForm(word: string): boolean {
  return IRREGULAR_PAST.has(word) || (word.endsWith('ed') && word.length > 3 && !ED_NOT_PAST.has(word));
}

/**
 * The tense of the verb group `verb` heads: the group is the verb with the auxiliaries, particles
 * and adverbs before it. Future where a will/would/plan word is in it, past where the verb is a
 * past form (a perfect's participle too) or the group has a past auxiliary, else undefined (present, modal, bare
 * infinitive: the date's own words and the sentence decide).
 */
function groupTense(tokens: readonly Token[], text: string, verb: number): Tense | undefined {
  let a = verb;
  while (a > 0 && GROUP_POS.has(tokens[a - 1]!.pos) && tokens[a - 1]!.sentence === tokens[verb]!.sentence) a--;
  const group = tokens.slice(a, verb + 1).map((t) => text.slice(t.start, t.end).toLowerCase());
  for (let i = 0; i < group.length; i++) {
    const w = group[i]!;
    if (FUTURE.has(w) || (FUTURE_BEFORE_TO.has(w) && group[i + 1] === 'to')) return 'future';
  }
  // An infinitive ('agreed to meet on Friday', 'was forced to flee on Friday') is read no way.
  if (group.includes('to')) return undefined;
  const head = group[group.length - 1]!;
  if (group.some((w) => PAST_AUX.has(w))) return 'past';
  // A past form, alone or after 'has'/'have' (a perfect: 'have met on Monday').
  return isPastForm(head) ? 'past' : undefined;
}

/** Index of the first token ending after `offset` (tokens are sorted). */
function firstAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The tense of the verb that governs the date phrase at [start, end): the nearest verb before it
 * in the same clause (not across a semicolon, colon, dash, quote mark or conjunction), else the
 * nearest after it — "said on Friday it will" dates the saying. `undefined` where no verb is near
 * or its tense is not told by its form.
 */
export function tenseAt(tokens: readonly Token[], text: string, start: number, end: number): Tense | undefined {
  const first = firstAfter(tokens, start);
  const at = tokens[first];
  if (!at) return undefined;
  const sentence = at.sentence;
  let after = first;
  while (after < tokens.length && tokens[after]!.start < end) after++;
  let left: number | undefined;
  for (let k = first - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (stops(tokens, text, k)) break;
    if (VERBISH(tokens[k]!)) {
      left = k;
      break;
    }
  }
  // The verb before the date in its clause governs it ("will be divulged in a meeting on Friday,
  // Claure said": 'divulged', not the attribution after the comma); the one after only where the
  // clause opens with the date ("Esper on Wednesday accused", "On Monday, the army said").
  let verb = left;
  for (let k = after; verb === undefined && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (stops(tokens, text, k)) break;
    if (VERBISH(tokens[k]!)) {
      verb = k;
      // Take the head of the group ("on Friday will meet": 'meet', not 'will').
      while (verb + 1 < tokens.length && tokens[verb + 1]!.sentence === sentence && tokens[verb]!.pos === 'AUX' && GROUP_POS.has(tokens[verb + 1]!.pos)) verb++;
    }
  }
  return verb === undefined ? undefined : groupTense(tokens, text, verb);
}
