/**
 * The `plover` suite: the PLOVER gold records (CAMEO manual examples, PLOVER 0.5b1 labels mapped
 * to the current 16 types). Each record has one gold event, so the coder's one primary event
 * (its `primary` events: the main clause's, split per compound actor) is compared; the lenient
 * "some event of the gold type" share is reported beside it. Records are split by position:
 * even = dev (looked at), odd = check (only scored).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisResult } from '../src/analysis.js';
import { loadSource } from '../src/article.js';
import { Document } from '../src/core/index.js';
import type { CodedEvent } from '../src/core/index.js';
import { defaultPipeline } from '../src/default-pipeline.js';
import { clauseRoles, primaryTrigger } from '../src/events/coder/clauses.js';
import { findTriggers } from '../src/events/coder/find-triggers.js';
import { bySentence, wordsBySentence } from '../src/events/coder/sentence-index.js';
import { markdownTable } from './suite.js';
import type { Suite, SuiteResult } from './suite.js';

const RENAME: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', FIGHT: 'ASSAULT', INVESTIGATE: 'ACCUSE' };
/**
 * Country-field codes compared at the gold's granularity: PLOVER 0.5b1 codes UN and EU bodies as
 * `IGO` (we give `UNO`/`EUR`, both IGOs); three gold codes are non-ISO spellings of ISO codes.
 */
const SAME_CODE: Record<string, string> = { UNO: 'IGO', EUR: 'IGO', JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };
const norm = (code: string) => SAME_CODE[code] ?? code;

interface GoldActor { code?: string; sector?: string }
interface GoldRecord { id: string; event: string; text?: string; source?: GoldActor[] | string; target?: GoldActor[] | string | null }

function actors(x: GoldActor[] | string | null | undefined): GoldActor[] {
  return Array.isArray(x) ? x : [];
}

class F1 {
  tp = 0;
  fp = 0;
  fn = 0;
  add(gold: readonly string[], got: readonly string[]): void {
    const g = new Set(gold.filter(Boolean).map(norm));
    const p = new Set(got.filter(Boolean).map(norm));
    for (const x of p) if (g.has(x)) this.tp++; else this.fp++;
    for (const x of g) if (!p.has(x)) this.fn++;
  }
  get value(): number {
    return this.tp === 0 ? 0 : (2 * this.tp) / (2 * this.tp + this.fp + this.fn);
  }
  /** Precision/recall as "P/R" for the report. */
  get pr(): string {
    const p = this.tp + this.fp === 0 ? 0 : this.tp / (this.tp + this.fp);
    const r = this.tp + this.fn === 0 ? 0 : this.tp / (this.tp + this.fn);
    return `${p.toFixed(3)}/${r.toFixed(3)}`;
  }
}

interface Half {
  n: number;
  found: number;
  type: number;
  anyType: number;
  /** Records whose first sentence with a lexicon trigger has a primary trigger of the gold type (actors or not). */
  trigType: number;
  /** Records with no event whose primary trigger has the gold type (the argument finder, not the lexicon, missed them). */
  noEventTrigType: number;
  actor: F1;
  recipient: F1;
  sector: F1;
  /** Gold type -> coded primary type ("none" when no event) -> records. */
  confusion: Map<string, Map<string, number>>;
}

/** The record's coded event: the primary events of the first sentence that has one (else the first event). */
export function primaryEvents(events: readonly CodedEvent[]): CodedEvent[] {
  const primary = events.filter((e) => e.primary);
  if (primary.length === 0) return events.slice(0, 1);
  const s = primary[0]!.evidence[0]?.sentence;
  return primary.filter((e) => e.evidence[0]?.sentence === s);
}

/**
 * The type of the primary lexicon trigger of the document's first sentence that has one, found as the
 * event stage finds triggers (words of actor and place phrases blocked) but with no argument, status or
 * shift rule: whether the lexicon reads the record's event right, whatever the argument finder finds.
 */
function primaryTriggerType(doc: Document): string | undefined {
  const words = wordsBySentence(doc);
  const sentences = doc.layer('sentences') ?? [];
  const spans = bySentence(sentences, [...(doc.layer('actors') ?? []), ...(doc.layer('places') ?? [])].sort((a, b) => a.start - b.start));
  for (const [s, ws] of words.entries()) {
    const blocked = new Set<number>();
    for (const m of spans[s] ?? []) for (const w of ws) if (w.start >= m.start && w.end <= m.end) blocked.add(w.i);
    const hits = findTriggers(ws, blocked);
    const k = primaryTrigger(clauseRoles(ws, hits));
    if (k >= 0) return hits[k]!.entry.type;
  }
  return undefined;
}

/** Runs the default pipeline over a record's text as `analyze` does, keeping the Document. */
async function runRecord(text: string): Promise<{ doc: Document; events: CodedEvent[] }> {
  const { source } = await loadSource({ text }, { date: '2000-01-01' });
  const doc = await defaultPipeline().run(new Document(source.mediaType === 'text/plain' ? { ...source, preExtracted: true } : source));
  return { doc, events: analysisResult(doc).events };
}

