/**
 * POS tags for Title Case and ALL CAPS headlines. Wink reads a capitalised "Accuses" or "Town" as a
 * proper noun, which hides the headline's verb from the event coder; the tags are taken from the
 * headline in running-text casing instead (entities/recase.ts), and a headline that still shows no
 * verb gets one probe for it. Only tags change, never the text or the tokens.
 */
import type { WinkMethods } from 'wink-nlp';
import { titleSmallWords } from '../entities/features.js';
import { loadWordCase } from '../entities/word-case.js';
import { recaseHeadline } from '../entities/recase.js';
import probe from './headline-probe.json' with { type: 'json' };

/** Wink's tag of each token of `sentence`, by the token's start offset (walking the text as wink.ts does). */
function tagsByStart(wink: WinkMethods, sentence: string): Map<number, string> {
  const tokens = wink.readDoc(sentence).tokens();
  const values = tokens.out(wink.its.value) as string[];
  const tags = tokens.out(wink.its.pos) as string[];
  const spaces = tokens.out(wink.its.precedingSpaces) as string[];
  const byStart = new Map<number, string>();
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    cursor += spaces[k]!.length;
    const at = sentence.startsWith(values[k]!, cursor) ? cursor : sentence.indexOf(values[k]!, cursor);
    if (at < 0) continue;
    byStart.set(at, tags[k]!);
    cursor = at + values[k]!.length;
  }
  return byStart;
}

/**
 * Longest line treated as a headline, in tokens: a headline-cased line longer than that is a list,
 * a table row or a credit line (product lists, "— The Nigerian Senate (@NGRSenate) October 9"),
 * where a second wink pass costs time and finds no event.
 */
const MAX_HEADLINE_TOKENS = 25;

/** Tags that show a headline already has its verb (a finite one, or an auxiliary). */
const VERBAL = new Set(['VERB', 'AUX']);
/** Tags a headline's subject noun phrase ends on. */
const NOMINAL = new Set(['NOUN', 'PROPN']);

/** Nouns probed per headline at most ("Government Troops Attack …": "Troops", then "Attack"). */
const MAX_PROBES = 2;

/**
 * Headline grammar is subject + present-tense verb ("Police arrest protesters", "Libya increases
 * readiness"), and wink, with no determiner or auxiliary to go by, often reads that verb as a
 * noun. When no token is verbal, a noun right after a noun is probed (two at most): wink tags
 * the rest of the headline behind a subject pronoun (data: headline-probe.json, "It" before an
 * -s form, "They" otherwise); if the word reads as a verb there, it is one.
 */
function probeVerb(wink: WinkMethods, sentence: string, rel: readonly number[], lengths: readonly number[], pos: string[], a: number): void {
  for (let k = 0; k < rel.length; k++) if (VERBAL.has(pos[a + k]!)) return;
  let probes = 0;
  for (let k = 1; k < rel.length && probes < MAX_PROBES; k++) {
    if (pos[a + k] !== 'NOUN' || !NOMINAL.has(pos[a + k - 1]!)) continue;
    const word = sentence.slice(rel[k]!, rel[k]! + lengths[k]!);
    const pronoun = /[^s]s$/i.test(word) ? probe.singular : probe.plural;
    const probed = tagsByStart(wink, `${pronoun} ${sentence.slice(rel[k]!)}`).get(pronoun.length + 1);
    probes++;
    if (probed === 'VERB') {
      pos[a + k] = 'VERB';
      return;
    }
  }
}

/**
 * Retags sentence tokens a..b (inclusive; `starts`/`ends` in `text`) when the sentence is a Title
 * Case or ALL CAPS headline: `pos` is updated in place. Running text leaves at its first lowercase
 * word that is not a Title Case function word, before any work.
 */
export function retagHeadline(wink: WinkMethods, text: string, starts: readonly number[], ends: readonly number[], pos: string[], a: number, b: number): void {
  if (b - a + 1 > MAX_HEADLINE_TOKENS) return;
  const small = titleSmallWords();
  for (let i = a; i <= b; i++) {
    const c = text.charAt(starts[i]!);
    if (c !== c.toUpperCase() && !small.has(text.slice(starts[i]!, ends[i]!).toLowerCase())) return;
  }
  const words: string[] = [];
  for (let i = a; i <= b; i++) words.push(text.slice(starts[i]!, ends[i]!));
  const recased = recaseHeadline(words, loadWordCase(), { sentenceCase: false });
  if (!recased) return;
  const base = starts[a]!;
  let sentence = text.slice(base, ends[b]!);
  const rel: number[] = [];
  for (let i = a; i <= b; i++) {
    const at = starts[i]! - base;
    rel.push(at);
    sentence = sentence.slice(0, at) + recased[i - a]! + sentence.slice(at + recased[i - a]!.length);
  }
  const byStart = tagsByStart(wink, sentence);
  for (let i = a; i <= b; i++) {
    const tag = byStart.get(starts[i]! - base);
    if (tag !== undefined) pos[i] = tag;
  }
  probeVerb(wink, sentence, rel, words.map((w) => w.length), pos, a);
}
