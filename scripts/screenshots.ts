/**
 * Screenshots of the web UI's views into docs/screenshots/, on a realistic store: a synthetic
 * knowledge base of ~100,000 events (scripts/seed-store.ts, cached under .tmp/) plus real pages
 * analysed by the pipeline (the example page where ../shared exists, and the test fixture pages),
 * so the table has scale and the evidence view has real articles.
 *
 *   npm run screenshots                        # every shot
 *   npm run screenshots -- --only events,event # some
 *   npm run screenshots -- --events 20000      # a smaller synthetic store
 *
 * To add a view, add an entry to SHOTS: a name (the file name), the path to open (or a function
 * of the seeded context returning it), the selector to wait for, and optionally what to do first.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Command } from 'commander';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { analyze } from '../src/analysis.js';
import { ingestResult } from '../src/knowledge-base.js';
import { startServer } from '../src/server.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/index.js';
import { CHROMIUM, CHROMIUM_FLAGS, ensureUiBuilt, ROOT } from '../test/browser/harness.js';

/** What the shots can refer to: ids from the real pages ingested on top of the synthetic store. */
interface ShotContext {
  /** An event of the example page (or of the first fixture page), for the evidence view. */
  eventId: string;
  /** The actor of the actor page: the store's busiest. */
  actor: string;
  /** The example page's text (empty without ../shared). */
  exampleText: string;
}

/** One screenshot. */
interface Shot {
  name: string;
  path: string | ((c: ShotContext) => string);
  waitFor: string;
  before?: (page: Page, c: ShotContext) => Promise<void>;
  /** Capture the whole page, up to this height in pixels (default: the viewport only). */
  fullPageMax?: number;
}

const SHOTS: Shot[] = [
  { name: 'events', path: '/', waitFor: 'table.events tbody tr' },
  { name: 'events-filtered', path: '/?type=ASSAULT,COERCE&minSources=2&sort=dead&order=desc', waitFor: 'table.events tbody tr' },
  { name: 'event', path: (c) => `/events/${encodeURIComponent(c.eventId)}`, waitFor: '[data-testid=document-text] mark.role-trigger', fullPageMax: 1600 },
  { name: 'actor', path: (c) => `/actors/${encodeURIComponent(c.actor)}`, waitFor: 'table.events tbody tr' },
  {
    name: 'analyze',
    path: '/analyze',
    waitFor: '[data-testid=analysis]',
    fullPageMax: 2600,
    before: async (page, c) => {
      await page.fill('textarea[name=input]', c.exampleText || FALLBACK_TEXT);
      await page.click('button[type=submit]');
    },
  },
  { name: 'timeline', path: '/timeline', waitFor: '.timeline-svg rect.bar' },
  { name: 'timeline-filtered', path: '/timeline?type=ASSAULT,PROTEST,CONSULT&since=2015-01-01&until=2015-03-31', waitFor: '.timeline-svg rect.bar' },
  { name: 'map', path: '/map', waitFor: '.map-svg g.marker' },
  {
    name: 'map-hover',
    path: '/map?type=ASSAULT',
    waitFor: '.map-svg g.marker',
    // Zoomed in three times (the clusters split at each step), the biggest marker hovered for its tooltip.
    before: async (page) => {
      await page.waitForSelector('.map-svg g.marker');
      for (let i = 0; i < 3; i++) await page.click('.map-zoom button[aria-label="Zoom in"]');
      // The 1:50m borders load at zoom 3 and a truncated map asks for the visible area's places.
      await page.waitForTimeout(1500);
      await page.hover('.map-svg g.marker >> nth=0');
    },
  },
  { name: 'network', path: '/network', waitFor: '.network-svg g.node' },
];

const FALLBACK_TEXT = 'Syrian government forces shelled rebel-held districts of Aleppo on Tuesday, killing at least 12 people, activists said.';
const EXAMPLE = join(ROOT, '..', 'shared', 'data', 'examples', 'independent-syria-ceasefire-2014.txt');

const opts = new Command()
  .option('--events <n>', 'synthetic event reports in the store', '125000')
  .option('--db <path>', 'use this store instead of seeding one')
  .option('--out <dir>', 'where the PNGs go', 'docs/screenshots')
  .option('--only <names>', 'comma-separated shot names')
  .option('--fresh', 'seed the synthetic store anew instead of reusing .tmp/screenshots-<events>.db')
  .parse()
  .opts<{ events: string; db?: string; out: string; only?: string; fresh?: boolean }>();

