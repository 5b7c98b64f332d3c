/**
 * Observation features of each token of a sentence, as strings (the model maps them to weights).
 * Case-robust by design: every case-sensitive feature has a lowercase twin, and in an ALL-CAPS
 * sentence (headlines, datelines) the case-sensitive ones are replaced by an "AC" marker, so the
 * model falls back on word identity, clusters, gazetteers and context — training adds uppercased
 * copies of sentences so those weights are learned.
 *
 * Features are organised by what they depend on, because that is what makes tagging fast (see
 * fast-scorer.ts): most depend on ONE word only — the token itself or one neighbour — and are
 * listed per word type in each role it can play (`wordRoles`); only a few combine two tokens
 * (`pairFeatures`) or need the whole sentence (gazetteer phrases, position, POS).
 */
import { readFileSync } from 'node:fs';
import { dataPath } from './data-path.js';
import { matchPhrases } from './gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import type { WordClusters } from './clusters.js';
import { nameListLabels, nameToken, tokenLabel } from './name-lists.js';
import type { NameLists } from './name-lists.js';
import { bareKey, foldText, wordKey } from './normalize.js';
import { coarsePos } from './pos.js';
import type { TaggerToken } from './types.js';

/** What feature extraction reads besides the tokens. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  clusters: WordClusters;
  /** How each word is usually written (word-case.ts); no such features when absent. */
  wordCase?: ReadonlyMap<string, number>;
  /** Name lists (cities by population, regions, organisations); no such features when absent. */
  names?: NameLists;
}

/** Word shape with character classes (X, x, d) and runs collapsed: "McCain" → "XxXx", "U.S." → "X.X.". */
export function shape(text: string): string {
  let out = '';
  let prev = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = ch;
    else c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

/** A word's case class (see `caseClass`). */
export type CaseClass = 'init' | 'upper' | 'lower' | 'mixed' | 'none';

/** Case class of a word: init (Xxx), upper (XX), lower, mixed, or none (no letters). */
export function caseClass(text: string): CaseClass {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters) return 'none';
  if (letters === letters.toLowerCase()) return 'lower';
  if (letters === letters.toUpperCase()) return letters.length === 1 ? 'init' : 'upper';
  return /^\p{Lu}/u.test(letters) && letters.slice(1) === letters.slice(1).toLowerCase() ? 'init' : 'mixed';
}

/** Whether a word counts as set in capitals for `isAllCaps` (undefined: no letters, not counted). */
export function capsVote(text: string): boolean | undefined {
  const c = caseClass(text);
  if (c === 'none') return undefined;
  return c === 'upper' || (c === 'init' && text.length === 1);
}

/**
 * True when the sentence is set in capitals (at least three words with letters, at least 70% of
 * them fully upper-case): case then says nothing about names.
 */
export function isAllCaps(tokens: readonly TaggerToken[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    const v = capsVote(t.text);
    if (v === undefined) continue;
    words++;
    if (v) upper++;
  }
  return words >= 3 && upper / words >= 0.7;
}

/** Capitalised words a Title Case headline needs (shorter lines say too little either way). */
export const TITLE_MIN_WORDS = 4;

let smallWords: ReadonlySet<string> | undefined;

/** Function words Title Case leaves lowercase (data/title-small-words.json, loaded once). */
export function titleSmallWords(): ReadonlySet<string> {
  smallWords ??= new Set((JSON.parse(readFileSync(dataPath('title-small-words.json'), 'utf8')) as { words: string[] }).words);
  return smallWords;
}

/**
 * A word's vote for `isTitleCase`: 0 = neutral (not starting with a letter, a one-letter or
 * two-letter capital such as "UN", or a listed function word in lowercase: "in", "of"), 1 = any
 * other lowercase word
 * (running text), 2 = a capitalised word of three or more letters.
 */
export function titleVote(text: string): 0 | 1 | 2 {
  const first = text.charAt(0);
  // Only a word that starts with a letter votes: "'s", "1990s", "(AP" say nothing about case style.
  if (first.toLowerCase() === first.toUpperCase()) return 0;
  if (first === first.toLowerCase()) return titleSmallWords().has(text.toLowerCase()) ? 0 : 1;
  let letters = 0;
  for (const ch of text) if (ch.toLowerCase() !== ch.toUpperCase()) letters++;
  return letters >= 3 ? 2 : 0;
}

