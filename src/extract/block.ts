import type { BlockKind } from '../core/index.js';

/**
 * One piece of a block's text and where it came from: `text[start, end)` of the block was
 * read from `source.raw[sourceStart, sourceEnd)`.
 */
export interface BlockSegment {
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
}

/** A body block as an extractor produces it, before blocks are joined into `doc.text`. */
export interface Block {
  kind: BlockKind;
  level?: number;
  /** Normalised text: single spaces, trimmed, entities decoded. */
  text: string;
  /** Alignment of `text` to the source, in order, non-overlapping. */
  segments: BlockSegment[];
}
