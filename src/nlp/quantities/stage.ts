import type { Document, Quantity, Stage } from '../../core/index.js';
import { parseQuantities } from './parse.js';

/**
 * The quantities stage: numbers with their qualifiers ("as many as 100" → 100, upper bound), the
 * noun they count ("700 people"), and a `kind` that keeps years, dates, times, money,
 * percentages, ordinals, ages and identifiers apart from counts.
 */
export const quantitiesStage: Stage = {
  name: 'quantities',
  version: 1,
  requires: ['text', 'tokens'],
  assigns: ['quantities'],
  run(doc: Document) {
    const text = doc.text;
    const tokens = doc.layer('tokens') ?? [];
    const out: Quantity[] = [];
    let t = 0;
    while (t < tokens.length) {
      const sentence = tokens[t]!.sentence;
      let u = t;
      const words: string[] = [];
      const pos: string[] = [];
      const glued: boolean[] = [];
      for (; u < tokens.length && tokens[u]!.sentence === sentence; u++) {
        const tok = tokens[u]!;
        words.push(text.slice(tok.start, tok.end));
        pos.push(tok.pos);
        glued.push(u > t && tokens[u - 1]!.end === tok.start);
      }
      for (const q of parseQuantities({ words, pos, glued })) {
        const start = tokens[t + q.start]!.start;
        const end = tokens[t + q.end - 1]!.end;
        const item: Quantity = { start, end, text: text.slice(start, end), kind: q.kind, value: q.value, qualifier: q.qualifier };
        if (q.exclusive) item.exclusive = true;
        if (q.max !== undefined) item.max = q.max;
        if (q.noun !== undefined) {
          const n = tokens[t + q.noun]!;
          item.noun = { start: n.start, end: n.end, text: text.slice(n.start, n.end) };
        }
        out.push(item);
      }
      t = u;
    }
    doc.setLayer('quantities', out);
    return doc;
  },
};
