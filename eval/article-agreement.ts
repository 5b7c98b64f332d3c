/**
 * Agreement between two annotators of whole-article events (eval/fixtures/article-events.json and a
 * second annotator's independent pass over some of its pages, eval/fixtures/article-events-second.json).
 * It bounds what the `article-events` suite can ask of sitrep: where two people disagree, no system
 * can score 1.
 *
 * Sentences are the gold body cut at sentence ends (abbreviations and initials kept) and at line
 * breaks. Two annotations are matched when they lie in the same sentence and either their triggers
 * are within 12 characters ("set on fire" / "fire") or their types fit (one's type is the other's type
 * or alternative); pairs are taken greedily, nearest first, trigger matches before type matches.
 */
import type { GoldEvent } from './article-events.js';

/** Abbreviations whose full stop ends no sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'st', 'gen', 'lt', 'col', 'sgt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'jr', 'sr', 'inc', 'corp', 'co', 'u.s', 'u.k', 'u.n', 'd.c', 'prof', 'rev']);

/** Sentence start offsets of a gold body (see the module comment). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])|\n\s*/g)) {
    if ('.!?'.includes(m[0][0]!)) {
      const word = (/(\S+)$/.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? '').toLowerCase().replace(/^[("“]+/, '');
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word)) continue;
    }
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** The index of the sentence holding offset `at`. */
function sentenceOf(starts: readonly number[], at: number): number {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
  return i;
}

const typesOf = (e: GoldEvent) => new Set([e.type, ...(e.alt ?? [])]);
const fits = (a: GoldEvent, b: GoldEvent) => [...typesOf(a)].some((t) => typesOf(b).has(t));
const factual = (s: string) => s === 'occurred' || s === 'claimed';

/** Agreement counts, summed over pages. */
export interface Agreement {
  pages: number;
  first: number;
  second: number;
  firstRequired: number;
  /** Required annotations of the first annotator the second matched. */
  firstRequiredMatched: number;
  pairs: number;
  typeExact: number;
  typeFits: number;
  statusExact: number;
  statusFactual: number;
  countryExact: number;
  /** The second annotator scored as sitrep is: (sentence, type) items and the right ones among them. */
  secondItems: number;
  secondItemsRight: number;
  /** The first annotator scored against the second: (sentence, type) items, right ones; the second's required events and those the first has. */
  firstItems: number;
  firstItemsRight: number;
  secondRequired: number;
  secondRequiredFound: number;
}

/** Agreement of `second` with `first` over the pages both annotated; `bodies` gives each page's gold body. */
export function agreement(first: Record<string, GoldEvent[]>, second: Record<string, GoldEvent[]>, bodies: Record<string, string | undefined>): Agreement {
  const a: Agreement = { pages: 0, first: 0, second: 0, firstRequired: 0, firstRequiredMatched: 0, pairs: 0, typeExact: 0, typeFits: 0, statusExact: 0, statusFactual: 0, countryExact: 0, secondItems: 0, secondItemsRight: 0, firstItems: 0, firstItemsRight: 0, secondRequired: 0, secondRequiredFound: 0 };
  for (const [id, sec] of Object.entries(second)) {
    const fst = first[id];
    const body = bodies[id];
    if (!fst || body === undefined) continue;
    const starts = sentenceStarts(body);
    const sent = (e: GoldEvent) => sentenceOf(starts, e.at);
    a.pages++;
    a.first += fst.length;
    a.second += sec.length;
    const candidates: [number, number, number, number][] = [];
    fst.forEach((f, i) => sec.forEach((s, j) => {
      if (sent(f) !== sent(s)) return;
      const d = Math.abs(f.at - s.at);
      if (d <= 12) candidates.push([0, d, i, j]);
      else if (fits(f, s)) candidates.push([1, d, i, j]);
    }));
    candidates.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || x[3] - y[3]);
    const usedI = new Set<number>();
    const usedJ = new Set<number>();
    for (const [, , i, j] of candidates) {
      if (usedI.has(i) || usedJ.has(j)) continue;
      usedI.add(i);
      usedJ.add(j);
      const f = fst[i]!;
      const s = sec[j]!;
      a.pairs++;
      if (f.type === s.type) a.typeExact++;
      if (fits(f, s)) a.typeFits++;
      if (f.status === s.status) a.statusExact++;
      if (factual(f.status) === factual(s.status)) a.statusFactual++;
      if (f.country === s.country) a.countryExact++;
    }
    fst.forEach((f, i) => {
      if (f.optional) return;
      a.firstRequired++;
      if (usedI.has(i)) a.firstRequiredMatched++;
    });
    const asSystem = (system: GoldEvent[], gold: GoldEvent[]): [number, number] => {
      const items = new Set(system.map((e) => `${sent(e)}:${e.type}`));
      let right = 0;
      for (const item of items) {
        const [n, type] = item.split(':') as [string, string];
        if (gold.some((g) => sent(g) === Number(n) && typesOf(g).has(type))) right++;
      }
      return [items.size, right];
    };
    const [si, sr] = asSystem(sec, fst);
    a.secondItems += si;
    a.secondItemsRight += sr;
    const [fi, fr] = asSystem(fst, sec);
    a.firstItems += fi;
    a.firstItemsRight += fr;
    for (const s of sec) {
      if (s.optional) continue;
      a.secondRequired++;
      if (fst.some((f) => sent(f) === sent(s) && typesOf(f).has(s.type))) a.secondRequiredFound++;
    }
  }
  return a;
}
