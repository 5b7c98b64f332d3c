/**
 * Transliteration-tolerant place-name keys: "Ar Raqqah" and "Raqqa", "Al Bāb" and "al-Bab",
 * "Tall Abyaḑ" and "Tel Abyad" reduce to the same key. Shared by the entity tagger's name lists
 * (src/nlp/entities) and the geocoder (src/events/places): the tagger must fold text exactly as the
 * lists were folded, and both stages may import only core/.
 *
 * Two levels: {@link foldName} / {@link foldWords} only remove what never distinguishes places
 * (case, diacritics, apostrophes, hyphens, dots); {@link nameKey} / {@link keyWord} also fold
 * transliteration variants, so they collide more often. Both run over the whole GeoNames city list
 * at index time, hence the ASCII fast paths.
 *
 * @module
 */
import variants from './place-name-variants.json' with { type: 'json' };

const ARTICLES: ReadonlySet<string> = new Set(variants.articles);
const TEL_WORDS: ReadonlySet<string> = new Set(variants.telWords);
/** Words that join the parts of a place name ("Bosnia and Herzegovina"), from the variants table. */
export const PLACE_NAME_CONNECTORS: readonly string[] = variants.connectors;
const APOSTROPHES = new RegExp(`[${variants.apostrophes}]`, 'g');
const SUBSTITUTE = new Map(variants.substitutions.map(([from, to]) => [from ?? '', to ?? '']));
const SUBSTITUTION_RE = new RegExp([...SUBSTITUTE.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
const PLAIN = /^[a-z0-9 ]*$/;

/** Lowercased text with diacritics, apostrophes and punctuation folded away (punctuation → space). */
function foldChars(lower: string): string {
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
}

/**
 * Case, diacritics, apostrophes and punctuation folded away; words separated by one space.
 * `"Genève"` → `"geneve"`, `"Al-Bāb"` → `"al bab"`.
 */
export function foldName(name: string): string {
  const lower = name.toLowerCase();
  if (PLAIN.test(lower) && !lower.includes('  ') && lower.trim() === lower) return lower;
  return foldChars(lower).trim();
}

/** The folded words of a text, as {@link foldName} folds it. `"Al-Bāb"` → `["al", "bab"]`. */
export function foldWords(text: string): string[] {
  const lower = text.toLowerCase();
  return (PLAIN.test(lower) ? lower : foldChars(lower)).split(' ').filter(Boolean);
}

/** Whether a folded word is an Arabic article spelling (dropped inside longer names). */
export function isArticle(word: string): boolean {
  return ARTICLES.has(word);
}

/**
 * The key form of one folded word: "tall/tell/tal" → "tel", common spelling variants (q/k, ou/u,
 * ee/i, ei/ay), doubled letters single, a word-final "-ah"/"-eh" → "-a". `inner` = not the first
 * word of the name: only there is a sun-letter article written onto the word ("Ezzor") dropped.
 */
export function keyWord(word: string, inner: boolean): string {
  let s = TEL_WORDS.has(word) ? 'tel' : inner && (word.startsWith('a') || word.startsWith('e')) ? word.replace(/^[ae]([tdrzsnl])\1(?=\p{L}{2})/u, '$1') : word;
  s = s.replace(SUBSTITUTION_RE, (m) => SUBSTITUTE.get(m) ?? m);
  s = PLAIN.test(s) ? s.replace(/([a-z])\1+/g, '$1') : s.replace(/(\p{L})\1+/gu, '$1');
  if (s.length > 3 && s.endsWith('h') && (s.endsWith('ah') || s.endsWith('eh'))) s = `${s.slice(0, -2)}a`;
  return s;
}

/** Key of folded words: articles dropped when other words remain, each word keyed. */
function keyOfWords(words: readonly string[]): string {
  const kept = words.length > 1 && words.some((w) => !ARTICLES.has(w)) ? words.filter((w) => !ARTICLES.has(w)) : words;
  let out = '';
  for (let i = 0; i < kept.length; i++) {
    const s = keyWord(kept[i] as string, i > 0);
    out = out.length > 0 ? `${out} ${s}` : s;
  }
  return out;
}

/** {@link nameKey} of a name already passed through {@link foldName}. */
export function keyOfFolded(folded: string): string {
  return keyOfWords(folded.split(' '));
}

/** The matching key of a name: {@link foldName}, then articles dropped and each word keyed. */
export function nameKey(name: string): string {
  return keyOfFolded(foldName(name));
}

/** The name-list key of a name (the same key as {@link nameKey}, from its folded words). */
export function placeKey(name: string): string {
  return keyOfWords(foldWords(name));
}
