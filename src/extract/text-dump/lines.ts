import type { Block, BlockSegment } from '../block.js';

/** One non-empty line of the dump, trimmed, with its place in the raw text. */
export interface Line {
  text: string;
  start: number;
  end: number;
  /** A blank line (or the start of the dump) comes right before this line. */
  afterBlank: boolean;
}

/** A unit of the dump: one line, or several hard-wrapped lines of one paragraph. */
export interface Item {
  lines: Line[];
  /** The lines joined with single spaces, runs of whitespace collapsed. */
  text: string;
}

/** Hard-wrapped dumps wrap near this width or less; longer typical lines mean one paragraph per line. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 30;
/** Share of lines that must run close to the wrap width for the dump to count as hard-wrapped. */
const MIN_FULL_SHARE = 0.25;

/** Splits raw text into trimmed non-empty lines (`\n`, `\r\n` or `\r` endings). */
export function readLines(raw: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let afterBlank = true;
  for (let m = re.exec(raw); m && m[0] !== ''; m = re.exec(raw)) {
    const body = m[0].replace(/[\r\n]+$/, '');
    const lead = body.length - body.trimStart().length;
    const text = body.trim();
    if (!text) {
      afterBlank = true;
      continue;
    }
    lines.push({ text, start: m.index + lead, end: m.index + lead + text.length, afterBlank });
    afterBlank = false;
  }
  return lines;
}

/**
 * The width a hard-wrapped dump was wrapped at, or `undefined` when lines are paragraphs.
 * The 95th-percentile line length is the width; the dump is wrapped when that width is
 * typical of wrapping and enough lines run close to it.
 */
export function wrapWidth(lines: readonly Line[]): number | undefined {
  if (lines.length < 4) return undefined;
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(0.95 * (lengths.length - 1))]!;
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return undefined;
  const full = lines.filter((l, i) => l.text.length >= 0.75 * width && lines[i + 1] && !lines[i + 1]!.afterBlank).length;
  return full >= MIN_FULL_SHARE * lines.length ? width : undefined;
}

/**
 * Groups lines into items. In a hard-wrapped dump, a line continues into the next (same
 * paragraph, no blank line between) when the next line's first word would not have fitted
 * on it: a writer who broke the line early meant a new item. Otherwise every line is an item.
 */
export function groupItems(lines: readonly Line[]): Item[] {
  const width = wrapWidth(lines);
  const items: Item[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) items.push({ lines: current, text: current.map((l) => collapse(l.text)).join(' ') });
    current = [];
  };
  for (const line of lines) {
    const prev = current[current.length - 1];
    const firstWord = line.text.split(/\s/)[0] ?? '';
    const continues = width !== undefined && prev !== undefined && !line.afterBlank && prev.text.length + 1 + firstWord.length > width;
    if (!continues) flush();
    current.push(line);
  }
  flush();
  return items;
}

/**
 * Turns an item into a block whose segments map exactly onto the raw text: one segment per
 * run of single-spaced words, so each segment's text is identical to its source slice.
 */
export function itemBlock(item: Item, kind: Block['kind'], level?: number): Block {
  const segments: BlockSegment[] = [];
  let text = '';
  for (const line of item.lines) {
    for (const m of line.text.matchAll(/\S+(?: \S+)*/g)) {
      if (text) text += ' ';
      const start = text.length;
      text += m[0];
      segments.push({ start, end: text.length, sourceStart: line.start + m.index, sourceEnd: line.start + m.index + m[0].length });
    }
  }
  return level === undefined ? { kind, text, segments } : { kind, level, text, segments };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}
