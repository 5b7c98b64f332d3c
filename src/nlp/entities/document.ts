/**
 * Document-level consistency: a name typed once keeps its type across the article. The first pass
 * tags every sentence on its own; the names found vote (by decoding margin) for a type; the second
 * pass relabels spans of a known name to the voted type and tags untagged mentions of known names
 * (e.g. a headline's "LAVROV", or "Lavrov" after "Sergei Lavrov").
 */
import { caseClass } from './features.js';
import { wordKey } from './normalize.js';
import type { DocContext, EntityType, TaggedSpan, Tagger, TaggerToken } from './types.js';

/** The normalised text of tokens [start, end): folded, lowercased, space-joined. */
export function nameKey(tokens: readonly TaggerToken[], start: number, end: number): string {
  return tokens.slice(start, end).map((t) => wordKey(t.text)).join(' ');
}

const MAX_NAME_TOKENS = 6;

/** Whether any of tokens [start, end) carries a capital (its case class is neither lower nor none). */
function hasCapital(tokens: readonly TaggerToken[], start: number, end: number): boolean {
  for (let i = Math.max(0, start); i < Math.min(end, tokens.length); i++) {
    const c = caseClass((tokens[i] as TaggerToken).text);
    if (c !== 'lower' && c !== 'none') return true;
  }
  return false;
}

/**
 * Applies known names to one sentence's spans: relabels spans whose text is a known name of
 * another type, and adds spans for untagged mentions of known names (longest first; at least one
 * token must carry a capital, so "us" never becomes "US").
 */
export function applyContext(tokens: readonly TaggerToken[], spans: readonly TaggedSpan[], context: DocContext): TaggedSpan[] {
  // Each token's key once (folding is the costly part); a candidate name is a join of these.
  const keys = tokens.map((t) => wordKey(t.text));
  const out = spans.map((s) => {
    const known = context.names.get(keys.slice(s.start, s.end).join(' '));
    return known && known !== s.type ? { ...s, type: known } : s;
  });
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const s of out) for (let i = s.start; i < s.end; i++) covered[i] = true;
  const firsts = firstWords(context);
  const prefixes = namePrefixes(context);
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !firsts.has(keys[i] ?? '')) continue;
    // The longest free window that is a known name: the window grows a token at a time while
    // it stays free and its key is the start of some longer name.
    let best = 0;
    let bestType: EntityType | undefined;
    let key = '';
    const max = Math.min(MAX_NAME_TOKENS, tokens.length - i);
    for (let n = 1; n <= max; n++) {
      if (covered[i + n - 1]) break;
      key = n === 1 ? (keys[i] as string) : `${key} ${keys[i + n - 1] as string}`;
      const type = context.names.get(key);
      // The case test only for known names: it is the slow part and most windows are not names.
      if (type && hasCapital(tokens, i, i + n)) {
        best = n;
        bestType = type;
      }
      if (!prefixes.has(key)) break;
    }
    if (bestType === undefined) continue;
    out.push({ start: i, end: i + best, type: bestType });
    for (let j = i; j < i + best; j++) covered[j] = true;
    i += best - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

const PREFIXES = new WeakMap<DocContext, Set<string>>();

/** Every proper word-prefix of the context's known names (once per document): a longer name only grows from one. */
function namePrefixes(context: DocContext): Set<string> {
  let set = PREFIXES.get(context);
  if (!set) {
    set = new Set();
    for (const k of context.names.keys()) for (let bar = k.indexOf(' '); bar >= 0; bar = k.indexOf(' ', bar + 1)) set.add(k.slice(0, bar));
    PREFIXES.set(context, set);
  }
  return set;
}

const FIRSTS = new WeakMap<DocContext, Set<string>>();

/** The first words of the context's known names (computed once per document): most tokens start none. */
function firstWords(context: DocContext): Set<string> {
  let set = FIRSTS.get(context);
  if (!set) {
    set = new Set([...context.names.keys()].map((k) => k.split(' ', 1)[0] ?? ''));
    FIRSTS.set(context, set);
  }
  return set;
}

/**
 * Collects the names of a document's first-pass spans with their voted type. A person's last name
 * also votes (more weakly) for PERSON, so a later bare surname is recognised.
 */
export function collectNames(sentences: readonly (readonly TaggerToken[])[], spans: readonly (readonly TaggedSpan[])[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (key: string, type: EntityType, weight: number) => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(type, (v.get(type) ?? 0) + weight);
  };
  sentences.forEach((tokens, si) => {
    for (const s of spans[si] ?? []) {
      const capitalised = hasCapital(tokens, s.start, s.end);
      if (!capitalised) continue;
      const weight = 1 + Math.max(0, s.score ?? 0);
      vote(nameKey(tokens, s.start, s.end), s.type, weight);
      if (s.type === 'PERSON' && s.end - s.start > 1) vote(nameKey(tokens, s.end - 1, s.end), 'PERSON', 0.5 * weight);
    }
  });
  const names = new Map<string, EntityType>();
  for (const [key, v] of votes) {
    const best = [...v.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) names.set(key, best[0]);
  }
  return names;
}

/** Tags a whole document (sentences of tokens) with document-level consistency. */
export function tagDocument(tagger: Tagger, sentences: readonly (readonly TaggerToken[])[]): TaggedSpan[][] {
  const first = sentences.map((s) => tagger.tag(s));
  const context: DocContext = { names: collectNames(sentences, first) };
  return sentences.map((tokens, i) => applyContext(tokens, first[i] ?? [], context));
}
