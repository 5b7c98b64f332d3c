import type { ArticleMeta, MetaField, Span } from '../../core/index.js';
import type { Block } from '../block.js';
import { guessLanguage } from '../metadata/lang.js';
import { joinNames } from '../metadata/names.js';
import { bylineNames, classify, datelineDate, shapeOf } from './classify.js';
import type { ItemKind } from './classify.js';
import { groupItems, itemBlock, readLines } from './lines.js';
import type { Item } from './lines.js';

/** What the plain-text path returns. */
export interface TextDumpResult {
  meta: ArticleMeta;
  blocks: Block[];
}

/** Options for {@link extractTextDump}. */
export interface TextDumpOptions {
  /** "Now" in ms since the epoch, for rejecting future dates (default `Date.now()`). */
  now?: number;
}

/** A title is a short line; longer lines before the body are prose, not headlines. */
const TITLE_MAX_CHARS = 200;
const TITLE_MAX_WORDS = 30;
/** Headlines usually have this many words; shorter lines are more often site or section names. */
const TITLE_GOOD_WORDS = 4;
const STANDFIRST_MIN_WORDS = 5;
const STANDFIRST_MAX_WORDS = 80;
const STANDFIRST_LOWER = 0.4;

interface Classified {
  item: Item;
  kind: ItemKind;
}

/**
 * Recovers title, standfirst, byline, date and body from a plain-text page dump, dropping
 * site clutter. The body is the longest run of prose paragraphs (short sentences and one
 * crosshead at a time may sit between them); title, standfirst, byline and dateline are read
 * from the lines before it. Every block maps exactly onto the raw text.
 */
export function extractTextDump(raw: string, options: TextDumpOptions = {}): TextDumpResult {
  const items: Classified[] = groupItems(readLines(raw)).map((item) => ({ item, kind: classify(item.text, options.now) }));
  const body = findBody(items);
  const meta: ArticleMeta = {};
  if (!body) return { meta, blocks: [] };
  let { start } = body;
  // A question-headline reads like prose; the first line of a dump that runs straight into
  // the body is its title when it is short and not a finished statement.
  const firstItem = items[0];
  if (start === 0 && body.end - body.start >= 3 && firstItem && firstItem.item.lines.length === 1 && firstItem.item.text.length <= 150 && !/[.]["'”’)]*$/.test(firstItem.item.text)) {
    start = 1;
  }
  readHead(items.slice(0, start), meta, options.now);
  const blocks = items.slice(start, body.end).map(({ item, kind }) => (kind === 'heading' ? itemBlock(item, 'h', 2) : itemBlock(item, 'p')));
  const lang = guessLanguage(blocks.map((b) => b.text).join(' '));
  if (lang) meta.lang = { value: lang.lang, from: 'text' };
  return { meta, blocks };
}

/**
 * The best run of body items `[start, end)`: it starts and ends with prose (trailing
 * sentences allowed), may hold sentences and single headings between prose paragraphs, and
 * scores the characters of its prose. Anything else ends a run.
 */
export function findBody(items: readonly Classified[]): { start: number; end: number } | undefined {
  let best: { start: number; end: number; score: number } | undefined;
  let i = 0;
  while (i < items.length) {
    if (items[i]!.kind !== 'prose') {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    let score = items[i]!.item.text.length;
    let j = i + 1;
    let headingRun = 0;
    while (j < items.length) {
      const kind = items[j]!.kind;
      if (kind === 'prose') {
        score += items[j]!.item.text.length;
        end = j + 1;
        headingRun = 0;
      } else if (kind === 'sentence') {
        headingRun = 0;
      } else if (kind === 'heading' && headingRun === 0) {
        headingRun = 1;
      } else break;
      j++;
    }
    // Short sentences right after the last paragraph still belong to it ("He declined to comment.").
    while (end < items.length && items[end]!.kind === 'sentence') end++;
    if (!best || score > best.score) best = { start, end, score };
    i = Math.max(j, i + 1);
  }
  return best && { start: best.start, end: best.end };
}

/** Reads byline, dateline, title and standfirst from the items before the body. */
function readHead(head: readonly Classified[], meta: ArticleMeta, now: number | undefined): void {
  const free: Classified[] = [];
  const names: string[] = [];
  let bylineSource: Span | undefined;
  for (const c of head) {
    const { item, kind } = c;
    if (kind === 'clutter' || kind === 'breadcrumb') continue;
    if (kind === 'byline' || kind === 'dateline') {
      const found = bylineNames(item.text);
      if (found.length && names.length === 0) bylineSource = lineSpan(item);
      names.push(...found);
      const date = datelineDate(item.text, now);
      if (date && !date.updated && !meta.published && item.lines.length === 1) {
        const line = item.lines[0]!;
        // Offsets inside a single line's text are offsets in the raw line: the text is not collapsed there.
        const exact = line.text === item.text;
        meta.published = field(date.value, exact ? { start: line.start + date.index, end: line.start + date.index + date.length } : undefined);
      }
      continue;
    }
    free.push(c);
  }
  const byline = joinNames(names);
  if (byline) meta.byline = field(byline, bylineSource);
  // Headlines may be questions or exclamations, but a finished statement is prose, not a title.
  const titles = free.filter(({ item, kind }) => !(kind === 'prose' && /[.]["'”’)]*$/.test(item.text)) && item.text.length <= TITLE_MAX_CHARS && shapeOf(item.text).words <= TITLE_MAX_WORDS && shapeOf(item.text).words >= 2);
  const title = titles.find(({ item }) => shapeOf(item.text).words >= TITLE_GOOD_WORDS) ?? titles[0];
  if (!title) return;
  meta.title = field(title.item.text, lineSpan(title.item));
  const after = free.slice(free.indexOf(title) + 1);
  const standfirst = after.find(({ item }) => {
    const s = shapeOf(item.text);
    return s.words >= STANDFIRST_MIN_WORDS && s.words <= STANDFIRST_MAX_WORDS && s.lowerShare >= STANDFIRST_LOWER && !s.truncated;
  });
  if (standfirst) meta.standfirst = field(standfirst.item.text, lineSpan(standfirst.item));
}

function lineSpan(item: Item): Span {
  return { start: item.lines[0]!.start, end: item.lines[item.lines.length - 1]!.end };
}

function field(value: string, source: Span | undefined): MetaField {
  return source ? { value, from: 'text', source } : { value, from: 'text' };
}
