/**
 * The `ner` suite: sitrep's entity tagger (src/nlp/entities) scored entity by entity (exact span
 * and type) on
 *
 * - the last 2,000 GMB sentences, held out from training (gold mapped as in gmb.ts: PERSON without
 *   titles, gpe split into NORP/LOC); tokens and sentence split are GMB's, POS is not passed;
 * - eval/fixtures/ner-news.jsonl: 111 hand-annotated NON-GMB newswire sentences (Reuters/AP/
 *   Independent phrasing, ALL-CAPS and Title Case headlines, datelines), never trained on;
 *   tokenised with the tagger's simple tokeniser; the headline and dateline lines also apart;
 * - a sanity check on the Independent Syria ceasefire article: which type each expected name
 *   gets across its mentions (document-level pass on). Reported, not gated.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyConventions, loadTagger, nameKey, simpleTokenize, tagDocument } from '../src/nlp/entities/index.js';
import type { EntityType, TaggedSpan, Tagger, TaggerToken } from '../src/nlp/entities/index.js';
import { capsVote, isCaseless, titleSmallWords } from '../src/nlp/entities/features.js';
import { scoreSpans } from '../src/nlp/entities/metrics.js';
import type { SpanScores } from '../src/nlp/entities/metrics.js';
import { loadGmbSplit } from '../scripts/ner-data.js';
import { markdownTable } from './suite.js';
import type { Suite, SuiteResult } from './suite.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'ner-news.jsonl');
const ARTICLE = 'examples/independent-syria-ceasefire-2014.txt';

/** A fixture sentence: tokens and gold spans. */
export interface FixtureSentence {
  tokens: TaggerToken[];
  spans: TaggedSpan[];
}

/**
 * Parses one fixture line's markup, `[TYPE words]`, into tokens and gold spans. Throws when a
 * span does not fall on token boundaries (a fixture error, e.g. "[LOC Britain]-based").
 */
export function parseFixtureLine(marked: string): FixtureSentence {
  let text = '';
  const chars: { start: number; end: number; type: EntityType }[] = [];
  let last = 0;
  for (const m of marked.matchAll(/\[(PERSON|ORG|LOC|NORP) ([^\]]+)\]/g)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[2];
    chars.push({ start, end: text.length, type: m[1] as EntityType });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  const toks = simpleTokenize(text);
  const spans = chars.map((c) => {
    const start = toks.findIndex((t) => t.start === c.start);
    const end = toks.findIndex((t) => t.end === c.end) + 1;
    if (start < 0 || end <= start) throw new Error(`ner fixture: "${text.slice(c.start, c.end)}" is not on token boundaries in: ${text}`);
    return { start, end, type: c.type };
  });
  return { tokens: toks.map((t) => ({ text: t.text })), spans };
}

/** Reads the news fixture. */
export function loadNewsFixture(path: string = FIXTURE): FixtureSentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => parseFixtureLine((JSON.parse(l) as { text: string }).text));
}

const pct = (x: number) => Math.round(1000 * x) / 10;

function table(s: SpanScores): string {
  const rows = (['PERSON', 'ORG', 'LOC', 'NORP', 'ALL'] as const).map((t) => [t === 'ALL' ? 'micro' : t, s[t].gold, s[t].predicted, pct(s[t].precision), pct(s[t].recall), pct(s[t].f1)]);
  return markdownTable(['type', 'gold', 'predicted', 'P', 'R', 'F1'], rows);
}

// "Raqqa" is expected LOC in every mention, but one mention is inside "Raqqa National Hospital",
// which GMB (the training convention) tags as one ORG span, like "Hadassah Hospital" and "Xijing
// Hospital": the tagger's ORG there is the convention, so that row can read wrong while the tagger
// follows its training data. Left as the issue states it.
const SANITY: readonly [string, EntityType][] = [
  ...['Kerry', 'Lavrov', 'Bashar al-Assad', 'Obama', 'Cameron'].map((n) => [n, 'PERSON'] as [string, EntityType]),
  ...['Isis', 'Jabhat al-Nusra', "al-Qa'ida", 'Ahrar al-Sham', 'Hezbollah', 'Islamic Front', 'Nato', 'Reuters'].map((n) => [n, 'ORG'] as [string, EntityType]),
  ...['Paris', 'Aleppo', 'East Ghouta', 'Damascus', 'Raqqa', 'al-Bab', 'Tel Abyad', 'Anbar', 'Euphrates', 'Syria', 'Russia', 'Iran', 'Turkey', 'Saudi Arabia', 'Lebanon'].map(
    (n) => [n, 'LOC'] as [string, EntityType],
  ),
];

