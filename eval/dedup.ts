/**
 * The `dedup` suite: near-duplicate linking and cross-article event merging, measured on OUR OWN
 * test set (test/fixtures/dedup: short reports we wrote from public facts, several outlets per
 * event, one wire story run twice, plus distractor events of the same types). It needs no
 * ../shared data. Runs standalone too: `npx tsx eval/dedup.ts`.
 *
 * Gold is per article and event type: every coded report of type T in an article the gold lists
 * for event G (type T) is a report of G. Duplicate-event rate = Σ_G (clusters holding G's reports − 1)
 * / Σ_G clusters holding G's reports: the share of the event list for the gold events that repeats
 * an event already listed. Over-merges are clusters holding reports of two gold events.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from '../src/analysis.js';
import { ingestResult } from '../src/knowledge-base.js';
import { openStore } from '../src/store/index.js';
import { markdownTable } from './suite.js';
import type { Suite, SuiteResult } from './suite.js';

/** Where our own dedup fixtures live. */
export const DEDUP_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'dedup');

interface Gold {
  articles: { file: string; url: string; published: string }[];
  events: { id: string; type: string; articles: string[] }[];
  nearDuplicates: [string, string][];
}

/** Per gold event: its reports and the clusters they landed in. */
export interface DedupEventRow {
  id: string;
  type: string;
  reports: number;
  clusters: number;
  /** Independent sources of its largest cluster. */
  sources: number;
}

/** What {@link measureDedup} found. */
export interface DedupMeasure {
  rows: DedupEventRow[];
  /** Share of output events (for gold events) that repeat one already listed. */
  duplicateRate: number;
  /** The same share if every report stayed its own event (no clustering). */
  duplicateRateUnclustered: number;
  /** Clusters holding reports of two different gold events. */
  overMerged: number;
  /** Gold events the coder reported at all. */
  covered: number;
  nearDuplicatesFound: number;
  nearDuplicatesExpected: number;
  /** Documents linked as near-duplicates that the gold does not pair. */
  falseNearDuplicates: number;
}

/** Analyses and ingests the fixture pages into a fresh in-memory store and measures duplicate events. */
export async function measureDedup(dir = DEDUP_FIXTURES): Promise<DedupMeasure> {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  const store = await openStore(':memory:');
  try {
    const idOf = new Map<string, string>();
    for (const a of gold.articles) {
      const raw = readFileSync(join(dir, a.file), 'utf8');
      const result = await analyze({ text: raw }, { date: a.published, url: a.url, uri: a.file, preExtracted: true });
      idOf.set(a.file, (await ingestResult(store, result, { raw, uri: a.url })).documentId);
    }
    const fileOf = new Map([...idOf].map(([f, id]) => [id, f]));
    const events = await store.events();
    const rows: DedupEventRow[] = [];
    const goldOfCluster = new Map<string, Set<string>>();
    for (const g of gold.events) {
      const docs = new Set(g.articles.map((f) => idOf.get(f)));
      const mine = events.filter((e) => e.type === g.type && e.documents.some((d) => docs.has(d)));
      for (const e of mine) {
        let set = goldOfCluster.get(e.id);
        if (!set) goldOfCluster.set(e.id, (set = new Set()));
        set.add(g.id);
      }
      // Reports of G: the cluster members that come from G's articles.
      const reports = mine.reduce((n, e) => n + e.evidence.filter((v) => docs.has(v.documentId)).length, 0);
      rows.push({ id: g.id, type: g.type, reports, clusters: mine.length, sources: Math.max(0, ...mine.map((e) => e.sources)) });
    }
    const listed = rows.reduce((n, r) => n + r.clusters, 0);
    const extra = rows.reduce((n, r) => n + Math.max(0, r.clusters - 1), 0);
    const reports = rows.reduce((n, r) => n + r.reports, 0);
    const extraUnclustered = rows.reduce((n, r) => n + Math.max(0, r.reports - 1), 0);
    const linked = (await store.documents()).filter((d) => d.duplicateOf !== null);
    const expected = new Set(gold.nearDuplicates.map(([a, b]) => `${a}>${b}`));
    const found = linked.filter((d) => expected.has(`${fileOf.get(d.id)}>${fileOf.get(d.duplicateOf ?? '')}`)).length;
    return {
      rows,
      duplicateRate: listed === 0 ? 0 : extra / listed,
      duplicateRateUnclustered: reports === 0 ? 0 : extraUnclustered / reports,
      overMerged: [...goldOfCluster.values()].filter((s) => s.size > 1).length,
      covered: rows.filter((r) => r.reports > 0).length,
      nearDuplicatesFound: found,
      nearDuplicatesExpected: expected.size,
      falseNearDuplicates: linked.length - found,
    };
  } finally {
    await store.close();
  }
}

/** Renders a measurement as a suite result. */
export function dedupResult(m: DedupMeasure): SuiteResult {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const markdown = [
    'Our own test set (test/fixtures/dedup; no ../shared data): reports written from public facts, several outlets per event, one wire story syndicated twice, distractors of the same types.',
    '',
    markdownTable(['gold event', 'type', 'reports', 'events listed', 'sources'], m.rows.map((r) => [r.id, r.type, r.reports, r.clusters, r.sources])),
    '',
    `Duplicate-event rate: ${pct(m.duplicateRate)} after clustering (${pct(m.duplicateRateUnclustered)} if every report stayed its own event). ` +
      `Over-merged clusters: ${m.overMerged}. Gold events the coder reported: ${m.covered}/${m.rows.length}. ` +
      `Near-duplicates linked: ${m.nearDuplicatesFound}/${m.nearDuplicatesExpected}, false links: ${m.falseNearDuplicates}.`,
  ].join('\n');
  return {
    name: 'dedup',
    title: 'Event deduplication (our own multi-source set)',
    // Higher is better for the gate: the share of listed gold events that are not duplicates.
    metrics: { uniqueEventShare: 1 - m.duplicateRate, nearDuplicateRecall: m.nearDuplicatesExpected === 0 ? 1 : m.nearDuplicatesFound / m.nearDuplicatesExpected },
    markdown,
  };
}

export const dedupSuite: Suite = {
  name: 'dedup',
  // Our fixtures are in the repo: '.' is present whenever the shared folder is.
  needs: '.',
  run: async () => dedupResult(await measureDedup()),
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = dedupResult(await measureDedup());
  console.log(`## ${result.title}\n\n${result.markdown}\n\n${JSON.stringify(result.metrics)}`);
}
