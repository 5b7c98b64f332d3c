/**
 * A small whitespace/punctuation tokeniser that splits roughly the way GMB does ("Britain 's",
 * "U.S.", "al-Qaida" one token). It exists for the tagger's own checks (the news fixture, the
 * sanity check, tests); the pipeline brings its own tokens.
 */
import { loadGazetteer } from './gazetteer.js';
import { bareKey } from './normalize.js';

/** A token with its character offsets in the input (end exclusive). */
export interface SimpleToken {
  text: string;
  start: number;
  end: number;
}

// Letter-dot abbreviations (U.S.), numbers with separators, words with inner hyphens/apostrophes
// (al-Qa'ida, O'Brien) and an optional trailing period (decided below), else any single symbol.
const TOKEN = /(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*|[\p{L}\p{M}\p{N}]+(?:['\u2019-][\p{L}\p{M}\p{N}]+)*\.?|\S/gu;
const POSSESSIVE = /^(.+?)(['\u2019][sS])$/u;

/** Splits text into tokens with offsets. */
export function simpleTokenize(text: string): SimpleToken[] {
  const abbreviations = loadGazetteer().abbreviations;
  const out: SimpleToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const tok = m[0];
    const start = m.index;
    // Keep a trailing period only on known abbreviations and single-letter initials ("John F.").
    if (tok.length > 1 && tok.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(tok)) {
      const bare = tok.slice(0, -1);
      if (!abbreviations.has(bareKey(bare)) && !/^\p{Lu}$/u.test(bare)) {
        pushWord(out, bare, start);
        out.push({ text: '.', start: start + bare.length, end: start + tok.length });
        continue;
      }
    }
    pushWord(out, tok, start);
  }
  return out;
}

function pushWord(out: SimpleToken[], word: string, start: number): void {
  const m = POSSESSIVE.exec(word);
  if (m?.[1] && m[2]) {
    out.push({ text: m[1], start, end: start + m[1].length });
    out.push({ text: m[2], start: start + m[1].length, end: start + word.length });
  } else out.push({ text: word, start, end: start + word.length });
}