/**
 * True for a Title Case headline ("Explosion Rocks Beirut Port, Dozens Killed"): at least four
 * capitalised words and no lowercase word but the function words Title Case keeps small. Running
 * text always has a lowercase verb or noun ("met", "said"), so there a capital still means a name.
 */
export function isTitleCase(tokens: readonly TaggerToken[]): boolean {
  let capitals = 0;
  for (const t of tokens) {
    const v = titleVote(t.text);
    if (v === 1) return false;
    if (v === 2) capitals++;
  }
  return capitals >= TITLE_MIN_WORDS;
}

/**
 * True when the sentence's case says nothing about names: ALL CAPS or Title Case. Such a sentence
 * is tagged with the case-blind features (the `AC` marker), learned from uppercased copies.
 */
export function isCaseless(tokens: readonly TaggerToken[]): boolean {
  return isAllCaps(tokens) || isTitleCase(tokens);
}

/**
 * `isCaseless` from per-sentence counts of the word votes (for callers that cache the votes per
 * word): words with letters and those set in capitals (`capsVote`), capitalised and lowercase
 * votes of `titleVote`.
 */
export function caselessFromCounts(words: number, upper: number, capitals: number, lowercase: number): boolean {
  return (words >= 3 && upper / words >= 0.7) || (capitals >= TITLE_MIN_WORDS && lowercase === 0);
}

/** Case marker of every word in a caseless (ALL-CAPS or Title Case) sentence. */
export const ALL_CAPS = 'AC';
/** Every value the case slot of a feature can take inside a sentence. */
export const CASE_VALUES: readonly string[] = ['init', 'upper', 'lower', 'mixed', 'none', ALL_CAPS];
/** Neighbour word key / shape / case before the first and after the last token. */
export const BOS = '<s>';
export const EOS = '</s>';

/**
 * The single-word features of one word type, by the role the word plays for the token being
 * tagged: itself (`self`), its left neighbour (`m1`, `m2` = one/two tokens before) or right
 * neighbour (`p1`, `p2`). `key` and `caseValue` feed the pair features.
 */
export interface WordRoles {
  key: string;
  caseValue: string;
  self: string[];
  m1: string[];
  m2: string[];
  p1: string[];
  p2: string[];
}

/** The roles of one word; `caps` = the sentence is ALL-CAPS. */
export function wordRoles(text: string, caps: boolean, res: FeatureResources): WordRoles {
  const k = wordKey(text);
  const bare = bareKey(text);
  const sh = caps ? ALL_CAPS : shape(foldText(text));
  const cs = caps ? ALL_CAPS : caseClass(text);
  const fine = res.clusters.fine.get(k);
  const fineName = fine === undefined ? 'unk' : String(fine);
  const coarseName = fine === undefined ? 'unk' : String(res.clusters.coarse[fine] ?? 'unk');
  // The finer granularity only when the table has one (older tables: same features as before).
  const extra = res.clusters.extra ? String(res.clusters.extra.get(k) ?? 'unk') : undefined;
  const title = res.gazetteer.titles.has(bare);
  const cue = res.gazetteer.orgCues.has(bare);

  const self: string[] = ['b', `l=${k}`, `s=${sh}`, caps ? ALL_CAPS : `w=${foldText(text)}`];
  // Always present, so "Mr" (British style) shares the weights GMB gave "Mr.".
  self.push(`n=${bare}`);
  const letters = k.replace(/[^\p{L}\p{N}]/gu, '');
  for (let a = 1; a <= 4 && a <= letters.length; a++) self.push(`p${a}=${letters.slice(0, a)}`, `x${a}=${letters.slice(-a)}`);
  self.push(`len=${Math.min(letters.length, 8)}`);
  if (k.includes('-') && k.length > 2) {
    const parts = k.split('-');
    self.push(`h0=${parts[0]}-`, `hl=-${parts[parts.length - 1]}`);
  }
  self.push(`k=${fineName}`, `K=${coarseName}`, `K|c=${coarseName}|${cs}`);
  if (extra !== undefined) self.push(`j=${extra}`, `j|c=${extra}|${cs}`);
  if (title) self.push('t');
  if (cue) self.push('o');
  const usual = res.wordCase ? String(res.wordCase.get(k) ?? 'u') : undefined;
  if (usual !== undefined) self.push(`cr=${usual}`, `cr|c=${usual}|${cs}`);

  const m1 = [`l-1=${k}`, `s-1=${sh}`, `k-1=${fineName}`];
  if (extra !== undefined) m1.push(`j-1=${extra}`);
  if (title) m1.push('t-1');
  if (cue) m1.push('o-1');
  if (usual !== undefined) m1.push(`cr-1=${usual}`);
  const m2 = [`l-2=${k}`, `K-2=${coarseName}`];
  if (title) m2.push('t-2');
  const p1 = [`l+1=${k}`, `s+1=${sh}`, `k+1=${fineName}`];
  if (extra !== undefined) p1.push(`j+1=${extra}`);
  if (cue) p1.push('o+1');
  if (usual !== undefined) p1.push(`cr+1=${usual}`);
  const p2 = [`l+2=${k}`, `K+2=${coarseName}`];
  if (cue) p2.push('o+2');
  return { key: k, caseValue: cs, self, m1, m2, p1, p2 };
}

