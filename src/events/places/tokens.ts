/**
 * A small word tokenizer for place finding and linking: words keep inner hyphens and
 * apostrophes ("al-Bab", "Ma’ardes", "Mazar-e-Sharif"), a possessive "'s" is its own token,
 * dotted abbreviations ("U.S.") stay whole, and every other non-space character is a token.
 *
 * @module
 */

/** One token with half-open offsets into the sentence. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-‑'’ʼ][\p{L}\p{N}]+)*|\S/gu;

/** Tokenizes `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const word = m[0];
    // Only a word ending in 's can be a possessive: the regex runs for those alone.
    const possessive = word.length > 2 && (word.endsWith("'s") || word.endsWith('’s')) ? /^(.+)(['’]s)$/u.exec(word) : null;
    if (possessive?.[1] && possessive[2]) {
      const cut = start + possessive[1].length;
      out.push(make(text, start, cut), make(text, cut, start + word.length));
    } else {
      out.push(make(text, start, start + word.length));
    }
  }
  return out;
}

function make(text: string, start: number, end: number): Token {
  const t = text.slice(start, end);
  return { start, end, text: t, lower: t.toLowerCase() };
}
