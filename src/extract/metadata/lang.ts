import data from './stopwords.json' with { type: 'json' };

/** Words the guess looks at; enough to be sure, few enough to stay cheap. */
const MAX_WORDS = 800;
/** The guess needs this many stopword hits, and this lead over the runner-up. */
const MIN_HITS = 8;
const MIN_LEAD = 1.5;
/** A "sure" guess, strong enough to overrule a page's declared language. */
const SURE_HITS = 40;
const SURE_LEAD = 4;
/** Share of letters a script needs for a sure guess. */
const SURE_SCRIPT = 0.6;
/** Share of letters a script's wider block must reach when an entry names one (`within`). */
const BLOCK_SHARE = 0.3;

const STOPWORDS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(data.stopwords)) {
  for (const w of list) STOPWORDS.set(w, [...(STOPWORDS.get(w) ?? []), lang]);
}
const SCRIPTS = data.scripts.map((s) => ({
  lang: s.lang,
  re: new RegExp(s.pattern, 'gu'),
  minShare: s.minShare,
  within: 'within' in s && typeof s.within === 'string' ? new RegExp(s.within, 'gu') : undefined,
}));

/** Per BMP code unit: 0 not yet known, 1 a letter (\p{L}), 2 not a letter. */
const LETTER_CLASS = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;

/** Whether the code point is a letter (\p{L}); BMP answers are kept. */
function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp));
  let c = LETTER_CLASS[cp]!;
  if (c === 0) LETTER_CLASS[cp] = c = LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
  return c === 1;
}

/**
 * The words of `text` as `text.split(/[^\p{L}]+/u, limit)` gives them, without its empty
 * pieces (which name no stopword): maximal runs of letters, scanned by code point, stopping
 * where the split's limit would (a leading separator takes one of its pieces).
 */
function letterRuns(text: string, limit: number): string[] {
  const out: string[] = [];
  let left = limit;
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isLetter(cp)) {
      if (start < 0) start = i;
    } else {
      if (i === 0) left--;
      if (start >= 0) {
        if (left <= 0) return out;
        out.push(text.slice(start, i));
        left--;
        start = -1;
      }
    }
    i += width;
  }
  if (start >= 0 && left > 0) out.push(text.slice(start));
  return out;
}

/** Reduces a language tag (`en-US`, `en_GB`, `EN`) to its primary subtag, or `undefined` for junk. */
export function primaryLanguage(tag: string): string | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_\s,;]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary) || primary === 'und' || primary === 'mul' || primary === 'zxx') return undefined;
  return primary;
}

/** A language guess; `sure` when it leads by enough to overrule a page's declared language. */
export interface LanguageGuess {
  lang: string;
  sure: boolean;
}

/**
 * Guesses the language of a text from its script, or, for Latin and Cyrillic text, from
 * function-word counts. Returns `undefined` unless one language clearly leads.
 */
export function guessLanguage(text: string): LanguageGuess | undefined {
  const sample = text.slice(0, 6000);
  // One cheap pass decides whether the script tables are worth running at all.
  let letters = 0;
  let nonLatin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x370) nonLatin++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) letters++;
  }
  if (nonLatin > 0.2 * (letters + nonLatin)) {
    const all = (sample.match(/\p{L}/gu) ?? []).length || 1;
    const share = (re: RegExp) => (sample.match(re) ?? []).length / all;
    for (const { lang, re, minShare, within } of SCRIPTS) {
      const s = share(re);
      const block = within ? share(within) : s;
      if (s >= minShare && block >= BLOCK_SHARE) return { lang, sure: block >= SURE_SCRIPT };
    }
  }
  const counts = new Map<string, number>();
  for (const t of letterRuns(sample.toLowerCase(), MAX_WORDS)) {
    const langs = STOPWORDS.get(t);
    if (langs) for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS) return undefined;
  if (second && best[1] < second[1] * MIN_LEAD) return undefined;
  return { lang: best[0], sure: best[1] >= SURE_HITS && (!second || best[1] >= second[1] * SURE_LEAD) };
}
