import winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { titleSmallWords } from '../entities/features.js';
import { recaseHeadline } from '../entities/recase.js';

/** Tokens and sentences of one paragraph, in paragraph-relative offsets (parallel arrays). */
export interface ParagraphAnalysis {
  /** Token starts, paragraph-relative. */
  starts: number[];
  /** Token ends (exclusive), paragraph-relative. */
  ends: number[];
  /** Universal POS tag of each token. */
  pos: string[];
  /** Sentences as `[firstToken, lastToken]` (inclusive, wink's convention). */
  sentences: [number, number][];
}

let nlp: WinkMethods | undefined;

/** The shared wink pipeline (sentence splitting + POS only; loading the model costs ~100 ms). */
function winkInstance(): WinkMethods {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/**
 * Tokenizes and tags one paragraph with wink, and recovers exact character offsets: wink reports
 * each token's value and the whitespace before it, so offsets follow by walking the text. Wink
 * keeps token values verbatim; where one ever differs from the text, the search moves on to the
 * next place the value occurs, and a token not found at all is dropped (so every kept token
 * satisfies `text.slice(start, end) === value`).
 */
export function analyzeParagraph(text: string): ParagraphAnalysis {
  const wink = winkInstance();
  const its = wink.its;
  const doc = wink.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  const starts: number[] = [];
  const ends: number[] = [];
  const pos: string[] = [];
  // Wink token index → kept token index (tokens dropped on a mismatch shift later indices).
  const keptIndex = new Int32Array(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    keptIndex[i] = starts.length;
    const value = values[i]!;
    cursor += spaces[i]!.length;
    let at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (at < 0) continue;
    // Wink keeps some whitespace (tabs) as tokens; they are not words.
    if (value.trim() === '') {
      cursor = at + value.length;
      continue;
    }
    // A far-away match would misplace every later token; only accept one over whitespace.
    if (at !== cursor && text.slice(cursor, at).trim() !== '') at = -1;
    if (at < 0) continue;
    starts.push(at);
    ends.push(at + value.length);
    pos.push(tags[i]!);
    cursor = at + value.length;
  }
  keptIndex[values.length] = starts.length;

  const sentences: [number, number][] = [];
  for (const [first, last] of spans) {
    const a = keptIndex[first]!;
    const b = keptIndex[last + 1]! - 1;
    if (b >= a) {
      sentences.push([a, b]);
      retagHeadline(wink, text, starts, ends, pos, a, b);
    }
  }
  return { starts, ends, pos, sentences };
}

/**
 * POS tags of a Title Case or ALL CAPS headline from its running-text casing (entities/recase.ts:
 * common lowercase words lowercased, names kept): wink reads a capitalised "Accuses" as a proper
 * noun, which hides the headline's verb from the event coder. Only the tags change: the recased
 * words keep their lengths, so wink's tokens on the recased sentence sit at the same offsets; a
 * token wink splits differently there keeps its first tag.
 */
function retagHeadline(wink: WinkMethods, text: string, starts: readonly number[], ends: readonly number[], pos: string[], a: number, b: number): void {
  // Running text has a lowercase word that is not a Title Case function word within its first
  // few tokens: leave there before building the word list (every sentence passes here).
  const small = titleSmallWords();
  for (let i = a; i <= b; i++) {
    const c = text.charAt(starts[i]!);
    if (c !== c.toUpperCase() && !small.has(text.slice(starts[i]!, ends[i]!).toLowerCase())) return;
  }
  const words: string[] = [];
  for (let i = a; i <= b; i++) words.push(text.slice(starts[i]!, ends[i]!));
  const recased = recaseHeadline(words);
  if (!recased) return;
  const base = starts[a]!;
  let sentence = text.slice(base, ends[b]!);
  for (let i = a; i <= b; i++) {
    const at = starts[i]! - base;
    sentence = sentence.slice(0, at) + recased[i - a]! + sentence.slice(at + recased[i - a]!.length);
  }
  const doc = wink.readDoc(sentence);
  const tokens = doc.tokens();
  const values = tokens.out(wink.its.value) as string[];
  const tags = tokens.out(wink.its.pos) as string[];
  const spaces = tokens.out(wink.its.precedingSpaces) as string[];
  // Recased tag by start offset (sentence-relative), walking the recased text as analyzeParagraph does.
  const byStart = new Map<number, string>();
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    cursor += spaces[k]!.length;
    const at = sentence.startsWith(values[k]!, cursor) ? cursor : sentence.indexOf(values[k]!, cursor);
    if (at < 0) continue;
    byStart.set(at, tags[k]!);
    cursor = at + values[k]!.length;
  }
  for (let i = a; i <= b; i++) {
    const tag = byStart.get(starts[i]! - base);
    if (tag !== undefined) pos[i] = tag;
  }
}
