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
 *    to the source where it appears verbatim, else to the covering script range).
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
  if (length < FALLBACK_CHARS) {
    const body = readJsonLdBody(strict.scripts);
    const fallback = body && jsonLdBlocks(body, raw);
    if (fallback && textLength(fallback) > length) return fallback;
  }
  return blocks;
}

function extractWith(dom: DomDocument, raw: string, options: BodyOptions, relaxed: boolean): { blocks: Block[]; scripts: Element[] } {
  const analysis = analysePage(dom, { relaxed });
  const jsonLd = readJsonLdBody(analysis.scripts);
  const anchor = jsonLd && findBodyAnchor(jsonLd, analysis.texts);
  const trusted = anchor && anchor.matched >= ANCHOR_TRUST * anchor.bodyChars ? anchor.element : undefined;
  const headline = findHeadline(analysis, options.title);
  const container = chooseContainer(analysis, trusted, headline);
  if (!container) return { blocks: [], scripts: analysis.scripts };
  const raws = withProseSiblings(container, analysis).flatMap((el) =>
    walkBlocks(el, raw, analysis.dropped, options.breakMode ?? 'double'),
  );
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
