/**
 * Observation features of each token of a sentence, as strings (the model maps them to weights).
 * Case-robust by design: every case-sensitive feature has a lowercase twin, and in an ALL-CAPS
 * sentence (headlines, datelines) the case-sensitive ones are replaced by an "AC" marker, so the
 * model falls back on word identity, clusters, gazetteers and context — training adds uppercased
 * copies of sentences so those weights are learned.
 */
import { matchPhrases } from './gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import type { WordClusters } from './clusters.js';
import { bareKey, foldText, wordKey } from './normalize.js';
import { coarsePos } from './pos.js';
import type { TaggerToken } from './types.js';

/** What feature extraction reads besides the tokens. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  clusters: WordClusters;
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

/** Case class of a word: init (Xxx), upper (XX), lower, mixed, or none (no letters). */
export function caseClass(text: string): 'init' | 'upper' | 'lower' | 'mixed' | 'none' {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters) return 'none';
  if (letters === letters.toLowerCase()) return 'lower';
  if (letters === letters.toUpperCase()) return letters.length === 1 ? 'init' : 'upper';
  return /^\p{Lu}/u.test(letters) && letters.slice(1) === letters.slice(1).toLowerCase() ? 'init' : 'mixed';
}

/**
 * True when the sentence is set in capitals (at least three words with letters, at least 70% of
 * them fully upper-case): case then says nothing about names.
 */
export function isAllCaps(tokens: readonly TaggerToken[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    const c = caseClass(t.text);
    if (c === 'none') continue;
    words++;
    if (c === 'upper' || (c === 'init' && t.text.length === 1)) upper++;
  }
  return words >= 3 && upper / words >= 0.7;
}

const BOS = '<s>';
const EOS = '</s>';

/** Computes the features of every token of a sentence. */
export function sentenceFeatures(tokens: readonly TaggerToken[], res: FeatureResources): string[][] {
  const n = tokens.length;
  const caps = isAllCaps(tokens);
  const keys = tokens.map((t) => wordKey(t.text));
  const bare = tokens.map((t) => bareKey(t.text));
  const shapes = tokens.map((t) => (caps ? 'AC' : shape(foldText(t.text))));
  const cases = tokens.map((t) => (caps ? 'AC' : caseClass(t.text)));
  const fine = keys.map((k) => res.clusters.fine.get(k));
  const pos = tokens.map((t) => (t.pos ? coarsePos(t.pos) : undefined));
  const gaz = res.gazetteer;
  const phrase = new Array<string[]>(n);
  for (let i = 0; i < n; i++) phrase[i] = [];
  for (const m of matchPhrases(keys, gaz)) {
    for (let i = m.start; i < m.end; i++) for (const l of m.lists) phrase[i]?.push(`${l}:${i === m.start ? 'B' : 'I'}${m.end - m.start > 1 ? 'm' : ''}`);
  }
  const title = bare.map((k) => gaz.titles.has(k));
  const cue = bare.map((k) => gaz.orgCues.has(k));
  const key = (i: number) => (i < 0 ? BOS : i >= n ? EOS : (keys[i] ?? ''));
  const at = <T>(arr: readonly T[], i: number, edge: T) => (i < 0 || i >= n ? edge : (arr[i] as T));
  const cl = (i: number, coarse: boolean) => {
    if (i < 0 || i >= n) return 'edge';
    const f = fine[i];
    if (f === undefined) return 'unk';
    return coarse ? String(res.clusters.coarse[f] ?? 'unk') : String(f);
  };

  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const k = key(i);
    const f: string[] = ['b', `l=${k}`, `s=${shapes[i]}`, `c=${cases[i]}${i === 0 ? '^' : ''}`];
    if (!caps) f.push(`w=${foldText(tokens[i]?.text ?? '')}`);
    else f.push('AC');
    // Always present, so "Mr" (British style) shares the weights GMB gave "Mr.".
    f.push(`n=${bare[i]}`);
    const letters = k.replace(/[^\p{L}\p{N}]/gu, '');
    for (let a = 1; a <= 4 && a <= letters.length; a++) f.push(`p${a}=${letters.slice(0, a)}`, `x${a}=${letters.slice(-a)}`);
    f.push(`len=${Math.min(letters.length, 8)}`);
    if (k.includes('-') && k.length > 2) {
      const parts = k.split('-');
      f.push(`h0=${parts[0]}-`, `hl=-${parts[parts.length - 1]}`);
    }
    f.push(`l-1=${key(i - 1)}`, `l+1=${key(i + 1)}`, `l-2=${key(i - 2)}`, `l+2=${key(i + 2)}`);
    f.push(`l-1|l=${key(i - 1)}|${k}`, `l|l+1=${k}|${key(i + 1)}`, `l-1|c=${key(i - 1)}|${cases[i]}`, `c|l+1=${cases[i]}|${key(i + 1)}`);
    f.push(`s-1=${at(shapes, i - 1, BOS)}`, `s+1=${at(shapes, i + 1, EOS)}`, `c-1|c=${at(cases, i - 1, BOS)}|${cases[i]}`, `c|c+1=${cases[i]}|${at(cases, i + 1, EOS)}`);
    f.push(`k=${cl(i, false)}`, `K=${cl(i, true)}`, `k-1=${cl(i - 1, false)}`, `k+1=${cl(i + 1, false)}`, `K-2=${cl(i - 2, true)}`, `K+2=${cl(i + 2, true)}`);
    f.push(`K|c=${cl(i, true)}|${cases[i]}`);
    for (const g of phrase[i] ?? []) f.push(`g=${g}`);
    for (const g of at(phrase, i - 1, [])) f.push(`g-1=${g}`);
    for (const g of at(phrase, i + 1, [])) f.push(`g+1=${g}`);
    if (title[i]) f.push('t');
    if (at(title, i - 1, false)) f.push('t-1');
    if (at(title, i - 2, false)) f.push('t-2');
    if (cue[i]) f.push('o');
    if (at(cue, i - 1, false)) f.push('o-1');
    if (at(cue, i + 1, false)) f.push('o+1');
    if (at(cue, i + 2, false)) f.push('o+2');
    const p = pos[i];
    if (p !== undefined) f.push(`p=${p}`, `p-1=${at(pos, i - 1, BOS)}`, `p+1=${at(pos, i + 1, EOS)}`, `p|c=${p}|${cases[i]}`);
    out.push(f);
  }
  return out;
}
