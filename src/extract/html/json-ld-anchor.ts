import type { Element, Text } from 'domhandler';
import { jsonLdParagraphs } from './json-ld-body.js';
import type { JsonLdBody } from './json-ld-body.js';

/** Only text nodes with at least this many characters are looked up in the JSON-LD body. */
const MIN_NODE_CHARS = 40;
/** Characters of a node's text used as its probe. */
const PROBE_CHARS = 40;
/** The anchor is the deepest element holding this share of the matched text. */
const ANCHOR_SHARE = 0.8;

/** Where the page's JSON-LD `articleBody` sits in the DOM. */
export interface BodyAnchor {
  element: Element;
  /** Characters of page text found in the JSON-LD body, under `element`. */
  matched: number;
  /** Length of the JSON-LD body text. */
  bodyChars: number;
}

/**
 * Locates the JSON-LD `articleBody` in the page: every long text node whose opening words
 * occur in the body counts as matched; the anchor is the deepest element holding most of the
 * matched text. A page that repeats the body's first sentence in a teaser does not move the
 * anchor, since the bulk of the matches is elsewhere.
 */
export function findBodyAnchor(body: JsonLdBody, texts: readonly Text[]): BodyAnchor | undefined {
  const haystack = jsonLdParagraphs(body.text).join(' ');
  if (haystack.length < MIN_NODE_CHARS) return undefined;
  const matched = new Map<Element, number>();
  let total = 0;
  for (const t of texts) {
    const data = t.data;
    if (data.length < MIN_NODE_CHARS) continue;
    const norm = data.replace(/\s+/g, ' ').trim();
    if (norm.length < MIN_NODE_CHARS || !haystack.includes(norm.slice(0, PROBE_CHARS))) continue;
    total += norm.length;
    for (let p = t.parent; p && p.type === 'tag'; p = p.parent) {
      const el = p as Element;
      matched.set(el, (matched.get(el) ?? 0) + norm.length);
    }
  }
  if (total === 0) return undefined;
  // Map order is insertion order: for the first node, deepest ancestors come first. Pick the
  // deepest element over the share by depth, not order.
  let best: Element | undefined;
  let bestDepth = -1;
  for (const [el, n] of matched) {
    if (n < ANCHOR_SHARE * total) continue;
    const depth = depthOf(el);
    if (depth > bestDepth) {
      best = el;
      bestDepth = depth;
    }
  }
  return best ? { element: best, matched: matched.get(best) ?? 0, bodyChars: haystack.length } : undefined;
}

function depthOf(el: Element): number {
  let d = 0;
  for (let p = el.parent; p; p = p.parent) d++;
  return d;
}
