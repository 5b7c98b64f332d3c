import type { Span } from './model.js';

/**
 * One aligned piece: `text[textStart, textEnd)` came from `source[sourceStart, sourceEnd)`.
 * When the two lengths are equal the piece maps character by character; otherwise (entity
 * decoding, collapsed whitespace) positions inside it are interpolated.
 */
export interface OffsetSegment {
  textStart: number;
  textEnd: number;
  sourceStart: number;
  sourceEnd: number;
}

/**
 * Maps spans of the clean text back to the source page (vfile's `map`, for stand-off text).
 * Segments are kept sorted by text offset and never overlap.
 */
export class OffsetMap {
  readonly segments: readonly OffsetSegment[];

  constructor(segments: readonly OffsetSegment[]) {
    const sorted = [...segments].sort((a, b) => a.textStart - b.textStart);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      if (cur.textStart < prev.textEnd) {
        throw new Error(
          `OffsetMap: segments overlap at text offset ${cur.textStart}; build segments from disjoint text ranges`,
        );
      }
    }
    this.segments = Object.freeze(sorted);
  }

  /** The identity map over a text of `length` characters (text taken verbatim from the source). */
  static identity(length: number): OffsetMap {
    return new OffsetMap([{ textStart: 0, textEnd: length, sourceStart: 0, sourceEnd: length }]);
  }

  /**
   * Maps a text span to the smallest source span that covers it, or `undefined` when the span
   * touches no segment (text that extraction inserted, such as paragraph separators only).
   */
  toSource(span: Span): Span | undefined {
    const first = this.findFrom(span.start);
    if (first < 0) return undefined;
    let start: number | undefined;
    let end: number | undefined;
    for (let i = first; i < this.segments.length; i++) {
      const seg = this.segments[i]!;
      if (seg.textStart >= span.end && !(span.start === span.end && seg.textStart === span.start)) break;
      const from = Math.max(span.start, seg.textStart);
      const to = Math.min(span.end, seg.textEnd);
      if (to < from) continue;
      const s = project(seg, from, 'start');
      const e = project(seg, to, 'end');
      start = start === undefined ? s : Math.min(start, s);
      end = end === undefined ? e : Math.max(end, e);
    }
    if (start === undefined || end === undefined) return undefined;
    return { start, end };
  }

  /** Index of the first segment whose end is past `offset` (binary search), or -1. */
  private findFrom(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.segments[mid]!.textEnd >= offset) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }

  /** Plain JSON form (`segments` as `[textStart, textEnd, sourceStart, sourceEnd]` rows). */
  toJSON(): number[][] {
    return this.segments.map((s) => [s.textStart, s.textEnd, s.sourceStart, s.sourceEnd]);
  }

  /** Inverse of {@link OffsetMap.toJSON}. */
  static fromJSON(rows: readonly (readonly number[])[]): OffsetMap {
    return new OffsetMap(
      rows.map(([textStart = 0, textEnd = 0, sourceStart = 0, sourceEnd = 0]) => ({
        textStart,
        textEnd,
        sourceStart,
        sourceEnd,
      })),
    );
  }
}

function project(seg: OffsetSegment, offset: number, side: 'start' | 'end'): number {
  const textLen = seg.textEnd - seg.textStart;
  const sourceLen = seg.sourceEnd - seg.sourceStart;
  if (textLen === sourceLen) return seg.sourceStart + (offset - seg.textStart);
  // Lengths differ (decoded entities, collapsed spaces): positions inside are approximate, so
  // widen to the whole segment at the edges that are not exact.
  if (offset <= seg.textStart) return seg.sourceStart;
  if (offset >= seg.textEnd) return seg.sourceEnd;
  return side === 'start' ? seg.sourceStart : seg.sourceEnd;
}
