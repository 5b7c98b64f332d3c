/**
 * The `wikievents` suite: sitrep's events over 40 whole news articles of WikiEvents (Li, Ji & Han,
 * NAACL 2021; `../shared/data/events/wikievents/{dev,test}.jsonl`, 20 each), whose KAIROS event
 * mentions carry trigger token offsets and arguments. Each article's text is rebuilt from its tokens
 * (a token → character map kept), run through the full pipeline as plain text, and sitrep's events
 * are compared with the KAIROS mentions whose types map to PLOVER (`fixtures/wikievents-types.json`,
 * each rule with its codebook reason):
 *
 * - trigger level: a sitrep event is right when one of its evidence triggers overlaps a gold trigger
 *   of a type the rule accepts; sentence level: when it lies in the gold sentence of such a trigger;
 * - optional gold (deaths, injuries, statements, …) makes a found event right but is not missed;
 * - sitrep events of types KAIROS does not annotate (SUPPORT, AID, …) are neither right nor wrong
 *   unless they hit a gold trigger (`precisionTypes`);
 * - on trigger matches: actor / recipient against the KAIROS argument roles (text overlap or
 *   containment, so a coreferent mention elsewhere with the same words counts), and `dead` /
 *   `injured` on ASSAULT events whose sentence has a gold death / injury.
 *
 * dev.jsonl is the dev half (looked at), test.jsonl the check half (aggregates only).
 * `SITREP_EVAL_VERBOSE=1` prints the dev half's wrong and missed items.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisResult } from '../src/analysis.js';
import { loadSource } from '../src/article.js';
import { Document } from '../src/core/index.js';
import type { CodedEvent } from '../src/core/index.js';
import { defaultPipeline } from '../src/default-pipeline.js';
import { findTriggers } from '../src/events/coder/find-triggers.js';
import { bySentence, wordsBySentence } from '../src/events/coder/sentence-index.js';
import { markdownTable } from './suite.js';
import type { Suite, SuiteResult } from './suite.js';
import mapping from './fixtures/wikievents-types.json' with { type: 'json' };

const NEEDS = 'events/wikievents';

/** One WikiEvents document (the fields this suite reads). */
export interface WikiDoc {
  doc_id: string;
  tokens: string[];
  /** Per sentence: its tokens as [text, start, end] in the upstream text, and the sentence string. */
  sentences: [[string, number, number][], string][];
  entity_mentions: { id: string; start: number; end: number; text: string }[];
  event_mentions: { id: string; event_type: string; trigger: { start: number; end: number; text: string; sent_idx: number }; arguments: { entity_id: string; role: string; text: string }[] }[];
}

/** A character span. */
export interface Span {
  start: number;
  end: number;
}

/** An article rebuilt from its tokens: the text, each token's span in it, each sentence's span. */
export interface Rebuilt {
  text: string;
  tokens: Span[];
  sentences: Span[];
}

/** One KAIROS → PLOVER rule of the mapping file. */
export interface TypeRule {
  kairos: string;
  types: string[];
  optional?: boolean;
  actorRoles: string[];
  recipientRoles: string[];
  why: string;
}

/** A gold trigger with the PLOVER types that fit it. */
export interface GoldTrigger extends Span {
  kairos: string;
  /** The rule's `kairos` prefix, for the per-type table. */
  group: string;
  types: string[];
  optional: boolean;
  sentence: number;
  actors: (Span & { text: string })[];
  recipients: (Span & { text: string })[];
  /** Whether one of the actor-role arguments lies in the trigger's own sentence (what a sentence-level coder can find). */
  actorHere: boolean;
}

/** One telling of a sitrep event, placed in the rebuilt text. */
export interface Telling extends Span {
  sentence: number;
  actor?: Span & { text: string };
  recipient?: Span & { text: string };
}

/** A sitrep event (compound-actor splits merged) as the suite scores it. */
export interface SystemItem {
  type: string;
  tellings: Telling[];
  dead: boolean;
  injured: boolean;
}

