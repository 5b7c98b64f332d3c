import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStore } from '../store/index.js';
import { actor, PLACES, testBundle } from '../store/test-bundles.js';
import { main } from './main.js';

let dir: string;
let db: string;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, stdin: Readable.from([]) });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-kb-cli-'));
  db = join(dir, 'kb.db');
  const store = await openStore(db);
  const aleppo = { actors: [actor('Syrian government forces', 'SYR', 'GOV')], location: PLACES.aleppo, date: '2016-05-03', dead: 12 };
  await store.ingest(testBundle(['Syrian government forces shelled Aleppo on Tuesday, killing 12, activists said.'], [[0, 'shelled', aleppo]], { url: 'https://wire.example/a' }));
  await store.ingest(testBundle(['Government helicopters bombed eastern Aleppo, "killing at least 12", rescuers said.'], [[0, 'bombed', { ...aleppo, date: '2016-05-04' }]], { url: 'https://paper.example/b' }));
  await store.ingest(
    testBundle(['Russian and American envoys met in Geneva on Monday.'], [[0, 'met', { type: 'CONSULT', actors: [actor('Russia', 'RUS', 'GOV')], recipients: [actor('United States', 'USA', 'GOV')], location: PLACES.geneva, date: '2016-02-01' }]]),
  );
  await store.recordFailure({ input: 'gone.html', code: 'not-found', message: 'no such file' });
  await store.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sitrep events', () => {
  test.each([
    [['--min-sources', '2'], ['ASSAULT']],
    [['--near', '46.2,6.1,20'], ['CONSULT']],
    [['--since', '2016-03-01'], ['ASSAULT']],
    [['--until', '2016-03-01'], ['CONSULT']],
    [['--actor', 'united states'], ['CONSULT']],
    [['--type', 'ASSAULT,CONSULT'], ['ASSAULT', 'CONSULT']],
  ])('%j filters the events', async (args, types) => {
    const r = await run(['events', '--db', db, '--format', 'json', ...args]);
    expect((JSON.parse(r.stdout) as { type: string }[]).map((e) => e.type)).toEqual(types);
  });

  test('the table shows one line per event with its sources', async () => {
    const r = await run(['events', '--db', db]);
    const lines = r.stdout.trimEnd().split('\n');
    const at = lines[0]?.indexOf('SOURCES') ?? -1;
    expect(lines.map((l) => l.slice(at).split(/\s+/)[0])).toEqual(['SOURCES', '2', '1']);
  });

  test('a bad --near is a usage error', async () => {
    expect((await run(['events', '--db', db, '--near', '36,37'])).code).toBe(2);
  });

  test('a missing database file is reported, not created', async () => {
    const r = await run(['events', '--db', join(dir, 'none.db')]);
    expect([r.code, r.stderr.includes('no knowledge base')]).toEqual([1, true]);
  });
});

describe('sitrep export', () => {
  test('csv has GDELT columns with CAMEO and Goldstein', async () => {
    const lines = (await run(['export', '--db', db, '--format', 'csv'])).stdout.trim().split('\n');
    const header = lines[0]?.split(',') ?? [];
    const first = lines[1]?.split(',') ?? [];
    expect([first[header.indexOf('EventCode')], first[header.indexOf('GoldsteinScale')], first[header.indexOf('QuadClass')], first[header.indexOf('NumSources')]]).toEqual(['190', '-10', '4', '2']);
  });

  test('geojson is a FeatureCollection of [lon, lat] points', async () => {
    const fc = JSON.parse((await run(['export', '--db', db, '--format', 'geojson'])).stdout) as { type: string; features: { geometry: { coordinates: number[] } }[] };
    expect([fc.type, fc.features.map((f) => f.geometry.coordinates)]).toEqual(['FeatureCollection', [[37.16, 36.2], [6.15, 46.2]]]);
  });

  test('plover lines use the POLECAT fields', async () => {
    const lines = (await run(['export', '--db', db, '--format', 'plover'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const consult = lines.find((l) => l['event_type'] === 'CONSULT');
    expect([consult?.['actor_country'], consult?.['recipient_country'], consult?.['quad_code'], consult?.['placename'], consult?.['event_date']]).toEqual(['RUS', 'USA', 'verbal-cooperation', 'Geneva', '2016-02-01']);
  });

  test('jsonl rows keep the evidence with source offsets', async () => {
    const rows = (await run(['export', '--db', db, '--format', 'jsonl'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as { evidence: { sourceStart: number | null }[] });
    expect(rows.map((r) => r.evidence.length)).toEqual([2, 1]);
  });

  test('--format is required', async () => {
    expect((await run(['export', '--db', db])).code).toBe(2);
  });
});

describe('sitrep actors and stats', () => {
  test('actors list counts and the cooperation/conflict balance', async () => {
    const actors = JSON.parse((await run(['actors', '--db', db, '--format', 'json'])).stdout) as { name: string; events: number; conflict: number; cooperation: number }[];
    expect(actors.map((a) => [a.name, a.events, a.cooperation, a.conflict])).toEqual([
      ['Russia', 1, 1, 0],
      ['Syrian government forces', 1, 0, 1],
      ['United States', 1, 1, 0],
    ]);
  });

  test('stats --json has documents, events, actors and errors as numbers', async () => {
    const s = JSON.parse((await run(['stats', '--db', db, '--json'])).stdout) as Record<string, unknown>;
    expect([s['documents'], s['events'], s['actors'], s['errors']]).toEqual([3, 2, 3, 1]);
  });

  test('SITREP_DB names the database when --db is not given', async () => {
    const before = process.env['SITREP_DB'];
    process.env['SITREP_DB'] = db;
    try {
      expect((JSON.parse((await run(['stats', '--json'])).stdout) as { documents: number }).documents).toBe(3);
    } finally {
      if (before === undefined) delete process.env['SITREP_DB'];
      else process.env['SITREP_DB'] = before;
    }
  });

  test('stats text names the top place', async () => {
    expect((await run(['stats', '--db', db])).stdout).toMatch(/TOP PLACE\s+COUNTRY\s+EVENTS\nAleppo\s+SYR\s+1/);
  });
});
