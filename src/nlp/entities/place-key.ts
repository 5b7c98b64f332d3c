/**
 * Transliteration-tolerant keys for the name lists (name-lists.ts): "Ar Raqqah" and "Raqqa",
 * "Al Bāb" and "al-Bab", "Tall Abyaḑ" and "Tel Abyad" reduce to the same key. The folding is the
 * geocoder's (src/events/places/normalize.ts); it is repeated here because a stage may not import
 * another stage, and the tagger must fold text exactly as the list builder folded the names.
 *
 * Keys are built word by word so that the tagger can key each token once and join the words of
 * consecutive tokens cheaply: `foldWords` splits a token or a name into folded words,
 * `keyWords` turns them into key words (articles dropped when the name has other words).
 */
import variants from './data/name-variants.json' with { type: 'json' };

const ARTICLES: ReadonlySet<string> = new Set(variants.articles);
const TEL_WORDS: ReadonlySet<string> = new Set(variants.telWords);
const APOSTROPHES = new RegExp(`[${variants.apostrophes}]`, 'g');
const SUBSTITUTE = new Map(variants.substitutions.map(([from, to]) => [from ?? '', to ?? '']));
const SUBSTITUTION_RE = new RegExp([...SUBSTITUTE.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
const PLAIN = /^[a-z0-9 ]*$/;

/**
 * The folded words of a text: lowercased, diacritics and apostrophes removed, split at anything
 * that is not a letter or digit. `"Al-Bāb"` → `["al", "bab"]`.
 */
export function foldWords(text: string): string[] {
  const lower = text.toLowerCase();
  const folded = PLAIN.test(lower)
    ? lower
    : lower
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/ß/g, 'ss')
        .replace(/ı/g, 'i')
        .replace(/ł/g, 'l')
        .replace(/ø/g, 'o')
        .replace(/đ/g, 'd')
        .replace(APOSTROPHES, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ');
  return folded.split(' ').filter(Boolean);
}

/** Whether a folded word is an Arabic article spelling (dropped inside longer names). */
export function isArticle(word: string): boolean {
  return ARTICLES.has(word);
}

/**
 * The key form of one folded word; `inner` = not the first word of the name (only there is a
 * sun-letter article written onto the word, "ezzor", dropped).
 */
export function keyWord(word: string, inner: boolean): string {
  let s = TEL_WORDS.has(word) ? 'tel' : inner && (word.startsWith('a') || word.startsWith('e')) ? word.replace(/^[ae]([tdrzsnl])\1(?=\p{L}{2})/u, '$1') : word;
  s = s.replace(SUBSTITUTION_RE, (m) => SUBSTITUTE.get(m) ?? m);
  s = PLAIN.test(s) ? s.replace(/([a-z])\1+/g, '$1') : s.replace(/(\p{L})\1+/gu, '$1');
  if (s.length > 3 && (s.endsWith('ah') || s.endsWith('eh'))) s = `${s.slice(0, -2)}a`;
  return s;
}

/** The list key of a name: its folded words, articles dropped when other words remain, keyed. */
export function placeKey(name: string): string {
  const words = foldWords(name);
  const kept = words.length > 1 && words.some((w) => !ARTICLES.has(w)) ? words.filter((w) => !ARTICLES.has(w)) : words;
  return kept.map((w, i) => keyWord(w, i > 0)).join(' ');
}
