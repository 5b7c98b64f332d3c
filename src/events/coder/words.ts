/**
 * Words of a sentence for the event coder: the language layer's tokens, with hyphen compounds
 * ("rebel-held", "counter-attack", "al-Bab") joined into one word, because the coder reasons
 * about words, and a compound's parts are never arguments or triggers on their own.
 *
 * @module
 */
import type { Token } from '../../core/index.js';

/** One word of a sentence: offsets into `doc.text`, the text, its lower case and a POS tag. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** UD tag of the word; a compound ending in a participle ("rebel-held") is `ADJ`. */
  pos: string;
  /** Index of this word in the sentence's word list. */
  i: number;
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/**
 * Joins a sentence's tokens into words. `tokens` are the sentence's tokens in order; `text` is
 * the document text they index.
 */
export function sentenceWords(text: string, tokens: readonly Token[]): Word[] {
  const out: Word[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = out[out.length - 1];
    const next = tokens[k + 1];
    // "rebel - held": a hyphen touching both neighbours glues them into one word.
    if (prev && HYPHENS.has(text.slice(t.start, t.end)) && prev.end === t.start && next && next.start === t.end && next.pos !== 'PUNCT') {
      prev.end = next.end;
      prev.text = text.slice(prev.start, prev.end);
      prev.lower = prev.text.toLowerCase();
      prev.pos = next.pos === 'VERB' ? 'ADJ' : next.pos === 'PROPN' || prev.pos === 'PROPN' ? 'PROPN' : next.pos;
      k++;
      continue;
    }
    const word = text.slice(t.start, t.end);
    // The replace only where there is a curly apostrophe (few words have one; this runs for every word).
    const lower = word.toLowerCase();
    out.push({ start: t.start, end: t.end, text: word, lower: lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower, pos: t.pos, i: out.length });
  }
  return out;
}
