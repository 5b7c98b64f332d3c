import type { Document, Mention, Quote, Stage } from '../../core/index.js';
import cues from './cues.json' with { type: 'json' };
import { findMarked } from './direct.js';
import { phraseAfter, phraseBefore } from './speaker.js';
import type { QuoteSentence } from './speaker.js';

const VERBS = new Set(cues.verbs);
const PRONOUNS = new Set(cues.pronouns);
const NOUN_DETERMINERS = new Set(cues.nounDeterminers);
const AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'also', 'later', 'then', 'previously', 'has also', 'had also']);
const PASSIVE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);
const CLAUSE_BREAK = new RegExp(cues.clauseBreaks.map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

interface Found {
  quote: Quote;
  /** Token range of the cue, to keep a cue from serving twice. */
  cueToken?: number;
}

/**
 * The quotes stage: direct quotations (by their marks, with the speaker from "X said", "said X",
 * "X told Reuters", or the previous quote's speaker) and reported speech ("Mr Lavrov said that
 * …", "…, a rebel militant told Reuters"). Speakers link to referents where a mention covers them;
 * "he"/"she" take the last person mentioned.
 */
export const quotesStage: Stage = {
  name: 'quotes',
  version: 1,
  requires: ['text', 'paragraphs', 'tokens', 'mentions'],
  assigns: ['quotes'],
  run(doc: Document) {
    const text = doc.text;
    const tokens = doc.layer('tokens') ?? [];
    const mentions = doc.layer('mentions') ?? [];
    const out: Quote[] = [];
    let t = 0;
    let lastSpeaker: Quote['speaker'] | undefined;
    for (const para of doc.layer('paragraphs') ?? []) {
      while (t < tokens.length && tokens[t]!.end <= para.start) t++;
      let u = t;
      while (u < tokens.length && tokens[u]!.start < para.end) u++;
      const slice = tokens.slice(t, u);
      const s: Words = {
        words: slice.map((tok) => text.slice(tok.start, tok.end)),
        pos: slice.map((tok) => tok.pos),
        starts: slice.map((tok) => tok.start),
        ends: slice.map((tok) => tok.end),
        sentence: slice.map((tok) => tok.sentence),
      };
      const found = findQuotes(text, para.start, para.end, s, mentions, lastSpeaker);
      for (const f of found) out.push(f.quote);
      const lastDirect = [...found].reverse().find((f) => f.quote.kind === 'direct');
      lastSpeaker = lastDirect?.quote.speaker ?? (found.length === 0 ? undefined : lastSpeaker);
      t = u;
    }
    doc.setLayer('quotes', out.sort((a, b) => a.start - b.start));
    return doc;
  },
};

/**
 * A speech word the tagger reads as a noun after a determiner, a possessive or an adjective heads a
 * noun phrase ("Beijing's sweeping claims of sovereignty", "the claims that …"): the phrase names
 * no speaker, so it is no reporting cue.
 */
function isNounHead(s: Words, k: number): boolean {
  if (s.pos[k] !== 'NOUN') return false;
  // Step back over the noun's modifiers ("sweeping territorial claims") to what opens the phrase.
  let b = k - 1;
  while (b >= 0 && k - b <= 3 && (s.pos[b] === 'ADJ' || s.pos[b] === 'NOUN')) b--;
  if (b < k - 1 && s.pos[k - 1] === 'ADJ') return true;
  const before = s.words[b];
  if (before === undefined || !NOUN_DETERMINERS.has(before.toLowerCase())) return false;
  // After a noun, a clause opening next reads it as the noun's verb ("The ministry claims that …").
  if (b < k - 1 && (s.words[k + 1] === 'that' || s.pos[k + 1] === 'DET' || s.pos[k + 1] === 'PRON')) return false;
  return true;
}

type Words = QuoteSentence & { sentence: readonly number[] };

/** Index of the first token starting at or after `offset`. */
function tokenAt(s: Words, offset: number): number {
  let k = 0;
  while (k < s.starts.length && s.starts[k]! < offset) k++;
  return k;
}

function speakerOf(text: string, s: Words, range: [number, number] | undefined, mentions: readonly Mention[]): Quote['speaker'] | undefined {
  if (!range) return undefined;
  const start = s.starts[range[0]]!;
  const end = s.ends[range[1]]!;
  const span = { start, end, text: text.slice(start, end) };
  // The mention must cover the phrase's head (its last word): "Saudi leader" is no mention of Saudi Arabia.
  const headStart = s.starts[range[1]]!;
  const person = mentions.find((m) => m.start <= headStart && m.end >= end);
  if (person) return { ...span, referent: person.referent };
  if (PRONOUNS.has(span.text)) {
    const before = mentions.filter((m) => m.type === 'PERSON' && m.end <= start);
    const last = before[before.length - 1];
    if (last) return { ...span, referent: last.referent };
  }
  return span;
}

const trimSpan = (text: string, a: number, b: number) => {
  while (a < b && /[\s,:;"“”‘’]/.test(text[a]!)) a++;
  while (b > a && /[\s,.;:"“”‘’]/.test(text[b - 1]!)) b--;
  return { start: a, end: b, text: text.slice(a, b) };
};

function findQuotes(text: string, pStart: number, pEnd: number, s: Words, mentions: readonly Mention[], previous: Quote['speaker'] | undefined): Found[] {
  const para = text.slice(pStart, pEnd);
  const found: Found[] = [];
  const usedCues = new Set<number>();
  const marked = findMarked(para).map((m) => ({ open: pStart + m.open, close: pStart + m.close }));
  const inside = (offset: number) => marked.some((m) => offset >= m.open && offset <= m.close);
  let prevSpeaker = previous;

  for (const m of marked) {
    const content = trimSpan(text, m.open + 1, Math.min(m.close, pEnd));
    let speaker: Quote['speaker'];
    let cue: number | undefined;
    // After the quote: `,” a rebel militant told Reuters` or `,” said Mr Kerry`.
    let k = tokenAt(s, m.close + 1);
    const closing = tokenAt(s, m.close);
    if (s.words[k] === ',') k++;
    // Only within the sentence the quote closes in: the next sentence has its own speaker.
    if (k < s.words.length && !inside(s.starts[k]!) && s.sentence[k] === s.sentence[Math.min(closing, s.words.length - 1)]) {
      if (VERBS.has(s.words[k]!)) {
        cue = k;
        speaker = speakerOf(text, s, phraseAfter(s, k + 1), mentions);
      } else {
        const np = phraseAfter(s, k);
        if (np && VERBS.has(s.words[np[1] + 1] ?? '')) {
          cue = np[1] + 1;
          speaker = speakerOf(text, s, np, mentions);
        }
      }
    }
    // Before the quote: `Mr Kerry said “…` or `Mr Kerry said: “…`.
    if (!speaker) {
      let b = tokenAt(s, m.open) - 1;
      if (s.words[b] === ':' || s.words[b] === ',') b--;
      if (b >= 0 && VERBS.has(s.words[b]!)) {
        let e = b - 1;
        while (e >= 0 && AUX.has(s.words[e]!)) e--;
        cue = b;
        speaker = speakerOf(text, s, phraseBefore(s, e), mentions);
      }
    }
    // A quote standing alone continues the previous quote's speaker.
    speaker ??= prevSpeaker;
    if (cue !== undefined) usedCues.add(cue);
    const quote: Quote = { ...content, kind: 'direct' };
    if (cue !== undefined) quote.cue = { start: s.starts[cue]!, end: s.ends[cue]!, text: s.words[cue]! };
    if (speaker) quote.speaker = speaker;
    found.push({ quote, ...(cue === undefined ? {} : { cueToken: cue }) });
    prevSpeaker = speaker;
  }

  // Reported speech around every other speech verb outside the quotes.
  for (let k = 0; k < s.words.length; k++) {
    const word = s.words[k]!;
    // The cheap test first: most words are followed by something other than 'to'.
    const according = s.words[k + 1] === 'to' && word.toLowerCase() === 'according';
    if ((!VERBS.has(word) && !according) || usedCues.has(k) || inside(s.starts[k]!)) continue;
    // Passives ("are reported to be", "it was said") name no speaker.
    if (!according && (PASSIVE.has(s.words[k - 1] ?? '') || s.words[k + 1] === 'to')) continue;
    if (!according && isNounHead(s, k)) continue;
    const sentence = s.sentence[k]!;
    let first = k;
    while (first > 0 && s.sentence[first - 1] === sentence) first--;
    let last = k;
    while (last + 1 < s.words.length && s.sentence[last + 1] === sentence) last++;
    let speakerRange: [number, number] | undefined;
    let contentFrom: number | undefined;
    let contentTo: number | undefined;
    let cueEnd = k;
    if (according) {
      speakerRange = phraseAfter(s, k + 2);
      if (!speakerRange) continue;
      cueEnd = k + 1;
      if (s.words[k - 1] === ',' && k - 1 > first) [contentFrom, contentTo] = [s.starts[first]!, s.starts[k - 1]!];
      else if (s.words[speakerRange[1] + 1] === ',') [contentFrom, contentTo] = [s.starts[speakerRange[1] + 2] ?? s.ends[last]!, s.ends[last]!];
      else continue;
    } else {
      let e = k - 1;
      while (e >= first && AUX.has(s.words[e]!)) e--;
      speakerRange = e >= first ? phraseBefore(s, e) : undefined;
      // "told Reuters", "told reporters": the listener belongs to the cue.
      if ((word === 'told' || word === 'tells' || word === 'tell') && s.pos[k + 1] !== 'SCONJ') {
        const listener = phraseAfter(s, k + 1);
        if (listener) cueEnd = listener[1];
      }
      let a = cueEnd + 1;
      // "said on Monday that …": look a few words ahead for "that".
      for (let x = a; x <= Math.min(last, a + 5); x++) {
        if (s.words[x] === 'that') {
          a = x + 1;
          break;
        }
        if (s.pos[x] === 'PUNCT') break;
      }
      const endsClause = a > last || s.pos[a] === 'PUNCT';
      if (speakerRange && !endsClause && !inside(s.starts[a]!)) {
        [contentFrom, contentTo] = [s.starts[a]!, s.ends[last]!];
      } else if (speakerRange && speakerRange[0] > first && s.words[speakerRange[0] - 1] === ',') {
        // "…, a rebel militant told Reuters."
        [contentFrom, contentTo] = [s.starts[first]!, s.starts[speakerRange[0] - 1]!];
      } else if (!speakerRange && s.words[k - 1] === ',' && k - 1 > first) {
        // "…, said Mr Kerry."
        speakerRange = phraseAfter(s, k + 1);
        if (!speakerRange) continue;
        [contentFrom, contentTo] = [s.starts[first]!, s.starts[k - 1]!];
      } else continue;
    }
    if (contentFrom === undefined || contentTo === undefined || !speakerRange) continue;
    // Stop at a clause break that another speech verb follows ("X said it should, while Y said …").
    const rest = text.slice(contentFrom, contentTo);
    const br = CLAUSE_BREAK.exec(rest);
    if (br && [...rest.slice(br.index).matchAll(/\b\w+\b/g)].some((w) => VERBS.has(w[0]))) contentTo = contentFrom + br.index;
    const content = trimSpan(text, contentFrom, contentTo);
    if (content.end <= content.start || marked.some((m) => content.start >= m.open && content.end <= m.close + 1)) continue;
    const speaker = speakerOf(text, s, speakerRange, mentions);
    const quote: Quote = { ...content, kind: 'reported', cue: { start: s.starts[k]!, end: s.ends[cueEnd]!, text: text.slice(s.starts[k]!, s.ends[cueEnd]!) } };
    if (speaker) quote.speaker = speaker;
    found.push({ quote, cueToken: k });
  }
  return found;
}