/** Counts for one half. */
export interface Tally {
  docs: number;
  events: number;
  items: number;
  ignored: number;
  gold: number;
  optional: number;
  tp: number;
  fp: number;
  fn: number;
  tpS: number;
  fpS: number;
  fnS: number;
  actorPairs: number;
  actorRight: number;
  actorNone: number;
  recipientPairs: number;
  recipientRight: number;
  recipientNone: number;
  deadPairs: number;
  deadRight: number;
  injuredPairs: number;
  injuredRight: number;
  /** Required gold triggers with an actor-role argument in their sentence, and those of them missed. */
  goldActorHere: number;
  fnActorHere: number;
  /** Required gold triggers where the lexicon reads a trigger of an accepted type (whatever the coder then does). */
  lexiconFound: number;
  /** Rule group → [required gold, found at trigger level]. */
  byGroup: Map<string, [number, number]>;
}

/** A tally with every count zero. */
export function emptyTally(): Tally {
  return { docs: 0, events: 0, items: 0, ignored: 0, gold: 0, optional: 0, tp: 0, fp: 0, fn: 0, tpS: 0, fpS: 0, fnS: 0, actorPairs: 0, actorRight: 0, actorNone: 0, recipientPairs: 0, recipientRight: 0, recipientNone: 0, deadPairs: 0, deadRight: 0, injuredPairs: 0, injuredRight: 0, lexiconFound: 0, goldActorHere: 0, fnActorHere: 0, byGroup: new Map() };
}

