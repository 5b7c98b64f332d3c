/**
 * The HTML article-body extractor: a readability/trafilatura-like cascade, linear in the page.
 *
 * 1. Prune and measure (page-analysis.ts) — one DOM walk drops non-content (scripts, nav,
 *    forms, hidden elements, elements whose class/id reads as boilerplate: share bars,
 *    comments, related teasers, captions, bylines…, unless they hold an explicit body marker)
 *    and computes, bottom-up, each element's text, link text, and how much of it is prose
 *    (long, link-poor blocks) versus boilerplate-like (link lists, short fragments).
 * 2. Choose the container (container.ts) — the element maximising prose minus boilerplate,
 *    which merges the sibling parts of a split article while leaving sidebars out.
 * 3. Walk blocks (block-walk.ts) — paragraphs, headings, list items, quotes and `pre`, each
 *    with segments aligning its whitespace-collapsed text to the source (text-builder.ts).
 * 4. Filter blocks (block-filter.ts) — the repeated title, link lists, stock lines
 *    ("Advertisement", "Share this", "Read more"…), trailing headings.
 * 5. Fallbacks — when little text was found, run again relaxed (keeping hidden elements and
 *    ignoring class words: wrappers hidden until a script runs, body wrappers with odd
 *    classes); then, if the page's JSON-LD has a longer `articleBody`, use that text (mapped
 *    to the source where it appears verbatim, else to the covering script range). A long
 *    JSON-LD body that shares almost no words with the result overrules it as well.
 *
 * Signals that steer step 2: `itemprop=articleBody`, the element where the JSON-LD
 * `articleBody` text sits (json-ld-anchor.ts), and the first prose right after the headline
 * (headline.ts) — the last one is what finds short articles next to longer boilerplate, and
 * keeps the container from widening over teaser cards of other stories (container.ts).
 *
 * Word lists live in boilerplate-words.json.
 */
import type { Document as DomDocument, Element } from 'domhandler';
import type { Block } from '../block.js';
import { filterBlocks } from './block-filter.js';
import { walkBlocks } from './block-walk.js';
import type { BreakMode } from './block-walk.js';
import { chooseContainer, withProseSiblings } from './container.js';
import { findHeadline } from './headline.js';
import { findBodyAnchor } from './json-ld-anchor.js';
import { jsonLdBlocks, readJsonLdBody } from './json-ld-body.js';
import { analysePage } from './page-analysis.js';

/** Options for {@link extractBody}. */
export interface BodyOptions {
  /** The article title, when known, so a repeated title is not taken as body. */
  title?: string;
  /** How `<br>` is read (default `double`: a doubled `<br>` splits a paragraph, a single one is a space). */
  breakMode?: BreakMode;
}

/** Below this many characters of body text the JSON-LD `articleBody` is consulted. */
const FALLBACK_CHARS = 250;
/** Below this many characters the strict pass found next to nothing, and a relaxed pass runs. */
const RELAXED_BELOW = 150;
/** The relaxed pass replaces the strict one only when it finds this many times more text. */
const RELAXED_FACTOR = 2;
/** The JSON-LD anchor is trusted when the page text under it covers this share of the JSON-LD body. */
const ANCHOR_TRUST = 0.4;

/** Finds the article body in a parsed page and returns it as blocks with source offsets. */
export function extractBody(dom: DomDocument, raw: string, options: BodyOptions = {}): Block[] {
  const strict = extractWith(dom, raw, options, false);
  let blocks = strict.blocks;
  let length = textLength(blocks);
  if (length < RELAXED_BELOW) {
    const relaxed = extractWith(dom, raw, options, true).blocks;
    // Relaxed output always has more text (it keeps what strict pruning removed); take it only
    // when strict found next to nothing.
    if (textLength(relaxed) > 0 && textLength(relaxed) >= RELAXED_FACTOR * length) {
      blocks = relaxed;
      length = textLength(relaxed);
    }
  }
  const jsonLd = readJsonLdBody(strict.scripts);
  if (!jsonLd) return blocks;
  if (length < FALLBACK_CHARS) {
    const fallback = jsonLdBlocks(jsonLd, raw);
    return textLength(fallback) > length ? fallback : blocks;
  }
  // Safety net: a long JSON-LD body that shares almost no words with what we found means we
  // picked the wrong part of the page (the JSON-LD body is often truncated, or a summary, so
  // only near-disjoint texts count).
  if (jsonLd.text.length >= DISAGREE_MIN_CHARS && disagree(blocks, jsonLd.text)) return jsonLdBlocks(jsonLd, raw);
  return blocks;
}

/** JSON-LD bodies shorter than this are never used to overrule the page. */
const DISAGREE_MIN_CHARS = 500;
/** Word overlap (either way) below which the page text and the JSON-LD body disagree. */
const DISAGREE_OVERLAP = 0.2;

/** True when the found text and the JSON-LD body share almost no words, in either direction. */
export function disagree(blocks: readonly Block[], jsonLdText: string): boolean {
  const ours = wordSet(blocks.map((b) => b.text).join(' '));
  const theirs = wordSet(jsonLdText);
  if (ours.size === 0 || theirs.size === 0) return false;
  let shared = 0;
  for (const w of ours) if (theirs.has(w)) shared++;
  return shared < DISAGREE_OVERLAP * ours.size && shared < DISAGREE_OVERLAP * theirs.size;
}

/** Distinct lower-cased words of four letters or more (short function words say nothing). */
function wordSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []) out.add(w);
  return out;
}

function extractWith(dom: DomDocument, raw: string, options: BodyOptions, relaxed: boolean): { blocks: Block[]; scripts: Element[] } {
  const analysis = analysePage(dom, { relaxed });
  const jsonLd = readJsonLdBody(analysis.scripts);
  const anchor = jsonLd && findBodyAnchor(jsonLd, analysis.texts);
  const trusted = anchor && anchor.matched >= ANCHOR_TRUST * anchor.bodyChars ? anchor.element : undefined;
  const headline = findHeadline(analysis, options.title);
  const container = chooseContainer(analysis, trusted, headline);
  if (!container) return { blocks: [], scripts: analysis.scripts };
  // The headline element is the article's title, metadata rather than body, even when it does
  // not repeat the <title> (an og:title or a shortened headline).
  const skip: Pick<ReadonlySet<Element>, 'has'> = headline ? { has: (el) => el === headline.el || analysis.dropped.has(el) } : analysis.dropped;
  const raws = withProseSiblings(container, analysis).flatMap((el) => walkBlocks(el, raw, skip, options.breakMode ?? 'double'));
  const blocks = filterBlocks(raws, options.title).map(({ kind, level, text, segments }) => ({
    kind,
    ...(level === undefined ? {} : { level }),
    text,
    segments,
  }));
  return { blocks, scripts: analysis.scripts };
}

function textLength(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}
