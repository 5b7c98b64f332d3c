import type { Element, Text } from 'domhandler';
import type { Span } from '../../core/index.js';

/**
 * Finds where an attribute's value lies in the raw page. htmlparser2 keeps element offsets but
 * not attribute offsets, so the start tag is re-read here; quotes are excluded from the span.
 */
export function attributeSpan(raw: string, el: Element, name: string): Span | undefined {
  const start = el.startIndex;
  if (start === null) return undefined;
  const re = /\s*([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*\/?>/y;
  re.lastIndex = start + 1 + el.name.length;
  const limit = Math.min(raw.length, (el.endIndex ?? raw.length) + 1);
  while (re.lastIndex < limit) {
    const at = re.lastIndex;
    const m = re.exec(raw);
    if (!m || m[1] === undefined) return undefined;
    if (m[1].toLowerCase() === name) {
      const value = m[2] ?? m[3] ?? m[4];
      if (value === undefined) return undefined;
      const valueStart = at + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
      return trimSpan(raw, { start: valueStart, end: valueStart + value.length });
    }
  }
  return undefined;
}

/** The span of a text node in the raw page, without surrounding whitespace. */
export function textSpan(raw: string, node: Text): Span | undefined {
  if (node.startIndex === null || node.endIndex === null) return undefined;
  // domhandler's endIndex is inclusive.
  return trimSpan(raw, { start: node.startIndex, end: node.endIndex + 1 });
}

/**
 * Narrows `span` to where `value` lies inside it. Keeps the whole span when the raw text is
 * `whole` with entities encoded; otherwise the value cannot be pinned down and there is no span.
 */
export function narrowSpan(raw: string, span: Span | undefined, value: string, whole: string): Span | undefined {
  if (!span) return undefined;
  const slice = raw.slice(span.start, span.end);
  const at = slice.indexOf(value);
  if (at >= 0) return { start: span.start + at, end: span.start + at + value.length };
  return value === whole ? span : undefined;
}

function trimSpan(raw: string, span: Span): Span | undefined {
  let { start, end } = span;
  while (start < end && /\s/.test(raw[start]!)) start++;
  while (end > start && /\s/.test(raw[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}
