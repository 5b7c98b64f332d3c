/**
 * Highlighted text: marks (evidence sentence, trigger, actor, place, date, entity…) over a text,
 * cut into segments at every mark boundary so overlapping marks nest cleanly.
 */
import type { JSX } from 'preact';

/** One highlighted span of the text. */
export interface Mark {
  start: number;
  end: number;
  /** CSS class(es) of the `<mark>`. */
  cls: string;
  /** Tooltip. */
  title?: string;
  /** Makes the span a link (actor and place pages). */
  href?: string;
}

/** A piece of the text between two mark boundaries, with the marks covering it (longest first). */
export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * Cuts `[from, to)` of a text at every boundary of the marks that overlap it. Each segment lists
 * the marks covering it, longest first (outermost), so the shortest (e.g. the trigger inside its
 * sentence) renders innermost and shows. Empty and out-of-range marks are ignored.
 */
export function segment(marks: readonly Mark[], from: number, to: number): Segment[] {
  const inside = marks.filter((m) => m.end > m.start && m.end > from && m.start < to);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = inside.filter((m) => m.start <= start && m.end >= end).sort((a, b) => b.end - b.start - (a.end - a.start));
    out.push({ start, end, marks: covering });
  }
  return out;
}

/** Renders `[from, to)` of `text` with its marks as nested `<mark>` elements. */
export function Highlighted({ text, marks, from = 0, to = text.length }: { text: string; marks: readonly Mark[]; from?: number; to?: number }): JSX.Element {
  return (
    <>
      {segment(marks, from, to).map((s) => {
        let node: JSX.Element | string = text.slice(s.start, s.end);
        for (let i = s.marks.length - 1; i >= 0; i--) {
          const m = s.marks[i] as Mark;
          const inner = m.href ? <a href={m.href}>{node}</a> : node;
          node = (
            <mark class={m.cls} title={m.title} data-start={m.start} data-end={m.end}>
              {inner}
            </mark>
          );
        }
        return <span key={s.start}>{node}</span>;
      })}
    </>
  );
}
