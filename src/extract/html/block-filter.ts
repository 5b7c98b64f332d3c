import type { RawBlock } from './block-walk.js';
import wordLists from './boilerplate-words.json' with { type: 'json' };

const LINES = wordLists.boilerplateLines.map((p) => new RegExp(p, 'iu'));
const RELATED = wordLists.relatedHeadings.map((p) => new RegExp(p, 'iu'));
/** Blocks longer than this are never judged by the boilerplate-line patterns. */
const LINE_MAX = 160;
/** Link share above which a block is a link list ("Read more: …", related links). */
const LINK_HEAVY = 0.5;
/**
 * Characters outside links that keep a link-heavy block: a sentence of its own, as long as a
 * prose block (a list item led by a linked name, then what it is about).
 */
const OWN_TEXT_KEEP = 60;
/** Blocks after a "related" heading are dropped while they are list items or this link-heavy. */
const RELATED_LINKY = 0.2;

/** Lower-cased letters and digits only, for loose text comparison. */
export function looseText(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when a block repeats the page title (the headline is metadata, not body). */
export function repeatsTitle(block: RawBlock, title: string | undefined): boolean {
  return title !== undefined && sameHeadline(block.text, title);
}

/** True when a text repeats a title, loosely (punctuation, a site suffix, a dropped word). */
export function sameHeadline(text: string, title: string): boolean {
  const a = looseText(text);
  const t = looseText(title);
  if (a.length < 10) return false;
  if (a === t || (t.includes(a) && a.length >= 0.5 * t.length) || (a.includes(t) && t.length >= 0.8 * a.length)) return true;
  // Word overlap, for headlines that differ from <title> in punctuation or a dropped word.
  const aw = words(text);
  const tw = new Set(words(title));
  if (aw.length < 3) return false;
  const shared = aw.filter((w) => tw.has(w)).length;
  return shared >= 0.7 * aw.length && shared >= 0.5 * tw.size;
}

/** True when a block reads as boilerplate: a link list or a known stock line. */
export function isBoilerplateBlock(block: RawBlock): boolean {
  const n = block.text.length;
  // A link-heavy block is dropped unless it still has a sentence of its own outside the links
  // (a paragraph with a link-laden inline pop-up card is still a paragraph).
  if (block.kind !== 'pre' && block.linkChars / n > LINK_HEAVY && n - block.linkChars < OWN_TEXT_KEEP) return true;
  if (n <= LINE_MAX && LINES.some((re) => re.test(block.text))) return true;
  return false;
}

/** True when a short block introduces a list of other stories ("More great stories", "Related"). */
export function isRelatedHeading(block: RawBlock): boolean {
  return block.text.length <= 60 && RELATED.some((re) => re.test(block.text));
}

/**
 * Drops boilerplate blocks inside the chosen container: a heading repeating the title (an h1
 * anywhere, other headings before the first prose), link lists, stock lines, "related" headings
 * with the list that follows them, and headings left with nothing after them.
 */
export function filterBlocks(blocks: readonly RawBlock[], title: string | undefined): RawBlock[] {
  const kept: RawBlock[] = [];
  let seenProse = false;
  let inRelated = false;
  for (const b of blocks) {
    if (inRelated) {
      if (b.kind === 'li' || b.linkChars / b.text.length > RELATED_LINKY) continue;
      inRelated = false;
    }
    const titleSlot = b.kind === 'h' ? b.level === 1 || !seenProse : kept.length === 0;
    if (titleSlot && repeatsTitle(b, title)) continue;
    if (isBoilerplateBlock(b)) continue;
    if ((b.kind === 'h' || b.kind === 'p') && isRelatedHeading(b)) {
      inRelated = true;
      continue;
    }
    if (b.kind !== 'h' && b.text.length >= 60) seenProse = true;
    kept.push(b);
  }
  while (kept.length > 0 && kept[kept.length - 1]!.kind === 'h') kept.pop();
  return kept;
}
