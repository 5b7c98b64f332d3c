import type { Document, EntitySpan, Stage, Token } from '../../core/index.js';
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import { applyConventions, loadTagger, tagDocument } from '../entities/index.js';
import type { TaggerToken } from '../entities/index.js';
import { ruleSpans } from './rules.js';

/** Gazetteer rules whose type beats the tagger's on the very same span ("US" is a country, not an ORG). */
const SURE_RULES = new Set(['rule:country', 'rule:demonym', 'rule:capital', 'rule:seat', 'rule:org']);

/**
 * Groups tokens for the tagger the way its training data (GMB) tokenized: wink splits hyphenated
 * words ("al - Assad", "rebel - held"), GMB keeps them whole. Returns, per group, its first and
 * last token (inclusive, sentence-relative).
 */
function hyphenGroups(words: readonly string[], glued: readonly boolean[]): [number, number][] {
  const groups: [number, number][] = [];
  for (let k = 0; k < words.length; k++) {
    const last = groups[groups.length - 1];
    const joins = last !== undefined && glued[k] && (words[k] === '-' || words[k - 1] === '-');
    if (joins) last[1] = k;
    else groups.push([k, k]);
  }
  return groups;
}

/**
 * Adds the span over sentence tokens [a, b) (the sentence starting at document token `t`) and
 * marks them taken (a module function: no closure per sentence).
 */
function pushSpan(spans: EntitySpan[], taken: Uint8Array, tokens: readonly Token[], t: number, text: string, a: number, b: number, item: Omit<EntitySpan, 'start' | 'end' | 'text'>): void {
  const start = tokens[t + a]!.start;
  const end = tokens[t + b - 1]!.end;
  spans.push({ start, end, text: text.slice(start, end), ...item });
  taken.fill(1, a, b);
}

/**
 * The entities stage: the trained tagger (src/nlp/entities) over the whole document (a name keeps
 * its type across the article: `tagDocument`) and the entity conventions (`applyConventions`: a
 * span that is exactly a country's name is a place, whatever GMB's habit of tagging governments
 * ORG; the mentions layer resolves that metonymy), then the rule layer
 * (gazetteers and title + name) for what the tagger left untagged. Where a gazetteer rule and
 * the tagger mark the same span, the gazetteer's type wins; tagger spans inside an office title
 * ("Secretary of State") are dropped. Token spans become `doc.text` spans.
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
    // First pass: each sentence's words and tagger input; the tagger then runs over the whole
    // document (tagDocument) so a name typed once keeps its type across the article.
    interface Sentence {
      t: number;
      u: number;
      words: string[];
      pos: string[];
      groups: [number, number][];
      input: TaggerToken[];
    }
    const sentences: Sentence[] = [];
    let t = 0;
    while (t < tokens.length) {
      const sentence = tokens[t]!.sentence;
      let u = t;
      while (u < tokens.length && tokens[u]!.sentence === sentence) u++;
      const words: string[] = [];
      const pos: string[] = [];
      const glued: boolean[] = [];
      for (let k = t; k < u; k++) {
        const tok = tokens[k]!;
        words.push(text.slice(tok.start, tok.end));
        pos.push(tok.pos);
        glued.push(k > t && tokens[k - 1]!.end === tok.start);
      }
      const groups = hyphenGroups(words, glued);
      const input: TaggerToken[] = groups.map(([a, b]) => ({
        text: text.slice(tokens[t + a]!.start, tokens[t + b]!.end),
        pos: pos[b] === 'PUNCT' ? pos[a]! : pos[b]!,
      }));
      sentences.push({ t, u, words, pos, groups, input });
      t = u;
    }
    // The entity conventions (a country's name is a place, region nouns, descriptor words) after
    // the document pass, so a country GMB-style voted ORG across the article is a place everywhere.
    const tagged = tagDocument(tagger, sentences.map((x) => x.input)).map((spans, i) => applyConventions(sentences[i]!.input, spans));
    sentences.forEach(({ t, u, words, pos, groups }, si) => {
      const rules = ruleSpans(words, pos, gaz);
      const taken = new Uint8Array(u - t);
      const spans: EntitySpan[] = [];
      const sure = new Map(rules.spans.filter((r) => SURE_RULES.has(`rule:${r.rule}`)).map((r) => [`${r.start}:${r.end}`, r]));
      for (const s of tagged[si] ?? []) {
        const g0 = groups[s.start];
        const g1 = groups[s.end - 1];
        if (!g0 || !g1 || s.start >= s.end) continue;
        const a = g0[0];
        const b = g1[1] + 1;
        if (rules.titles.some(([x, y]) => a >= x && b <= y)) continue;
        const rule = sure.get(`${a}:${b}`);
        const score = s.score === undefined ? {} : { score: s.score };
        if (rule && rule.type !== s.type) {
          pushSpan(spans, taken, tokens, t, text, a, b, { type: rule.type, by: `tagger+rule:${rule.rule}`, ...(rule.canonical === undefined ? {} : { canonical: rule.canonical }), ...score });
        } else {
          pushSpan(spans, taken, tokens, t, text, a, b, { type: s.type, by: 'tagger', ...score });
        }
      }
      for (const r of rules.spans) {
        if (taken.subarray(r.start, r.end).some((x) => x === 1)) continue;
        pushSpan(spans, taken, tokens, t, text, r.start, r.end, { type: r.type, by: `rule:${r.rule}`, ...(r.canonical === undefined ? {} : { canonical: r.canonical }) });
      }
      spans.sort((a, b) => a.start - b.start);
      out.push(...spans);
    });
    doc.setLayer('entities', out);
    return doc;
  },
};