/** Tags the article with the document pass and reports, per expected name, the types its mentions got. */
function sanity(tagger: Tagger, sharedData: string): { markdown: string; hits: number } {
  const text = readFileSync(join(sharedData, ARTICLE), 'utf8');
  const sentences = text
    .split(/\n+|(?<=[.!?][”"]?)\s+(?=[“"]?\p{Lu})/u)
    .map((s) => simpleTokenize(s).map((t) => ({ text: t.text })))
    .filter((s) => s.length > 0);
  // As the entities stage does: the document pass, then the entity conventions.
  const spans = tagDocument(tagger, sentences).map((s, i) => applyConventions(sentences[i] ?? [], s));
  let hits = 0;
  const rows = SANITY.map(([name, expected]) => {
    const key = nameKey(simpleTokenize(name), 0, simpleTokenize(name).length);
    const got = new Map<string, number>();
    let right = 0;
    sentences.forEach((tokens, si) => {
      const n = simpleTokenize(name).length;
      for (let i = 0; i + n <= tokens.length; i++) {
        if (nameKey(tokens, i, i + n) !== key) continue;
        const span = (spans[si] ?? []).find((s) => s.start <= i && s.end >= i + n);
        const exact = span !== undefined && span.start === i && span.end === i + n;
        const label = !span ? 'O' : exact ? span.type : `${span.type} (in "${tokens.slice(span.start, span.end).map((t) => t.text).join(' ')}")`;
        got.set(label, (got.get(label) ?? 0) + 1);
        // Inside a longer span of the expected type whose other words are all capitalised ("Kerry" in
        // "John Kerry") is right too; "Ahrar al-Sham" in "Sunni Jihadi group Ahrar al-Sham" is not.
        const extra = span ? [...tokens.slice(span.start, i), ...tokens.slice(i + n, span.end)] : [];
        if (span?.type === expected && (exact || extra.every((t) => /^\p{Lu}/u.test(t.text)))) right++;
      }
    });
    const mentions = [...got.values()].reduce((a, b) => a + b, 0);
    if (mentions > 0 && right === mentions) hits++;
    return [name, expected, mentions, [...got.entries()].map(([k, v]) => `${k} ×${v}`).join(', ') || '—'];
  });
  return { markdown: markdownTable(['name', 'expected', 'mentions', 'tagged as'], rows), hits };
}

/**
 * Whether a fixture line is a headline or starts with a dateline: ALL CAPS or Title Case
 * (`isCaseless`), or a first word set in capitals ("BAMAKO (AFP) -"). Scored apart as well: that is
 * where a tagger trained on GMB's running text breaks.
 */
export function isHeadlineOrDateline(tokens: readonly TaggerToken[]): boolean {
  const first = tokens[0]?.text ?? '';
  return isCaseless(tokens) || (first.length > 1 && capsVote(first) === true);
}

/**
 * A sentence rendered as a Title Case headline: every word capitalised but the function words
 * Title Case keeps small (data/title-small-words.json), the first word always. Labels stay.
 */
export function titleCased(tokens: readonly TaggerToken[]): TaggerToken[] {
  const small = titleSmallWords();
  return tokens.map((t, i) => ({ ...t, text: i > 0 && small.has(t.text.toLowerCase()) ? t.text.toLowerCase() : t.text.charAt(0).toUpperCase() + t.text.slice(1) }));
}

/** A sentence rendered in ALL CAPS. Labels stay. */
export function upperCased(tokens: readonly TaggerToken[]): TaggerToken[] {
  return tokens.map((t) => ({ ...t, text: t.text.toUpperCase() }));
}

