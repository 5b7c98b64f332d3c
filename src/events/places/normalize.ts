/**
 * Name folding for transliteration-tolerant matching: "Ar Raqqah" and "Raqqa", "al-Bab" and
 * "Al Bāb", "Tel Abyad" and "Tall Abyaḑ" reduce to the same key.
 *
 * Two levels: {@link foldName} only removes what never distinguishes places (case, diacritics,
 * apostrophes, hyphens, dots); {@link nameKey} also folds transliteration variants, so it
 * collides more often and ranking prefers candidates whose folded names agree exactly.
 * Both run over the whole GeoNames city list at index time, hence the ASCII fast paths.
 *
 * @module
 */
import variants from './name-variants.json' with { type: 'json' };

const ARTICLES = new Set(variants.articles);
const TEL_WORDS = new Set(variants.telWords);
const APOSTROPHES = new RegExp(`[${variants.apostrophes}]`, 'g');
const SUBSTITUTE = new Map(variants.substitutions.map(([from, to]) => [from ?? '', to ?? '']));
const SUBSTITUTION_RE = new RegExp([...SUBSTITUTE.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
const PLAIN = /^[a-z0-9 ]*$/;

/**
 * Case, diacritics, apostrophes and punctuation folded away; words separated by one space.
 * `"Genève"` → `"geneve"`, `"Al-Bāb"` → `"al bab"`.
 */
export function foldName(name: string): string {
  const lower = name.toLowerCase();
  if (PLAIN.test(lower) && !lower.includes('  ') && lower.trim() === lower) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** {@link nameKey} of a name already passed through {@link foldName}. */
export function keyOfFolded(folded: string): string {
  const words = folded.split(' ');
  const kept = words.length > 1 ? words.filter((w) => !ARTICLES.has(w)) : words;
  let out = '';
  for (const [i, w] of (kept.length > 0 ? kept : words).entries()) {
    // A sun-letter article written onto the next word ("Ezzor", "Arraqqa") is dropped too.
    let s = TEL_WORDS.has(w) ? 'tel' : i > 0 && (w.startsWith('a') || w.startsWith('e')) ? w.replace(/^[ae]([tdrzsnl])\1(?=\p{L}{2})/u, '$1') : w;
    s = s.replace(SUBSTITUTION_RE, (m) => SUBSTITUTE.get(m) ?? m);
    s = PLAIN.test(s) ? s.replace(/([a-z])\1+/g, '$1') : s.replace(/(\p{L})\1+/gu, '$1');
    if (s.length > 3 && s.endsWith('h') && (s.endsWith('ah') || s.endsWith('eh'))) s = `${s.slice(0, -2)}a`;
    out = out.length > 0 ? `${out} ${s}` : s;
  }
  return out;
}

/**
 * The matching key: {@link foldName}, then Arabic articles dropped (when the name has other
 * words), "tall/tell/tal" → "tel", common spelling variants (q/k, ou/u, ee/i, ei/ay), doubled
 * letters single, and a word-final "-ah"/"-eh" → "-a".
 */
export function nameKey(name: string): string {
  return keyOfFolded(foldName(name));
}
