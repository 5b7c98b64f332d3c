/**
 * Reader for the GMB (Groningen Meaning Bank) NER CSV (`Sentence #,Word,POS,Tag`) and the mapping
 * of its tags to sitrep's entity types:
 *
 * - `per` → PERSON, minus leading titles ("President", "Mr.", "Foreign Minister": the list in
 *   data/person-titles.json). GMB is inconsistent here ("Minister" is O 613 times, I-per 468
 *   times), and downstream wants the name, so PERSON spans cover the name only. A span that is
 *   all titles ("the President said") is dropped.
 * - `org` → ORG; `geo` → LOC.
 * - `gpe` is mostly demonyms in GMB ("Iraqi", "Palestinians": JJ/NNS), but also countries
 *   ("Nepal", "Sudan": NNP). A gpe span becomes NORP when it is a known demonym or its last token
 *   is not a singular proper noun; otherwise (a country or city name) LOC.
 * - `tim`, `art`, `eve`, `nat` → dropped (dates and quantities come from rule-based stages).
 *
 * The file is truncated at Excel's row limit, so the last sentence is incomplete: it is dropped.
 */
import { loadGazetteer } from './gazetteer.js';
import { bareKey, wordKey } from './normalize.js';
import type { EntityType, TaggedSpan, TaggerToken } from './types.js';

/** One GMB sentence with mapped entity spans. */
export interface LabelledSentence {
  tokens: TaggerToken[];
  spans: TaggedSpan[];
}

/** Parses one CSV line into fields (RFC 4180 quoting). */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(cur);
      cur = '';
    } else cur += ch;
  }
  fields.push(cur);
  return fields;
}

interface RawSpan {
  start: number;
  end: number;
  kind: string;
}

function rawSpans(tags: readonly string[]): RawSpan[] {
  const spans: RawSpan[] = [];
  let open: RawSpan | undefined;
  tags.forEach((tag, i) => {
    const [bio, kind] = tag.split('-') as [string, string | undefined];
    if (open && (bio !== 'I' || kind !== open.kind)) {
      spans.push(open);
      open = undefined;
    }
    if (kind === undefined) return;
    if (open) open.end = i + 1;
    else open = { start: i, end: i + 1, kind };
  });
  if (open) spans.push(open);
  return spans;
}

/** Maps one raw GMB span to a sitrep span (or undefined to drop it); see the module comment. */
export function mapGmbSpan(tokens: readonly TaggerToken[], span: RawSpan): TaggedSpan | undefined {
  const gaz = loadGazetteer();
  const type: Record<string, EntityType> = { per: 'PERSON', org: 'ORG', geo: 'LOC' };
  if (span.kind === 'per') {
    let start = span.start;
    while (start < span.end && gaz.titles.has(bareKey(tokens[start]?.text ?? ''))) start++;
    return start < span.end ? { start, end: span.end, type: 'PERSON' } : undefined;
  }
  if (span.kind === 'gpe') {
    const keys = tokens.slice(span.start, span.end).map((t) => wordKey(t.text));
    const last = tokens[span.end - 1];
    const isDemonym = [keys.join(' '), keys[keys.length - 1] ?? ''].some((k) => gaz.phrases.get(k)?.has('demonym'));
    const norp = isDemonym || last?.pos !== 'NNP';
    return { start: span.start, end: span.end, type: norp ? 'NORP' : 'LOC' };
  }
  const mapped = type[span.kind];
  return mapped ? { start: span.start, end: span.end, type: mapped } : undefined;
}

/**
 * Parses the GMB CSV text (already decoded from windows-1252) into labelled sentences, dropping
 * the truncated last sentence.
 */
export function parseGmb(text: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  let tokens: TaggerToken[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length === 0) return;
    const spans = rawSpans(tags)
      .map((s) => mapGmbSpan(tokens, s))
      .filter((s): s is TaggedSpan => s !== undefined);
    sentences.push({ tokens, spans });
    tokens = [];
    tags = [];
  };
  const lines = text.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const f = parseCsvLine(line);
    if (f.length < 4) continue;
    if (f[0]?.startsWith('Sentence:')) flush();
    tokens.push({ text: f[1] ?? '', pos: f[2] ?? '' });
    tags.push(f[3] ?? 'O');
  }
  // The last sentence is cut off by the file's truncation: never use it (it is not flushed).
  return sentences;
}
