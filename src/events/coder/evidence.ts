/**
 * Evidence spans: a text span with its place in the source page (`doc.toSource`), so that every
 * coded field can be checked against the page it came from.
 *
 * @module
 */
import type { Document, EvidenceSpan, Span } from '../../core/index.js';

/** The span's text and offsets in the article text and, where it maps, in the source page. */
export function evidenceSpan(doc: Document, span: Span): EvidenceSpan {
  const out: EvidenceSpan = { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
  const src = doc.toSource(span);
  if (src) {
    out.sourceStart = src.start;
    out.sourceEnd = src.end;
  }
  return out;
}
