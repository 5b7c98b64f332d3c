/**
 * Highlighted text: marks (evidence sentence, trigger, actor, place, date, entity…) over a text,
 * nested into one element per mark (split only where two marks cross).
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

/** A mark placed in the tree: its (possibly clipped) extent and the marks nested inside it. */
export interface MarkNode {
  mark: Mark;
  start: number;
  end: number;
  children: MarkNode[];
}

const byStartThenLongest = (a: { start: number; end: number }, b: { start: number; end: number }): number => a.start - b.start || b.end - b.start - (a.end - a.start);

/**
 * Nests the marks overlapping `[from, to)` into a tree: a mark inside another becomes its child
 * (the trigger inside its sentence), so each mark is one element. A mark that crosses the end of
 * the one it starts in is split there, and its rest is placed on its own. Empty marks are dropped.
 */
export function nestMarks(marks: readonly Mark[], from: number, to: number): MarkNode[] {
  const queue = marks
    .filter((m) => m.end > m.start && m.end > from && m.start < to)
    .map((m) => ({ mark: m, start: Math.max(from, m.start), end: Math.min(to, m.end) }))
    .sort(byStartThenLongest);
  const roots: MarkNode[] = [];
  const stack: MarkNode[] = [];
  while (queue.length > 0) {
    const next = queue.shift() as { mark: Mark; start: number; end: number };
    while (stack.length > 0 && (stack[stack.length - 1] as MarkNode).end <= next.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && next.end > parent.end) {
      queue.push({ mark: next.mark, start: parent.end, end: next.end });
      queue.sort(byStartThenLongest);
      next.end = parent.end;
    }
    const node: MarkNode = { ...next, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function render(text: string, nodes: readonly MarkNode[], from: number, to: number): (JSX.Element | string)[] {
  const out: (JSX.Element | string)[] = [];
  let at = from;
  for (const n of nodes) {
    if (n.start > at) out.push(text.slice(at, n.start));
    const inner = render(text, n.children, n.start, n.end);
    out.push(
      <mark key={n.start} class={n.mark.cls} title={n.mark.title} data-start={n.mark.start} data-end={n.mark.end}>
        {n.mark.href ? <a href={n.mark.href}>{inner}</a> : inner}
      </mark>,
    );
    at = n.end;
  }
  if (to > at) out.push(text.slice(at, to));
  return out;
}

/** Renders `[from, to)` of `text` with its marks as nested `<mark>` elements. */
export function Highlighted({ text, marks, from = 0, to = text.length }: { text: string; marks: readonly Mark[]; from?: number; to?: number }): JSX.Element {
  return <>{render(text, nestMarks(marks, from, to), from, to)}</>;
}
