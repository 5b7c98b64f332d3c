import winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { retagHeadline } from './headline-pos.js';

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
      // A Title Case / ALL CAPS headline's tags come from its running-text casing (headline-pos.ts).
      retagHeadline(wink, text, starts, ends, pos, a, b);
    }
  }
  return { starts, ends, pos, sentences };
}
