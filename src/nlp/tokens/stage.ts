import type { Document, Sentence, Stage, Token } from '../../core/index.js';
import { repairSentences } from './sentence-repair.js';
import { analyzeParagraph } from './wink.js';

/**
 * The tokens stage: splits each paragraph into sentences and POS-tagged tokens with wink-nlp.
 * Wink sees one paragraph at a time, so no sentence crosses a paragraph boundary, and every
 * offset is mapped back to `doc.text` exactly (`doc.text.slice(t.start, t.end)` is the token).
 */
export const tokensStage: Stage = {
  name: 'tokens',
  version: 1,
  requires: ['text', 'paragraphs'],
  assigns: ['sentences', 'tokens'],
  run(doc: Document) {
    const text = doc.text;
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    const paragraphs = doc.layer('paragraphs') ?? [];
    for (let p = 0; p < paragraphs.length; p++) {
      const para = paragraphs[p]!;
      const slice = text.slice(para.start, para.end);
      if (slice.trim() === '') continue;
      const a = analyzeParagraph(slice);
      const base = para.start;
      const repaired = repairSentences(a.sentences, (i) => slice.slice(a.starts[i]!, a.ends[i]!));
      for (const [first, last] of repaired) {
        const index = sentences.length;
        sentences.push({ start: base + a.starts[first]!, end: base + a.ends[last]!, paragraph: p });
        for (let i = first; i <= last; i++) {
          tokens.push({ start: base + a.starts[i]!, end: base + a.ends[i]!, pos: a.pos[i]!, sentence: index });
        }
      }
    }
    doc.setLayer('sentences', sentences);
    doc.setLayer('tokens', tokens);
    return doc;
  },
};
