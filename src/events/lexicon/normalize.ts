/**
 * Key folding shared by every lexicon lookup, so that "al-Qa'ida", "Al Qaida" and "AL-QAIDA"
 * meet in one map entry, and "the Russians" finds "Russians".
 */

/** English function words that an acronym must never fold into ("US" -> "us", "WHO" -> "who"). */
const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'i', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'oh', 'on',
  'or', 'so', 'to', 'up', 'us', 'we', 'who', 'can', 'may', 'will', 'all', 'one', 'our', 'out', 'ice', 'aa', 'pa', 'it', 'sna',
]);

/**
 * Folds a phrase to its lookup key: Unicode compatibility form, diacritics removed, lower case,
 * apostrophes and dots dropped, hyphens and runs of space/punctuation collapsed to one space,
 * a leading "the " and a trailing possessive "'s" removed.
 */
export function foldKey(phrase: string): string {
  let s = phrase.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  s = s.toLowerCase();
  s = s.replace(/[\u2018\u2019\u02bc\u02bb`´]/g, "'");
  s = s.replace(/'s\b/g, '').replace(/s'(?=\s|$)/g, 's');
  s = s.replace(/['.]/g, '');
  s = s.replace(/[-\u2010-\u2015_/,;:()"\u201c\u201d]+/g, ' ');
  s = s.replace(/\s+/g, ' ').trim();
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}

/** True when a folded key is an English function word, i.e. unsafe as a case-insensitive alias. */
export function isStopwordKey(key: string): boolean {
  return STOPWORDS.has(key);
}

/** Exact-case key for acronyms: whitespace trimmed, a leading "the " dropped, nothing else touched. */
export function exactKey(phrase: string): string {
  const s = phrase.trim().replace(/\s+/g, ' ');
  return s.replace(/^the /i, '');
}
