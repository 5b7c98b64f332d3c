/**
 * Per-sentence views of the document layers, built in one pass so that the event stages stay
 * linear in the number of tokens.
 *
 * @module
 */
import type { Document, Mention, Span, Token } from '../../core/index.js';
import { sentenceWords } from './words.js';
import type { Word } from './words.js';

/** Groups the items of a sorted span layer by the sentence that holds them. */
export function bySentence<T extends Span>(sentences: readonly Span[], items: readonly T[]): T[][] {
  const out: T[][] = sentences.map(() => []);
  let s = 0;
  for (const item of items) {
    while (s < sentences.length && sentences[s]!.end <= item.start) s++;
    if (s >= sentences.length) break;
    if (item.start >= sentences[s]!.start && item.end <= sentences[s]!.end) out[s]!.push(item);
  }
  return out;
}

/**
 * The last words built per token layer: the actor and event stages both read them, and layers
 * are replaced, never changed in place, so the same token and sentence arrays give the same words.
 */
const WORDS = new WeakMap<object, { sentences: object; text: string; words: Word[][] }>();

/** Words of every sentence (tokens joined at hyphens). Callers read them and must not change them. */
export function wordsBySentence(doc: Document): Word[][] {
  const sentences = doc.layer('sentences') ?? [];
  const tokens = doc.layer('tokens') ?? [];
  const known = WORDS.get(tokens);
  if (known && known.sentences === sentences && known.text === doc.text) return known.words;
  const words = buildWords(doc.text, sentences, tokens);
  WORDS.set(tokens, { sentences, text: doc.text, words });
  return words;
}

function buildWords(text: string, sentences: readonly Span[], tokens: readonly Token[]): Word[][] {
  const out: Word[][] = sentences.map(() => []);
  let from = 0;
  for (let s = 0; s < sentences.length; s++) {
    let to = from;
    while (to < tokens.length && tokens[to]!.sentence === s) to++;
    out[s] = sentenceWords(text, tokens.slice(from, to));
    from = to;
  }
  return out;
}

/** Mentions sorted by start (the layer is, but a stage must not rely on another's order). */
export function sortedMentions(doc: Document): Mention[] {
  return [...(doc.layer('mentions') ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The article date (publication or caller-given), as an ISO day, when known. */
export function articleDate(doc: Document): string | undefined {
  const v = doc.meta.published?.value ?? doc.source.date;
  return v === undefined ? undefined : v.slice(0, 10);
}
