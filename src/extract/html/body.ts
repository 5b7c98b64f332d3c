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
 * 5. Fallback — when little prose was found and the page's JSON-LD has a longer
 *    `articleBody`, use that text (mapped to its covering range in the source).
 *
 * Word lists live in boilerplate-words.json.
 */
import type { Document as DomDocument } from 'domhandler';
import type { Block } from '../block.js';
import { filterBlocks } from './block-filter.js';
import { walkBlocks } from './block-walk.js';
import type { BreakMode } from './block-walk.js';
import { chooseContainer, withProseSiblings } from './container.js';
import { jsonLdArticleBody } from './json-ld-body.js';
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

/** Finds the article body in a parsed page and returns it as blocks with source offsets. */
export function extractBody(dom: DomDocument, raw: string, options: BodyOptions = {}): Block[] {
  const analysis = analysePage(dom);
  const container = chooseContainer(analysis);
  let blocks: Block[] = [];
  if (container) {
    const raws = withProseSiblings(container, analysis).flatMap((el) =>
      walkBlocks(el, raw, analysis.dropped, options.breakMode ?? 'double'),
    );
    blocks = filterBlocks(raws, options.title).map(({ kind, level, text, segments }) => ({
      kind,
      ...(level === undefined ? {} : { level }),
      text,
      segments,
    }));
  }
  const length = blocks.reduce((n, b) => n + b.text.length, 0);
  if (length < FALLBACK_CHARS) {
    const fallback = jsonLdArticleBody(dom, raw);
    if (fallback && fallback.reduce((n, b) => n + b.text.length, 0) > length) return fallback;
  }
  return blocks;
}
