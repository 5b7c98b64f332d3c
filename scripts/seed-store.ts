/**
 * Seeds a synthetic SQLite knowledge base for latency measurements of the store and the HTTP API.
 *
 *   npx tsx scripts/seed-store.ts --out /tmp/kb.db --events 100000 [--schema 4] [--seed 1]
 *
 * Rows are written straight into the tables (no extraction, no cluster matching), which takes
 * seconds instead of the hours a real ingest of that many events would. `--schema N` stops the
 * schema at version N (e.g. 4, to measure a store from before an index migration and then let
 * `openStore` upgrade it in place). The data is deterministic for a given `--seed`.
 */
import { seededRandom as rng } from '../src/nlp/entities/rng.js';
import { gzipSync } from 'node:zlib';
import { rmSync } from 'node:fs';
import { Command } from 'commander';
import { migrate, openSqlite, SCHEMA_VERSION } from '../src/store/index.js';

const TYPES = ['ASSAULT', 'FIGHT', 'PROTEST', 'CONSULT', 'COERCE', 'DEMAND', 'AID', 'ACCUSE', 'THREATEN', 'COOPERATE'];
const STATUSES = ['occurred', 'occurred', 'occurred', 'claimed', 'planned', 'denied', 'hypothetical'];
const COUNTRIES = ['SYR', 'IRQ', 'TUR', 'RUS', 'USA', 'IRN', 'ISR', 'LBN', 'JOR', 'EGY', 'YEM', 'SAU', 'FRA', 'GBR', 'DEU', 'UKR', 'AFG', 'PAK', 'IND', 'CHN'];
const SECTORS = ['GOV', 'MIL', 'CVL', 'REB', 'MED', 'BUS', 'OPP'];
const WORDS = 'forces shelled districts city protesters marched capital envoys met talks truce killed wounded villages convoy aid agency said officials reported'.split(' ');


const opts = new Command()
  .requiredOption('--out <path>', 'SQLite file to create (replaced if present)')
  .option('--events <n>', 'number of event reports', '100000')
  .option('--schema <v>', 'schema version to stop at', String(SCHEMA_VERSION))
  .option('--seed <n>', 'PRNG seed', '1')
  .parse()
  .opts<{ out: string; events: string; schema: string; seed: string }>();

const total = Number(opts.events);
const rand = rng(Number(opts.seed));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

for (const suffix of ['', '-wal', '-shm']) rmSync(`${opts.out}${suffix}`, { force: true });
const db = await openSqlite(opts.out);
await migrate(db, Number(opts.schema));

const places = Array.from({ length: 300 }, (_, i) => {
  const country = pick(COUNTRIES);
  return { id: `place-${i}`, name: `Town ${i}`, country, admin1: `Province ${i % 40}`, lat: 10 + rand() * 40, lon: 20 + rand() * 40, precision: i % 10 === 0 ? 'country' : 'city' };
});
const actors = Array.from({ length: 3000 }, (_, i) => ({ id: `actor-${i}`, name: `${pick(['Army', 'Police', 'Protesters', 'Ministry', 'Rebels', 'Militia', 'Council'])} ${i}`, country: rand() < 0.85 ? pick(COUNTRIES) : null, sector: pick(SECTORS) }));

const start = Date.UTC(2014, 0, 1);
const day = (offset: number): string => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);

await db.transaction(async (tx) => {
  for (const p of places) {
    await tx.run('INSERT INTO places (id, name, country, admin1, lat, lon, place_precision) VALUES (?, ?, ?, ?, ?, ?, ?)', [p.id, p.name, p.country, p.admin1, p.lat, p.lon, p.precision]);
  }
  for (const a of actors) await tx.run('INSERT INTO actors (id, name, country, sector) VALUES (?, ?, ?, ?)', [a.id, a.name, a.country, a.sector]);
  const perDoc = 10;
  const clusters: string[] = [];
  for (let d = 0; d * perDoc < total; d++) {
    const docId = `doc-${d}`;
    const text = Array.from({ length: 40 }, () => pick(WORDS)).join(' ');
    await tx.run(
      'INSERT INTO documents (id, uri, url, site, title, published, language, text, source_gz, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [docId, `https://news.example/${d}`, `https://news.example/${d}`, 'news.example', `Report ${d}`, day(Math.floor(rand() * 1100)), 'en', text, gzipSync(Buffer.from(`<p>${text}</p>`)), new Date(start + d * 60_000).toISOString()],
    );
    for (let k = 0; k < perDoc && d * perDoc + k < total; k++) {
      const id = `${docId}:e${k}`;
      const type = pick(TYPES);
      const place = rand() < 0.8 ? pick(places) : null;
      const dated = rand() < 0.95;
      const from = Math.floor(rand() * 1100);
      const dateStart = dated ? day(from) : null;
      const dateEnd = dated ? day(from + (rand() < 0.8 ? 0 : 2)) : null;
      const status = pick(STATUSES);
      const goldstein = Math.round((rand() * 20 - 10) * 10) / 10;
      // About one report in five joins an earlier cluster (another source for the same event).
      const joins = clusters.length > 0 && rand() < 0.2 ? clusters[Math.floor(rand() * clusters.length)] : undefined;
      const clusterId = joins ?? id;
      await tx.run(
        `INSERT INTO events (id, document_id, local_id, type, mode, cameo, goldstein, status, place_id, date_start, date_end, date_precision, dead, injured, crowd_size, coded, cluster_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, docId, `e${k}`, type, null, '190', goldstein, status, place?.id ?? null, dateStart, dateEnd, dated ? 'day' : null, rand() < 0.3 ? Math.floor(rand() * 50) : null, null, null, '{}', clusterId],
      );
      const roles: [string, number][] = [['actor', 1 + Math.floor(rand() * 2)], ['recipient', Math.floor(rand() * 2)]];
      for (const [role, n] of roles) {
        const used = new Set<string>();
        for (let ord = 0; ord < n; ord++) {
          const a = pick(actors);
          if (used.has(a.id)) continue;
          used.add(a.id);
          await tx.run('INSERT INTO event_actors (event_id, role, ord, actor_id) VALUES (?, ?, ?, ?)', [id, role, ord, a.id]);
        }
      }
      const sentence = Array.from({ length: 12 }, () => pick(WORDS)).join(' ');
      await tx.run(
        `INSERT INTO evidence (event_id, ord, document_id, sentence, text, text_start, text_end, source_start, source_end, trigger_text, trigger_start, trigger_end, trigger_source_start, trigger_source_end)
         VALUES (?, 0, ?, 0, ?, 0, ?, NULL, NULL, ?, 0, ?, NULL, NULL)`,
        [id, docId, sentence, sentence.length, sentence.split(' ')[0] ?? '', (sentence.split(' ')[0] ?? '').length],
      );
      if (joins) {
        await tx.run('UPDATE clusters SET sources = sources + 1, reports = reports + 1 WHERE id = ?', [joins]);
      } else {
        clusters.push(id);
        const point = place && place.precision !== 'country';
        await tx.run(
          `INSERT INTO clusters (id, type, status_class, date_start, date_end, lat, lon, admin1, country, actor_keys, sources, reports)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 1, 1)`,
          [id, type, status === 'occurred' || status === 'claimed' ? 'factual' : status, dateStart, dateEnd, point ? place.lat : null, point ? place.lon : null, place?.admin1 ?? null, place?.country ?? null],
        );
      }
    }
  }
});
await db.close();
console.log(`seeded ${opts.out}: ${total} reports, schema ${opts.schema}`);
