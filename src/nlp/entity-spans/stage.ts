import type { Document, EntitySpan, Stage } from '../../core/index.js';
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import { loadTagger } from '../tagger-stub.js';
import type { TaggerToken } from '../tagger-stub.js';
import { ruleSpans } from './rules.js';

/**
 * The entities stage: the trained tagger per sentence, then the rule layer (gazetteers and
 * title + name) for what the tagger left untagged. Token spans become `doc.text` spans.
 */
export const entitiesStage: Stage = {
  name: 'entities',
  version: 1,
  requires: ['text', 'sentences', 'tokens'],
  assigns: ['entities'],
  run(doc: Document) {
    const text = doc.text;
    const tokens = doc.layer('tokens') ?? [];
    const tagger = loadTagger();
    const gaz = loadGazetteer();
    const out: EntitySpan[] = [];
    let t = 0;
    while (t < tokens.length) {
      const sentence = tokens[t]!.sentence;
      let u = t;
      while (u < tokens.length && tokens[u]!.sentence === sentence) u++;
      const words: string[] = [];
      const pos: string[] = [];
      const input: TaggerToken[] = [];
      for (let k = t; k < u; k++) {
        const tok = tokens[k]!;
        const word = text.slice(tok.start, tok.end);
        words.push(word);
        pos.push(tok.pos);
        input.push({ text: word, pos: tok.pos });
      }
      const taken = new Uint8Array(u - t);
      const spans: EntitySpan[] = [];
      const push = (a: number, b: number, item: Omit<EntitySpan, 'start' | 'end' | 'text'>) => {
        const start = tokens[t + a]!.start;
        const end = tokens[t + b - 1]!.end;
        spans.push({ start, end, text: text.slice(start, end), ...item });
        taken.fill(1, a, b);
      };
      for (const s of tagger.tag(input)) {
        if (s.start < 0 || s.end > u - t || s.start >= s.end) continue;
        push(s.start, s.end, { type: s.type, by: 'tagger', ...(s.score === undefined ? {} : { score: s.score }) });
      }
      for (const r of ruleSpans(words, pos, gaz)) {
        if (taken.subarray(r.start, r.end).some((x) => x === 1)) continue;
        push(r.start, r.end, { type: r.type, by: `rule:${r.rule}`, ...(r.canonical === undefined ? {} : { canonical: r.canonical }) });
      }
      spans.sort((a, b) => a.start - b.start);
      out.push(...spans);
      t = u;
    }
    doc.setLayer('entities', out);
    return doc;
  },
};
