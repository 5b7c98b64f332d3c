/**
 * WikiEvents scoring: sitrep's events as scored items, matched against the gold triggers at trigger and
 * sentence level, with their actors, recipients and casualty counts, into a tally per half.
 *
 * @module
 */
import type { CodedEvent } from '../src/core/index.js';
import type { GoldTrigger, Span } from './wikievents-gold.js';

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

/** Whether two spans share a character. */
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
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
