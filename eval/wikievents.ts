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
import { defaultPipeline } from '../src/default-pipeline.js';
import { findTriggers } from '../src/events/coder/find-triggers.js';
import { bySentence, wordsBySentence } from '../src/events/coder/sentence-index.js';
import { markdownTable } from './suite.js';
import type { Suite, SuiteResult } from './suite.js';
import { goldTriggers, parseDocs, rebuild } from './wikievents-gold.js';
import type { GoldTrigger, Span, TypeRule, WikiDoc } from './wikievents-gold.js';
import { emptyTally, overlaps, scoreDoc, systemItems } from './wikievents-score.js';
import type { Tally } from './wikievents-score.js';
import mapping from './fixtures/wikievents-types.json' with { type: 'json' };

const NEEDS = 'events/wikievents';

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

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