/** Scores a tagger on the three sets (see the module comment); the suite scores the committed model. */
export function scoreTagger(tagger: Tagger, sharedData: string): SuiteResult {
  const { heldOut } = loadGmbSplit(sharedData);
  const gmbTagged = heldOut.map((s) => tagger.tag(s.tokens.map((t) => ({ text: t.text }))));
  const gmb = scoreSpans(
    heldOut.map((s) => s.spans),
    gmbTagged,
  );
  // The entity conventions (conventions.ts: countries as LOC, region nouns, descriptor words) as
  // the entities stage applies them; GMB's gold keeps its own flips (countries as ORG), so this
  // shows what the convention costs there.
  const gmbConv = scoreSpans(
    heldOut.map((s) => s.spans),
    gmbTagged.map((spans, i) => applyConventions(heldOut[i]?.tokens ?? [], spans)),
  );
  const news = loadNewsFixture();
  const newsTagged = news.map((s) => tagger.tag(s.tokens));
  const newsScores = scoreSpans(
    news.map((s) => s.spans),
    newsTagged,
  );
  const newsConv = scoreSpans(
    news.map((s) => s.spans),
    newsTagged.map((spans, i) => applyConventions(news[i]?.tokens ?? [], spans)),
  );
  const heads = news.filter((s) => isHeadlineOrDateline(s.tokens));
  const headScores = scoreSpans(
    heads.map((s) => s.spans),
    heads.map((s) => tagger.tag(s.tokens)),
  );
  // The held-out sentences as headlines (synthetic: GMB has no headline casing); tokens and gold
  // are the same, only the casing changes, so the drop from the plain score is what casing costs.
  const plain = heldOut.map((s) => s.tokens.map((t) => ({ text: t.text })));
  const gmbTitle = scoreSpans(heldOut.map((s) => s.spans), plain.map((t) => tagger.tag(titleCased(t))));
  const gmbUpper = scoreSpans(heldOut.map((s) => s.spans), plain.map((t) => tagger.tag(upperCased(t))));
  const check = sanity(tagger, sharedData);
  const markdown = [
    `Entity-level exact-span scores (a prediction counts only with the gold start, end and type). Model: \`src/nlp/entities/data/ner-model.json.gz\` (averaged perceptron, BIO Viterbi; \`scripts/train-ner.ts --seed 1 --seeds 1,2,3\`).`,
    `\n### GMB held-out (last ${heldOut.length} sentences, never trained on)\n`,
    table(gmb),
    `\nWith the entity conventions of the entities stage (\`src/nlp/entities/conventions.ts\`: a country's name is LOC, names before region nouns LOC, descriptor words; GMB's gold tags countries ORG in some documents):\n`,
    table(gmbConv),
    `\nThe same sentences rendered as Title Case headlines (every word capitalised but the small function words of \`data/title-small-words.json\`; synthetic, gold unchanged):\n`,
    table(gmbTitle),
    `\nRendered in ALL CAPS:\n`,
    table(gmbUpper),
    `\n### Non-GMB newswire fixture (\`eval/fixtures/ner-news.jsonl\`, ${news.length} hand-annotated sentences, never trained on)\n`,
    table(newsScores),
    `\nWith the entity conventions:\n`,
    table(newsConv),
    `\nOf which headlines (ALL CAPS, Title Case) and lines opening with a dateline (${heads.length} sentences):\n`,
    table(headScores),
    `\n### Sanity check: \`${ARTICLE}\` (simple tokeniser, document-level pass, entity conventions; ${check.hits}/${SANITY.length} names right in every mention — exactly, or inside a longer name of the same type such as "Kerry" in "John Kerry")\n`,
    check.markdown,
  ].join('\n');
  return {
    name: 'ner',
    title: 'Entities (PERSON / ORG / LOC / NORP)',
    metrics: {
      microF1: gmb.ALL.f1,
      perF1: gmb.PERSON.f1,
      orgF1: gmb.ORG.f1,
      locF1: gmb.LOC.f1,
      norpF1: gmb.NORP.f1,
      conventionsMicroF1: gmbConv.ALL.f1,
      conventionsOrgF1: gmbConv.ORG.f1,
      newsMicroF1: newsScores.ALL.f1,
      newsConventionsMicroF1: newsConv.ALL.f1,
      sanityHits: check.hits,
      newsHeadlineMicroF1: headScores.ALL.f1,
      titleCaseMicroF1: gmbTitle.ALL.f1,
      allCapsMicroF1: gmbUpper.ALL.f1,
    },
    markdown,
  };
}

/** The ner suite (see the module comment). */
export const nerSuite: Suite = {
  name: 'ner',
  needs: 'ner/gmb',
  async run(sharedData: string): Promise<SuiteResult> {
    return scoreTagger(loadTagger(), sharedData);
  },
};
