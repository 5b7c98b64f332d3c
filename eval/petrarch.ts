/**
 * The `petrarch` suite: PETRARCH2 validation sentences (CAMEO triples). Our actors map to
 * CAMEO-style codes as country + sector (`USAGOV`; `IGO`/`IMG` as PLOVER gives them); a triple
 * matches on (source country, target country, CAMEO root code), since the gold's sector layers
 * (`IRQMUS`, `IGOUNOMIL`) go beyond what PLOVER sectors carry; our `UNO`/`EUR` are the gold's `IGO`. Only the
 * sentence's primary events are compared (the gold codes one event per sentence). Root accuracy: share of gold
 * triples whose root code some event of the sentence has (and, stricter, a primary event has).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analysis.js';
import { markdownTable } from './suite.js';
import type { Suite, SuiteResult } from './suite.js';

interface Item { text: string; date: string; triples: { source: string; target: string; code: string }[] }

function parse(xml: string): Item[] {
  const out: Item[] = [];
  const re = /<Sentence [^>]*date="(\d{8})"[^>]*>([\s\S]*?)<Text>([\s\S]*?)<\/Text>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const d = m[1]!;
    const triples = [...m[2]!.matchAll(/<EventCoding eventcode="(\d+)" sourcecode="([^"]*)" targetcode="([^"]*)"/g)].map((t) => ({ code: t[1]!, source: t[2]!, target: t[3]! }));
    out.push({ text: m[3]!.replace(/\s+/g, ' ').trim(), date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`, triples });
  }
  return out;
}

/** The gold's country layer: its first three letters (`IGOUNOMIL` → `IGO`). */
export const country = (code: string) => code.slice(0, 3);
/** Our country field at the gold's granularity: CAMEO files UN and EU bodies under `IGO` (`IGOUNO…`, `IGOEUR…`). */
export const ours = (code: string | undefined) => (code === 'UNO' || code === 'EUR' ? 'IGO' : (code ?? '---'));

/**
 * An event's CAMEO dyads (source, target country). A joint event — several actors and no recipient,
 * PLOVER's coding of "X and Y met" — is every ordered pair of its actors, as CAMEO codes a joint
 * action (each participant acts on each other one); otherwise each actor with each recipient (or
 * none). Applied to every event alike.
 */
export function dyads(e: { actors: readonly { country?: string }[]; recipients: readonly { country?: string }[] }): [string | undefined, string | undefined][] {
  if (e.actors.length > 1 && e.recipients.length === 0) return e.actors.flatMap((a, i) => e.actors.filter((_, j) => j !== i).map((b): [string | undefined, string | undefined] => [a.country, b.country]));
  return e.actors.flatMap((a) => (e.recipients.length > 0 ? e.recipients : [{ country: '---' }]).map((t): [string | undefined, string | undefined] => [a.country, t.country]));
}

type CodedEvent = Parameters<typeof dyads>[0] & { cameo: string; primary?: boolean };

/**
 * The events a sentence is scored on: the gold codes one event per sentence (split per compound
 * actor), so the coder's primary events (the main clause's), as the plover suite does; the first
 * event when none is primary.
 */
export function chosenEvents<E extends CodedEvent>(events: readonly E[]): E[] {
  const primary = events.filter((e) => e.primary);
  return primary.length > 0 ? primary : events.slice(0, 1);
}

/** The `source|target|root` keys of events, at the gold's granularity (see {@link ours}). */
export function tripleKeys(events: readonly CodedEvent[]): Set<string> {
  const got = new Set<string>();
  for (const e of events) {
    const root = e.cameo.slice(0, 2);
    for (const [a, t] of dyads(e)) got.add(`${ours(a)}|${ours(t)}|${root}`);
  }
  return got;
}

export const petrarchSuite: Suite = {
  name: 'petrarch',
  needs: 'events/petrarch/PETR2_GSR_validation.xml',
  async run(shared: string): Promise<SuiteResult> {
    const items = parse(readFileSync(join(shared, 'events/petrarch/PETR2_GSR_validation.xml'), 'utf8'));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let roots = 0;
    let primaryRoots = 0;
    let goldN = 0;
    for (const item of items) {
      const r = await analyze({ text: item.text }, { preExtracted: true, date: item.date });
      const chosen = chosenEvents(r.events);
      const got = tripleKeys(chosen);
      const gold = new Set(item.triples.map((t) => `${country(t.source)}|${country(t.target)}|${t.code.slice(0, 2)}`));
      for (const g of gold) if (got.has(g)) tp++; else fn++;
      for (const g of got) if (!gold.has(g)) fp++;
      for (const t of item.triples) {
        goldN++;
        if (r.events.some((e) => e.cameo.slice(0, 2) === t.code.slice(0, 2))) roots++;
        if (chosen.some((e) => e.cameo.slice(0, 2) === t.code.slice(0, 2))) primaryRoots++;
      }
    }
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    return {
      name: 'petrarch',
      title: 'PETRARCH2 validation triples',
      metrics: { tripleF1: f1, rootAccuracy: goldN ? roots / goldN : 0, primaryRootAccuracy: goldN ? primaryRoots / goldN : 0 },
      markdown: `${markdownTable(['sentences', 'gold triples', 'tp', 'fp', 'fn', 'triple F1', 'root-code accuracy (any event)', 'root-code accuracy (primary)'], [[items.length, goldN, tp, fp, fn, f1, goldN ? roots / goldN : 0, goldN ? primaryRoots / goldN : 0]])}\n\nTriples compare (source country, target country, CAMEO root) of the sentence's primary events (the gold codes one event per sentence); see docs/EVENTS.md for the code mapping.\n`,
    };
  },
};