/** What a token gets from a missing neighbour (before the first token / after the last). */
export const EDGE_ROLES: { readonly m1: readonly string[]; readonly m2: readonly string[]; readonly p1: readonly string[]; readonly p2: readonly string[] } = {
  m1: [`l-1=${BOS}`, `s-1=${BOS}`, 'k-1=edge'],
  m2: [`l-2=${BOS}`, 'K-2=edge'],
  p1: [`l+1=${EOS}`, `s+1=${EOS}`, 'k+1=edge'],
  p2: [`l+2=${EOS}`, 'K+2=edge'],
};

/** The case feature of a token (sentence-initial marked: a capital there means less). */
export function caseFeature(caseValue: string, initial: boolean): string {
  return `c=${caseValue}${initial ? '^' : ''}`;
}

/** Features combining the left neighbour (key and case, BOS at the start) with the token's case. */
export function leftCaseFeatures(leftKey: string, leftCase: string, caseValue: string): [string, string] {
  return [`l-1|c=${leftKey}|${caseValue}`, `c-1|c=${leftCase}|${caseValue}`];
}

/** Features combining the token's case with the right neighbour (key and case, EOS at the end). */
export function rightCaseFeatures(caseValue: string, rightKey: string, rightCase: string): [string, string] {
  return [`c|l+1=${caseValue}|${rightKey}`, `c|c+1=${caseValue}|${rightCase}`];
}

/** The word-bigram feature of a token with its left neighbour. */
export function leftBigram(leftKey: string, key: string): string {
  return `l-1|l=${leftKey}|${key}`;
}

/** The word-bigram feature of a token with its right neighbour. */
export function rightBigram(key: string, rightKey: string): string {
  return `l|l+1=${key}|${rightKey}`;
}

/** Gazetteer phrase labels per token ("country:Bm" = first token of a multi-token country name). */
export function phraseLabels(keys: readonly string[], gaz: Gazetteer): string[][] {
  const phrase: string[][] = keys.map(() => []);
  for (const m of matchPhrases(keys, gaz)) {
    for (let i = m.start; i < m.end; i++) for (const l of m.lists) phrase[i]?.push(tokenLabel(l, i === m.start, m.end - m.start > 1));
  }
  return phrase;
}

/** Whether a token of case class `caseValue` may start or end a listed name (name-lists.ts). */
export function nameCapital(caseValue: string): boolean {
  return caseValue === 'init' || caseValue === 'upper' || caseValue === 'mixed' || caseValue === ALL_CAPS;
}

/** The name-list features of token i, from the per-token labels of `nameListLabels`. */
export function nameListFeatures(labels: readonly (readonly string[])[], i: number): string[] {
  const f: string[] = [];
  for (const l of labels[i] ?? []) f.push(`nl=${l}`);
  for (const l of labels[i - 1] ?? []) f.push(`nl-1=${l}`);
  for (const l of labels[i + 1] ?? []) f.push(`nl+1=${l}`);
  return f;
}

/** The POS features of token i (only when the caller gave POS). */
export function posFeatures(pos: readonly (string | undefined)[], i: number, caseValue: string): string[] {
  const p = pos[i];
  if (p === undefined) return [];
  return [`p=${p}`, `p-1=${i > 0 ? (pos[i - 1] ?? BOS) : BOS}`, `p+1=${i + 1 < pos.length ? (pos[i + 1] ?? EOS) : EOS}`, `p|c=${p}|${caseValue}`];
}

