/** Text normalisation shared by features, gazetteers and clusters (so they agree on word keys). */

/** Any character {@link foldText} replaces. */
const FOLDED = /[\u2018\u2019\u02BC\u02BB\u2032`\u201C\u201D\u2033\u2010-\u2015\u2212]/;

/**
 * Folds typographic variants that news sites and GMB spell differently: curly quotes and
 * apostrophes to ASCII, unicode dashes to '-'. Case is kept.
 */
export function foldText(text: string): string {
  // Most words hold none of these characters: one scan instead of three replace passes.
  if (!FOLDED.test(text)) return text;
  return text
    .replace(/[\u2018\u2019\u02BC\u02BB\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** The case-insensitive key of a word: folded, lowercased. */
export function wordKey(text: string): string {
  return foldText(text).toLowerCase();
}

/** `wordKey` without a trailing period, so "Mr." and "Mr" (British style) share a key. */
export function bareKey(text: string): string {
  const k = wordKey(text);
  return k.length > 1 && k.endsWith('.') ? k.slice(0, -1) : k;
}
