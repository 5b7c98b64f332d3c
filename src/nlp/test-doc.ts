import { Document, OffsetMap } from '../core/index.js';
import type { Stage } from '../core/index.js';
import { makeSource } from '../core/test-helpers.js';

/**
 * Builds a Document by hand for nlp tests: paragraphs joined by a blank line, the paragraphs
 * layer set, and optionally a publication date in `meta`.
 */
export function docFromParagraphs(paragraphs: readonly string[], published?: string): Document {
  const text = paragraphs.join('\n\n');
  const doc = new Document(makeSource(text));
  doc.setText(text, OffsetMap.identity(text.length));
  let at = 0;
  doc.setLayer(
    'paragraphs',
    paragraphs.map((p) => {
      const span = { start: at, end: at + p.length, kind: 'p' as const };
      at += p.length + 2;
      return span;
    }),
  );
  if (published !== undefined) doc.meta.published = { value: published, from: 'test' };
  return doc;
}

/** Builds a Document from paragraphs and runs the language stages up to and including `until`. */
export async function runStages(paragraphs: readonly string[], stages: readonly Stage[], published?: string): Promise<Document> {
  const doc = docFromParagraphs(paragraphs, published);
  const ctx = { debug: () => {} };
  for (const stage of stages) await stage.run(doc, ctx);
  return doc;
}
