/**
 * The ScrapingHub article-extraction-benchmark metric: token 4-gram shingles per page,
 * precision and recall per page averaged over pages, F1 of the two means.
 *
 * Follows the benchmark's own evaluate script: `\w+` tokens (case kept), shingles of 4
 * consecutive tokens (a shorter text is one shingle); a page's precision counts only when it
 * predicted something, its recall only when the gold has text.
 */

/** The benchmark's shingle size. */
export const SHINGLE_SIZE = 4;

/** Word tokens (Python's Unicode `\w+`), case kept. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
}

/** Multiset of token n-gram shingles, as counts by key. */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Precision and recall of one prediction against one gold text. */
export interface PageScore {
  /** `null` when the prediction is empty (the page then counts toward recall only). */
  precision: number | null;
  /** `null` when the gold text is empty. */
  recall: number | null;
}

/** Scores one page as the benchmark does. */
export function scorePage(predicted: string, gold: string): PageScore {
  const p = shingles(predicted);
  const g = shingles(gold);
  let pTotal = 0;
  for (const c of p.values()) pTotal += c;
  let gTotal = 0;
  for (const c of g.values()) gTotal += c;
  let tp = 0;
  for (const [k, c] of p) tp += Math.min(c, g.get(k) ?? 0);
  const fp = pTotal - tp;
  const fn = gTotal - tp;
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  const precision = pTotal === 0 ? null : tp / pTotal;
  const recall = gTotal === 0 ? null : tp / gTotal;
  return { precision, recall };
}

/** Corpus scores: mean precision, mean recall, F1 of the means, and exact-match accuracy. */
export interface CorpusScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of pages whose token sequence equals the gold one. */
  exact: number;
}

/** Exact match as the benchmark defines it: equal token sequences. */
export function exactMatch(predicted: string, gold: string): boolean {
  const a = tokenize(predicted);
  const b = tokenize(gold);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Aggregates page scores as the benchmark does. */
export function scoreCorpus(pairs: readonly { predicted: string; gold: string }[]): CorpusScore {
  let p = 0;
  let pn = 0;
  let r = 0;
  let rn = 0;
  let exact = 0;
  for (const { predicted, gold } of pairs) {
    const s = scorePage(predicted, gold);
    if (s.precision !== null) {
      p += s.precision;
      pn++;
    }
    if (s.recall !== null) {
      r += s.recall;
      rn++;
    }
    if (exactMatch(predicted, gold)) exact++;
  }
  const precision = pn === 0 ? 0 : p / pn;
  const recall = rn === 0 ? 0 : r / rn;
  const n = pairs.length || 1;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pages: pairs.length, precision, recall, f1, exact: exact / n };
}