/** Lowercase words that may sit inside a capitalised name ("Ministry of Defence", "Ahrar al-Sham"). */
const RUN_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'de', 'al', 'el', 'du', 'la', 'von', 'van', 'bin', 'ibn', 'on', '&']);

/** Whether a case class starts or continues a capitalised run (a module function: no closure per call). */
function isCapitalCase(c: string | undefined): boolean {
  return c === 'init' || c === 'upper' || c === 'mixed';
}

/**
 * Capitalised-run features: a name's type is often decided by a word several tokens away — the
 * head at its end ("... Democratic Party", "... Liberation Army") or a cue anywhere in it — which
 * the ±2 window misses. A run is a maximal sequence of capitalised tokens, lowercase connectors
 * allowed inside. Per token in a run: its place and the run length, the run's last word, and
 * whether the run holds an organisation cue. Nothing in an ALL-CAPS sentence (case says nothing).
 */
export function runFeatures(keys: readonly string[], caseValues: readonly string[], orgCue: readonly boolean[]): string[][] {
  const n = keys.length;
  const out: string[][] = keys.map(() => []);
  for (let i = 0; i < n; ) {
    if (!isCapitalCase(caseValues[i])) {
      i++;
      continue;
    }
    // end is exclusive; a run extends over up to two connectors when a capital follows them.
    let end = i + 1;
    for (;;) {
      let j = end;
      while (j < n && j - end < 2 && !isCapitalCase(caseValues[j]) && RUN_CONNECTORS.has(keys[j] as string)) j++;
      if (j < n && isCapitalCase(caseValues[j])) end = j + 1;
      else break;
    }
    const len = end - i;
    const lenName = len > 4 ? '5+' : String(len);
    let cue = false;
    for (let k = i; k < end; k++) cue ||= orgCue[k] === true;
    const head = keys[end - 1] as string;
    for (let k = i; k < end; k++) {
      const place = len === 1 ? 'S' : k === i ? 'B' : k === end - 1 ? 'E' : 'I';
      const f = out[k] as string[];
      f.push(`r=${place}${lenName}`);
      if (len > 1) f.push(`rh=${head}`, `rh|r=${head}|${place}`);
      if (cue) f.push(`rc=${place}`);
    }
    i = end;
  }
  return out;
}

/** Computes the features of every token of a sentence (the reference form; training uses it). */
export function sentenceFeatures(tokens: readonly TaggerToken[], res: FeatureResources): string[][] {
  const n = tokens.length;
  const caps = isCaseless(tokens);
  const roles = tokens.map((t) => wordRoles(t.text, caps, res));
  const keys = roles.map((r) => r.key);
  const pos = tokens.map((t) => (t.pos ? coarsePos(t.pos) : undefined));
  const phrase = phraseLabels(keys, res.gazetteer);
  const runs = caps ? undefined : runFeatures(keys, roles.map((r) => r.caseValue), tokens.map((t) => res.gazetteer.orgCues.has(bareKey(t.text))));
  const names = res.names
    ? nameListLabels(tokens.map((t) => nameToken(t.text)), roles.map((r) => nameCapital(r.caseValue)), res.names)
    : undefined;
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const r = roles[i] as WordRoles;
    const left = roles[i - 1];
    const right = roles[i + 1];
    const f: string[] = [...r.self, caseFeature(r.caseValue, i === 0)];
    f.push(...(left?.m1 ?? EDGE_ROLES.m1), ...(roles[i - 2]?.m2 ?? EDGE_ROLES.m2), ...(right?.p1 ?? EDGE_ROLES.p1), ...(roles[i + 2]?.p2 ?? EDGE_ROLES.p2));
    f.push(leftBigram(left?.key ?? BOS, r.key), rightBigram(r.key, right?.key ?? EOS));
    f.push(...leftCaseFeatures(left?.key ?? BOS, left?.caseValue ?? BOS, r.caseValue), ...rightCaseFeatures(r.caseValue, right?.key ?? EOS, right?.caseValue ?? EOS));
    for (const g of phrase[i] ?? []) f.push(`g=${g}`);
    for (const g of phrase[i - 1] ?? []) f.push(`g-1=${g}`);
    for (const g of phrase[i + 1] ?? []) f.push(`g+1=${g}`);
    if (runs) f.push(...(runs[i] ?? []));
    if (names) f.push(...nameListFeatures(names, i));
    f.push(...posFeatures(pos, i, r.caseValue));
    out.push(f);
  }
  return out;
}
