import words from './boilerplate-words.json' with { type: 'json' };

/** What an element's `class` and `id` say about it. */
export interface ClassSignal {
  /** 0: nothing boilerplate-like; 1: a weak boilerplate word (sidebar, meta…); 2: a strong one (share, comments, ads…). */
  negative: 0 | 1 | 2;
  /** The class/id names the article body (article, content, post-body…). */
  positive: boolean;
  /** The class marks the element as hidden (sr-only, d-none…). */
  hidden: boolean;
  /** The class/id names the article body itself (`article-body`, `entry-content`…). */
  bodyName: boolean;
  /**
   * Some class name (or the id) ends in a positive word: in compound names the last word is
   * the head (`gallery-article` is an article, `article-tags` is tags).
   */
  positiveHead: boolean;
}

const NONE: ClassSignal = Object.freeze({ negative: 0, positive: false, hidden: false, bodyName: false, positiveHead: false });

const negTokens = new Set(words.negative.tokens);
const strongTokens = new Set(words.negative.strong);
const negPrefixes = words.negative.prefixes;
const strongPrefixes = words.negative.strongPrefixes;
const qualifiers = new Set(words.negative.wrapperQualifiers);
const posTokens = new Set(words.positive.tokens);
const posHeads = new Set(words.positive.heads);
const keepInside = new Set(words.keepInside.tokens);
const hiddenClasses = new Set(words.hiddenClasses);
const bodyHeads = new Set(words.bodyNames.heads);
const bodyTails = new Set(words.bodyNames.tails);
const bodyJoined = new Set(words.bodyNames.heads.flatMap((h) => words.bodyNames.tails.map((t) => h + t)));

// Class strings repeat a lot within and across pages; a bounded memo keeps classification off
// the hot path without growing without limit in long batch runs.
const memo = new Map<string, ClassSignal>();
const MEMO_LIMIT = 20_000;

/**
 * Splits class/id text into lower-case word tokens: on punctuation, spaces and camelCase
 * boundaries, also keeping each whole camelCase word joined (`articleBody` → `article`,
 * `body`, `articlebody`).
 */
export function classTokens(value: string): string[] {
  const out: string[] = [];
  for (const part of value.split(/[^A-Za-z0-9]+/)) {
    if (!part) continue;
    const camel = part.split(/(?<=[a-z0-9])(?=[A-Z])/);
    if (camel.length > 1) for (const c of camel) out.push(c.toLowerCase());
    out.push(part.toLowerCase());
  }
  return out;
}

/** Classifies an element from its `class` and `id` attribute values (either may be empty). */
export function classSignal(className: string, id: string): ClassSignal {
  if (!className && !id) return NONE;
  const key = `${className}#${id}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const signal = computeSignal(className, id);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, signal);
  return signal;
}

function computeSignal(className: string, id: string): ClassSignal {
  let negative: 0 | 1 | 2 = 0;
  let positive = false;
  let hidden = false;
  let positiveHead = false;
  for (const name of [...className.split(/\s+/), id]) {
    if (hiddenClasses.has(name.toLowerCase())) hidden = true;
    const parts = name.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).filter(Boolean);
    const last = parts[parts.length - 1];
    if (parts.length > 1 && last && posHeads.has(last.toLowerCase())) positiveHead = true;
  }
  const tokens = classTokens(`${className} ${id}`);
  const ignored = new Set<number>();
  let bodyName = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (posTokens.has(t)) positive = true;
    if (bodyJoined.has(t) || (bodyHeads.has(t) && bodyTails.has(tokens[i + 1] ?? '') && t !== tokens[i + 1])) bodyName = true;
    // `has-sidebar`, `no-comments`: a page-state flag on a wrapper, not a boilerplate block.
    if (qualifiers.has(t)) ignored.add(i + 1);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (ignored.has(i)) continue;
    const t = tokens[i]!;
    let level: 0 | 1 | 2 = 0;
    if (strongTokens.has(t) || strongPrefixes.some((p) => t.startsWith(p))) level = 2;
    else if (negTokens.has(t) || negPrefixes.some((p) => t.startsWith(p))) level = 1;
    if (level === 1 && positive && keepInside.has(t)) level = 0;
    if (level > negative) negative = level;
  }
  return { negative, positive, hidden, bodyName, positiveHead };
}