const CLOSES_SENTENCE = /[.!?"'\u201d\u2019)]$/;

/**
 * Rebuilds a document's text from its sentences' tokens: tokens keep the upstream spacing (a gap
 * becomes one space); sentences are joined by a space, or by a blank line after one that does not
 * end like a sentence (the headline and subheads, which upstream runs into the next sentence).
 */
export function rebuild(doc: Pick<WikiDoc, 'sentences'>): Rebuilt {
  let text = '';
  const tokens: Span[] = [];
  const sentences: Span[] = [];
  for (const [toks] of doc.sentences) {
    if (text.length > 0) text += CLOSES_SENTENCE.test(text) ? ' ' : '\n\n';
    const start = text.length;
    let prevEnd: number | undefined;
    for (const [word, s, e] of toks) {
      if (prevEnd !== undefined && s > prevEnd) text += ' ';
      tokens.push({ start: text.length, end: text.length + word.length });
      text += word;
      prevEnd = e;
    }
    sentences.push({ start, end: text.length });
  }
  return { text, tokens, sentences };
}

/** The rule of the longest `kairos` prefix that matches the type (whole dotted parts), if any. */
export function ruleFor(type: string, rules: readonly TypeRule[]): TypeRule | undefined {
  let best: TypeRule | undefined;
  for (const r of rules) {
    if ((type === r.kairos || type.startsWith(`${r.kairos}.`)) && (!best || r.kairos.length > best.kairos.length)) best = r;
  }
  return best;
}

/** The gold triggers of a document whose KAIROS types have a rule, in rebuilt-text offsets. */
export function goldTriggers(doc: WikiDoc, rebuilt: Rebuilt, rules: readonly TypeRule[]): GoldTrigger[] {
  const entities = new Map(doc.entity_mentions.map((m) => [m.id, m]));
  const spanOf = (start: number, end: number): Span | undefined => {
    const a = rebuilt.tokens[start];
    const b = rebuilt.tokens[end - 1];
    return a && b ? { start: a.start, end: b.end } : undefined;
  };
  const out: GoldTrigger[] = [];
  for (const m of doc.event_mentions) {
    const rule = ruleFor(m.event_type, rules);
    const span = spanOf(m.trigger.start, m.trigger.end);
    if (!rule || !span) continue;
    const args = (roles: readonly string[]) =>
      m.arguments.flatMap((a) => {
        const ent = entities.get(a.entity_id);
        const s = ent && roles.includes(a.role) ? spanOf(ent.start, ent.end) : undefined;
        return s ? [{ ...s, text: a.text }] : [];
      });
    const actors = args(rule.actorRoles);
    const sent = rebuilt.sentences[m.trigger.sent_idx];
    const actorHere = sent !== undefined && actors.some((a) => a.start >= sent.start && a.end <= sent.end);
    out.push({ ...span, kairos: m.event_type, group: rule.kairos, types: rule.types, optional: rule.optional === true, sentence: m.trigger.sent_idx, actors, recipients: args(rule.recipientRoles), actorHere });
  }
  return out;
}

/** The index of the sentence holding `at` (sentences sorted), or -1. */
export function sentenceAt(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Sitrep's events as scored items: one per (first trigger, type), the tellings of its splits pooled. */
export function systemItems(events: readonly CodedEvent[], sentences: readonly Span[]): SystemItem[] {
  const byKey = new Map<string, SystemItem>();
  for (const e of events) {
    const tellings: Telling[] = e.evidence
      .filter((v) => v.field === undefined)
      .map((v) => ({
        start: v.trigger.start,
        end: v.trigger.end,
        sentence: sentenceAt(sentences, v.trigger.start),
        ...(v.actor ? { actor: { start: v.actor.start, end: v.actor.end, text: v.actor.text } } : {}),
        ...(v.recipient ? { recipient: { start: v.recipient.start, end: v.recipient.end, text: v.recipient.text } } : {}),
      }));
    if (tellings.length === 0) continue;
    const key = `${tellings[0]!.start}:${e.type}`;
    const item = byKey.get(key);
    if (item) {
      item.tellings.push(...tellings);
      item.dead ||= e.dead !== undefined;
      item.injured ||= e.injured !== undefined;
    } else byKey.set(key, { type: e.type, tellings, dead: e.dead !== undefined, injured: e.injured !== undefined });
  }
  return [...byKey.values()];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const fits = (g: GoldTrigger, type: string) => g.types.includes(type);
const atTrigger = (g: GoldTrigger, p: SystemItem) => fits(g, p.type) && p.tellings.some((t) => overlaps(t, g));
const inSentence = (g: GoldTrigger, p: SystemItem) => fits(g, p.type) && p.tellings.some((t) => t.sentence === g.sentence);

/** Whether a sitrep argument names one of the gold arguments: overlapping spans, or one's words contain the other's. */
export function sameArgument(got: Span & { text: string }, gold: readonly (Span & { text: string })[]): boolean {
  const a = got.text.toLowerCase().trim();
  return gold.some((g) => {
    if (overlaps(got, g)) return true;
    const b = g.text.toLowerCase().trim();
    return b.length > 0 && a.length > 0 && (` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `));
  });
}

/** What one document's scoring found wrong or missed, for the verbose report. */
export interface DocReport {
  wrong: SystemItem[];
  missed: GoldTrigger[];
}

/** Scores one document's items against its gold triggers into `t`. */
export function scoreDoc(gold: readonly GoldTrigger[], items: readonly SystemItem[], precisionTypes: readonly string[], t: Tally): DocReport {
  const wrong: SystemItem[] = [];
  const missed: GoldTrigger[] = [];
  t.docs++;
  for (const p of items) {
    const hit = gold.some((g) => atTrigger(g, p));
    const hitS = gold.some((g) => inSentence(g, p));
    if (!hitS && !precisionTypes.includes(p.type)) {
      t.ignored++;
      continue;
    }
    t.items++;
    if (hit) t.tp++;
    else if (precisionTypes.includes(p.type)) {
      t.fp++;
      wrong.push(p);
    }
    if (hitS) t.tpS++;
    else t.fpS++;
  }
  for (const g of gold) {
    if (g.optional) t.optional++;
    else t.gold++;
    const found = items.filter((p) => atTrigger(g, p));
    if (!g.optional) {
      const row = t.byGroup.get(g.group) ?? [0, 0];
      row[0]++;
      if (found.length > 0) row[1]++;
      t.byGroup.set(g.group, row);
      if (g.actorHere) t.goldActorHere++;
      if (found.length === 0) {
        t.fn++;
        if (g.actorHere) t.fnActorHere++;
        missed.push(g);
      }
      if (!items.some((p) => inSentence(g, p))) t.fnS++;
    }
    for (const p of found) scoreArguments(g, p, gold, t);
  }
  return { wrong, missed };
}

function scoreArguments(g: GoldTrigger, p: SystemItem, gold: readonly GoldTrigger[], t: Tally): void {
  const near = p.tellings.filter((x) => overlaps(x, g));
  if (g.actors.length > 0) {
    t.actorPairs++;
    const got = near.flatMap((x) => (x.actor ? [x.actor] : []));
    if (got.length === 0) t.actorNone++;
    else if (got.some((a) => sameArgument(a, g.actors))) t.actorRight++;
  }
  if (g.recipients.length > 0) {
    t.recipientPairs++;
    const got = near.flatMap((x) => (x.recipient ? [x.recipient] : []));
    if (got.length === 0) t.recipientNone++;
    else if (got.some((a) => sameArgument(a, g.recipients))) t.recipientRight++;
  }
  if (p.type === 'ASSAULT' && !g.group.startsWith('Life.')) {
    if (gold.some((d) => d.group === 'Life.Die' && d.sentence === g.sentence)) {
      t.deadPairs++;
      if (p.dead) t.deadRight++;
    }
    if (gold.some((d) => d.group === 'Life.Injure' && d.sentence === g.sentence)) {
      t.injuredPairs++;
      if (p.injured) t.injuredRight++;
    }
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Parses a JSON-lines file of WikiEvents documents. */
export function parseDocs(text: string): WikiDoc[] {
  return text.split('\n').filter((l) => l.trim().length > 0).map((l) => JSON.parse(l) as WikiDoc);
}

/**
 * The lexicon's trigger readings of the whole document (character span and PLOVER type), found as the
 * event stage finds them (words of actor and place phrases blocked, no classifier fallback) but with no
 * argument, status or shift rule: what the trigger files read, whatever the coder then keeps.
 */
function lexiconTriggers(doc: Document): (Span & { type: string })[] {
  const words = wordsBySentence(doc);
  const sentences = doc.layer('sentences') ?? [];
  const spans = bySentence(sentences, [...(doc.layer('actors') ?? []), ...(doc.layer('places') ?? [])].sort((a, b) => a.start - b.start));
  const out: (Span & { type: string })[] = [];
  for (const [s, ws] of words.entries()) {
    const blocked = new Set<number>();
    for (const m of spans[s] ?? []) for (const w of ws) if (w.start >= m.start && w.end <= m.end) blocked.add(w.i);
    for (const h of findTriggers(ws, blocked, { fallback: false })) out.push({ start: ws[h.i]!.start, end: ws[h.last]!.end, type: h.entry.type });
  }
  return out;
}

/** Runs the default pipeline over a plain text as `analyze` does, keeping the Document. */
async function runText(text: string): Promise<Document> {
  const { source } = await loadSource({ text }, {});
  return defaultPipeline().run(new Document(source.mediaType === 'text/plain' ? { ...source, preExtracted: true } : source));
}

async function scoreHalf(docs: readonly WikiDoc[], rules: readonly TypeRule[], verbose: boolean): Promise<Tally> {
  const t = emptyTally();
  for (const doc of docs) {
    const rebuilt = rebuild(doc);
    const gold = goldTriggers(doc, rebuilt, rules);
    const d = await runText(rebuilt.text);
    const r = analysisResult(d);
    t.events += r.events.length;
    // The pipeline keeps a plain-text input as it is; if it ever changes the text, offsets would not line up.
    if (d.text !== rebuilt.text) throw new Error(`wikievents: ${doc.doc_id}: the pipeline changed the text`);
    const lexical = lexiconTriggers(d);
    const read = (g: GoldTrigger) => lexical.some((h) => g.types.includes(h.type) && overlaps(h, g));
    t.lexiconFound += gold.filter((g) => !g.optional && read(g)).length;
    const items = systemItems(r.events, rebuilt.sentences);
    const { wrong, missed } = scoreDoc(gold, items, mapping.precisionTypes, t);
    if (verbose) {
      const x = rebuilt.text;
      const around = (s: Span) => x.slice(Math.max(0, s.start - 50), s.end + 50).replace(/\s+/g, ' ');
      for (const p of wrong) console.log(`wikievents ${doc.doc_id} wrong ${p.type} «${x.slice(p.tellings[0]!.start, p.tellings[0]!.end)}»: …${around(p.tellings[0]!)}…`);
      for (const g of missed) console.log(`wikievents ${doc.doc_id} missed${read(g) ? '' : ' (not read)'} ${g.kairos} «${x.slice(g.start, g.end)}»: …${around(g)}…`);
    }
  }
  return t;
}

/** The WikiEvents whole-article suite (see the module comment). */
export const wikiEventsSuite: Suite = {
  name: 'wikievents',
  needs: NEEDS,
  async run(sharedData: string): Promise<SuiteResult> {
    const dir = join(sharedData, NEEDS);
    const rules = mapping.rules as TypeRule[];
    const verbose = process.env['SITREP_EVAL_VERBOSE'] !== undefined;
    const halves: [string, Tally][] = [
      ['dev', await scoreHalf(parseDocs(readFileSync(join(dir, 'dev.jsonl'), 'utf8')), rules, verbose)],
      ['check', await scoreHalf(parseDocs(readFileSync(join(dir, 'test.jsonl'), 'utf8')), rules, false)],
    ];
    const metrics: Record<string, number> = {};
    const rows: (string | number)[][] = [];
    for (const [half, t] of halves) {
      const p = ratio(t.tp, t.tp + t.fp);
      const r = ratio(t.gold - t.fn, t.gold);
      const pS = ratio(t.tpS, t.tpS + t.fpS);
      const rS = ratio(t.gold - t.fnS, t.gold);
      metrics[`${half}TriggerPrecision`] = p;
      metrics[`${half}TriggerRecall`] = r;
      metrics[`${half}TriggerF1`] = f1(p, r);
      metrics[`${half}SentenceF1`] = f1(pS, rS);
      metrics[`${half}ActorAccuracy`] = ratio(t.actorRight, t.actorPairs);
      metrics[`${half}LexiconRecall`] = ratio(t.lexiconFound, t.gold);
      metrics[`${half}ActorHereRecall`] = ratio(t.goldActorHere - t.fnActorHere, t.goldActorHere);
      rows.push([`${half} (${half === 'dev' ? 'dev.jsonl' : 'test.jsonl'})`, t.docs, t.gold, t.optional, t.events, t.items, p, r, f1(p, r), pS, rS, f1(pS, rS), ratio(t.lexiconFound, t.gold), `${ratio(t.goldActorHere - t.fnActorHere, t.goldActorHere).toFixed(3)} (${t.goldActorHere})`, `${t.actorRight}/${t.actorPairs} (${t.actorNone} none)`, `${t.recipientRight}/${t.recipientPairs} (${t.recipientNone} none)`, `${t.deadRight}/${t.deadPairs}`, `${t.injuredRight}/${t.injuredPairs}`]);
    }
    const groups = [...new Set(halves.flatMap(([, t]) => [...t.byGroup.keys()]))].sort();
    const cell = (t: Tally, g: string) => {
      const [n, found] = t.byGroup.get(g) ?? [0, 0];
      return n === 0 ? '-' : `${found}/${n}`;
    };
    const markdown = [
      markdownTable(['half', 'articles', 'gold triggers', 'optional', 'sitrep events', 'scored items', 'P (trigger)', 'R', 'F1', 'P (sentence)', 'R', 'F1', 'lexicon R (trigger)', 'R where the gold names an actor in the sentence (triggers)', 'actor right/pairs', 'recipient right/pairs', 'dead given', 'injured given'], rows),
      '',
      'Required gold triggers found (trigger level), by KAIROS type:',
      '',
      markdownTable(['KAIROS type', 'PLOVER', 'dev', 'check'], groups.map((g) => [g, rules.find((r) => r.kairos === g)?.types.join('/') ?? '', cell(halves[0]![1], g), cell(halves[1]![1], g)])),
      '',
      `WikiEvents (Li, Ji & Han 2021): 20 + 20 news articles with KAIROS event mentions; the text is rebuilt from the tokens and run through the whole pipeline. KAIROS types are mapped to PLOVER in \`eval/fixtures/wikievents-types.json\` (each rule with its codebook reason); deaths, injuries, unspecified contact, trials, investigations, releases, damage and crimes are optional (right when sitrep codes an accepted type there, not missed otherwise). An item (sitrep event; compound-actor splits merged) is right at trigger level when one of its evidence triggers overlaps a gold trigger of an accepted type, at sentence level when it lies in that trigger's sentence; unmatched items count as wrong only for ${mapping.precisionTypes.join(', ')} (KAIROS does not annotate the other PLOVER types). KAIROS leaves many event mentions unannotated, so precision here is a lower bound. "Lexicon R": required gold triggers where the trigger files read a trigger of an accepted type (actor and place words blocked, no classifier fallback), whether or not the coder then makes an event (it needs an actor, or a coded victim of an attack). Most KAIROS attack triggers name no attacker in their sentence ("the explosion", "the bombing"), and PLOVER codes no event without an actor, so the trigger recall of a PLOVER coder is bounded well below 1; "R where the gold names an actor" is the recall over the triggers whose KAIROS actor-role argument (Attacker, Demonstrator, Jailer, …) lies in the trigger's sentence. Actor/recipient: on trigger matches whose gold has an argument of the rule's roles, the sitrep argument overlaps or shares its words with one (none: sitrep gave none); dead/injured: ASSAULT matches whose sentence has a gold death/injury, and how many carry the count.`,
    ].join('\n');
    return { name: 'wikievents', title: 'Whole-article events (WikiEvents, KAIROS)', metrics, markdown };
  },
};