async function score(records: readonly GoldRecord[]): Promise<Half> {
  const h: Half = { n: 0, found: 0, type: 0, anyType: 0, trigType: 0, noEventTrigType: 0, actor: new F1(), recipient: new F1(), sector: new F1(), confusion: new Map() };
  for (const r of records) {
    h.n++;
    const gold = RENAME[r.event] ?? r.event;
    const { doc, events } = await runRecord(r.text ?? '');
    const chosen = primaryEvents(events);
    if (chosen.length > 0) h.found++;
    if (primaryTriggerType(doc) === gold) {
      h.trigType++;
      if (chosen.length === 0) h.noEventTrigType++;
    }
    if (chosen.some((e) => e.type === gold)) h.type++;
    if (events.some((e) => e.type === gold)) h.anyType++;
    const coded = chosen.length === 0 ? 'none' : chosen.some((e) => e.type === gold) ? gold : chosen[0]!.type;
    const row = h.confusion.get(gold) ?? new Map<string, number>();
    h.confusion.set(gold, row.set(coded, (row.get(coded) ?? 0) + 1));
    // Compound actors are split into one event per actor: pool the matching events' actors.
    const got = (f: (e: CodedEvent) => { country?: string; sector?: string }[]) => [...new Set(chosen.flatMap(f).map((a) => a.country ?? ''))];
    h.actor.add(actors(r.source).map((a) => a.code ?? ''), got((e) => e.actors));
    h.recipient.add(actors(r.target).map((a) => a.code ?? ''), got((e) => e.recipients));
    h.sector.add(
      actors(r.source).filter((a) => a.sector).map((a) => `${norm(a.code ?? '')}/${a.sector}`),
      [...new Set(chosen.flatMap((e) => e.actors).filter((a) => a.sector).map((a) => `${norm(a.country ?? '')}/${a.sector}`))],
    );
  }
  return h;
}

/** Per gold type: records, correct, no event, and the wrong types coded instead (most frequent first). */
function confusionTable(dev: Half, check: Half): string {
  const types = [...new Set([...dev.confusion.keys(), ...check.confusion.keys()])].sort();
  const cell = (h: Half, t: string) => {
    const row = h.confusion.get(t) ?? new Map<string, number>();
    const n = [...row.values()].reduce((a, b) => a + b, 0);
    const wrong = [...row].filter(([k]) => k !== t && k !== 'none').sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
    return [`${row.get(t) ?? 0}/${n}`, row.get('none') ?? 0, wrong || '-'];
  };
  return markdownTable(['gold type', 'dev right/records', 'dev no event', 'dev coded instead', 'check right/records', 'check no event', 'check coded instead'], types.map((t) => [t, ...cell(dev, t), ...cell(check, t)]));
}

export const ploverSuite: Suite = {
  name: 'plover',
  needs: 'events/plover/PLOVER_GSR_CAMEO.txt',
  async run(shared: string): Promise<SuiteResult> {
    const all = (JSON.parse(readFileSync(join(shared, 'events/plover/PLOVER_GSR_CAMEO.txt'), 'utf8')) as GoldRecord[]).filter((r) => r.event !== 'DOCUMENT' && r.text);
    const dev = await score(all.filter((_, k) => k % 2 === 0));
    const check = await score(all.filter((_, k) => k % 2 === 1));
    const row = (name: string, h: Half) => [name, h.n, h.found / h.n, h.type / h.n, h.anyType / h.n, h.trigType / h.n, h.noEventTrigType, h.actor.value, h.actor.pr, h.recipient.value, h.recipient.pr, h.sector.value];
    return {
      name: 'plover',
      title: 'PLOVER gold records',
      metrics: {
        checkTypeAccuracy: check.type / check.n,
        checkActorCountryF1: check.actor.value,
        checkRecipientCountryF1: check.recipient.value,
        checkTriggerTypeAccuracy: check.trigType / check.n,
        devTypeAccuracy: dev.type / dev.n,
        devTriggerTypeAccuracy: dev.trigType / dev.n,
        devActorCountryF1: dev.actor.value,
        devRecipientCountryF1: dev.recipient.value,
      },
      markdown: `${markdownTable(['half', 'records', 'any event', 'type accuracy', 'some event of the type', 'primary trigger of the type', 'no event, trigger of the type', 'actor country F1', 'actor P/R', 'recipient country F1', 'recipient P/R', 'actor country+sector F1'], [row('dev (even)', dev), row('check (odd)', check)])}\n\nType accuracy: the record's primary event (the main clause's; compound actors split into one event each) has the gold type; "some event of the type" is the lenient share where any coded event has it; "primary trigger of the type" reads only the lexicon (the primary trigger of the first sentence that has one, no actor needed, no status shift), and "no event, trigger of the type" counts records that got no event although the lexicon read them right (the argument finder found no actor). 0.5b1 labels mapped DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT, INVESTIGATE→ACCUSE. Country F1 pools the countries of the primary events; UNO/EUR count as the gold's IGO, and the gold's JAP/ITL/VTN as JPN/ITA/VNM.\n\nBy gold type (the primary event's type; "no event": the record got none):\n\n${confusionTable(dev, check)}\n`,
    };
  },
};