/** The synthetic store, seeded once per size and cached under .tmp/; the real pages are added on every run. */
async function seededStore(): Promise<Store> {
  if (opts.db) return openStore(opts.db);
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  // `-s2`: the realistic seed (PLOVER types, named actors, real cities); an older cached store is not reused.
  const path = join(ROOT, '.tmp', `screenshots-s2-${opts.events}.db`);
  // Kept between runs (re-ingesting the real pages finds them stored); --fresh seeds anew.
  if (existsSync(path) && !opts.fresh) return openStore(path);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  // Seeded at schema 4 and upgraded by openStore, as docs/API.md measures it: the later migrations'
  // backfills (sort keys, summaries) then cover the rows the seed writes straight into the tables.
  const seed = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'seed-store.ts'), '--out', path, '--events', opts.events, '--schema', '4'], { cwd: ROOT, stdio: 'inherit' });
  if (seed.status !== 0) throw new Error('seeding failed');
  return openStore(path);
}

/** Ingests the example page and the fixture pages; returns the shots' context. */
async function addRealPages(store: Store): Promise<ShotContext> {
  const inputs: { uri: string; raw: string; html: boolean }[] = [];
  const exampleText = existsSync(EXAMPLE) ? readFileSync(EXAMPLE, 'utf8') : '';
  if (exampleText) inputs.push({ uri: EXAMPLE, raw: exampleText, html: false });
  const fixtures = join(ROOT, 'test', 'fixtures', 'pages');
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.html')).sort()) inputs.push({ uri: join(fixtures, file), raw: readFileSync(join(fixtures, file), 'utf8'), html: true });
  let eventId = '';
  const actors = new Map<string, number>();
  const realDocs = new Set<string>();
  for (const input of inputs) {
    const result = await analyze(input.html ? { html: input.raw } : { text: input.raw }, { uri: input.uri, date: '2014-01-13' });
    if (result.errors.length > 0) continue;
    const stored = await ingestResult(store, result, { raw: input.raw, uri: input.uri });
    realDocs.add(stored.documentId);
    // An event of a real page can join a synthetic cluster (same type, actors, place and week); the
    // evidence view should show real text only, so such clusters are not picked for it.
    const events = (await store.events({ document: stored.documentId })).filter((e) => e.evidence.every((ev) => realDocs.has(ev.documentId)));
    for (const e of events) for (const a of [...e.actors, ...e.recipients]) actors.set(a.name, (actors.get(a.name) ?? 0) + 1);
    if (eventId) continue;
    // The most telling event: one with an actor, a recipient and a place (a town rather than a
    // country), then the most evidence.
    const score = (e: (typeof events)[number]): number => (e.actors.length > 0 ? 8 : 0) + (e.recipients.length > 0 ? 4 : 0) + (e.place ? 2 : 0) + (e.place && e.place.precision !== 'country' ? 1 : 0);
    const best = [...events].sort((a, b) => score(b) - score(a) || b.evidence.length - a.evidence.length)[0];
    if (best) eventId = best.id;
  }
  // The actor page shows the store's busiest actor (three years of activity; the seed names actors
  // "Russia (government)", so the real pages' "Russia" has only their few events), else the real
  // actor named most often.
  const busiest = [...(await store.actors())].sort((a, b) => b.events - a.events)[0]?.name;
  const actor = busiest ?? [...actors].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return { eventId, actor, exampleText };
}

const store = await seededStore();
const context = await addRealPages(store);
console.log(`real pages added; evidence shot: event ${context.eventId}, actor ${context.actor}`);
const uiDir = await ensureUiBuilt();
const server = await startServer({ store, port: 0, uiDir });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS.filter((f) => f !== '--headless'), headless: true });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
const out = resolve(ROOT, opts.out);
mkdirSync(out, { recursive: true });
const only = opts.only ? new Set(opts.only.split(',')) : undefined;
try {
  for (const shot of SHOTS) {
    if (only && !only.has(shot.name)) continue;
    const path = typeof shot.path === 'function' ? shot.path(context) : shot.path;
    await page.goto(server.url + path);
    if (shot.before) await shot.before(page, context);
    await page.waitForSelector(shot.waitFor, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const file = join(out, `${shot.name}.png`);
    if (shot.fullPageMax) {
      const height = Math.min(shot.fullPageMax, await page.evaluate(() => document.documentElement.scrollHeight));
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: 1440, height } });
    } else await page.screenshot({ path: file });
    console.log(`${shot.name}: ${path} → ${file}`);
  }
} finally {
  await browser.close();
  await server.close();
  await store.close();
}
