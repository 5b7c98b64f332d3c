/**
 * Headline casing normalisation. A Title Case or ALL CAPS headline ("Russia Accuses Ukraine Of
 * Shelling Power Plant") capitalises every word, so a capital says nothing about names: the entity
 * tagger's case features read every word as a name and the POS tagger reads the verbs as proper
 * nouns. `recaseHeadline` gives such a sentence the casing running text would have ("Russia
 * accuses Ukraine of shelling power plant"): a word that is nearly always written lowercase
 * inside sentences (data/word-case.json, counted on GMB's training part and the unlabelled
 * extraction pages by scripts/build-ner-case.ts) is lowercased, every other word keeps its capital
 * (in ALL CAPS: "RUSSIA" → "Russia", a short all-capital word such as "UN" stays). Only the words
 * handed to the taggers change, never the document's text, and every word keeps its length, so
 * offsets computed on the recased text hold for the original.
 */
import { caseClass, isCaseless, titleSmallWords } from './features.js';
import { wordKey } from './normalize.js';
import { loadWordCase } from './word-case.js';

/**
 * Highest word-case bucket (word-case.ts CASE_BUCKETS: 0 = at most 2%, 1 = at most 20% of the
 * word's in-sentence occurrences capitalised) that counts as a common lowercase word.
 */
export const LOWERCASE_BUCKET = 1;

/** An all-capital word of at most this many letters stays in capitals (acronyms: "UN", "EU", "AFP"). */
const ACRONYM_LETTERS = 3;

/** Inflectional endings tried when a word itself is not in the table ("Embarks" → "embark"). */
const ENDINGS: readonly (readonly [string, string])[] = [
  ['s', ''],
  ['es', ''],
  ['ies', 'y'],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
];

/** The usual-case bucket of a lowercase key, or of an inflected form's stem when the key is unknown. */
function usualBucket(key: string, table: ReadonlyMap<string, number>): number | undefined {
  const own = table.get(key);
  if (own !== undefined) return own;
  for (const [end, add] of ENDINGS) {
    if (key.length > end.length + 2 && key.endsWith(end)) {
      const b = table.get(key.slice(0, -end.length) + add);
      if (b !== undefined) return b;
    }
  }
  return undefined;
}

/** Whether a word is a common lowercase word by the table (see `LOWERCASE_BUCKET`). */
export function isCommonLowercase(word: string, table: ReadonlyMap<string, number> = loadWordCase()): boolean {
  const b = usualBucket(wordKey(word), table);
  return b !== undefined && b <= LOWERCASE_BUCKET;
}

/** `word` with its first letter upper-case and the rest lower-case ("RUSSIA" → "Russia"). */
function titleWord(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** Replaces `word` with `next` only when the length holds (a few scripts change length on case mapping). */
function sameLength(word: string, next: string): string {
  return next.length === word.length ? next : word;
}

/**
 * Quick test that a sentence cannot be headline-cased: it has a word starting with a lowercase
 * letter that is not a Title Case function word. Running text leaves at the first such word, so
 * the full `isCaseless` test runs on few sentences.
 */
function hasRunningWord(words: readonly string[], small: ReadonlySet<string>): boolean {
  for (const w of words) {
    const c = w.charAt(0);
    if (c !== c.toUpperCase() && !small.has(w.toLowerCase())) return true;
  }
  return false;
}

/** Options of `recaseHeadline`. */
export interface RecaseOptions {
  /**
   * Keep a capital on the first word, as running text does (default true). The POS tagger gets
   * false: wink reads a sentence-initial capitalised common word ("Protest continues …") as a
   * proper noun.
   */
  sentenceCase?: boolean;
}

/**
 * The sentence's words in running-text casing when the sentence is a Title Case or ALL CAPS
 * headline (features.ts `isCaseless`), else undefined (the words are to be used as they are).
 * Every word keeps its length.
 */
export function recaseHeadline(words: readonly string[], table: ReadonlyMap<string, number> = loadWordCase(), options: RecaseOptions = {}): string[] | undefined {
  const sentenceCase = options.sentenceCase !== false;
  if (words.length === 0 || hasRunningWord(words, titleSmallWords())) return undefined;
  if (!isCaseless(words.map((text) => ({ text })))) return undefined;
  let first = true;
  return words.map((w) => {
    const c = caseClass(w);
    if (c === 'none') return w;
    const initial = first;
    first = false;
    if (isCommonLowercase(w, table)) {
      const lower = w.toLowerCase();
      return sameLength(w, initial && sentenceCase ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower);
    }
    if (c === 'upper') {
      let letters = 0;
      for (const ch of w) if (ch.toLowerCase() !== ch.toUpperCase()) letters++;
      return letters <= ACRONYM_LETTERS ? w : sameLength(w, titleWord(w));
    }
    return w;
  });
}
