import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { openStore } from '../../store/index.js';
import { actor, PLACES, testBundle } from '../../store/test-bundles.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

test('sitrep serve listens on 127.0.0.1 (port 0), answers /api/events, and stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
  dirs.push(dir);
  const db = join(dir, 'kb.db');
  const store = await openStore(db);
  await store.ingest(testBundle(['Police dispersed protesters in Aleppo on Tuesday.', 'Shops closed.'], [[0, 'dispersed', { type: 'PROTEST', actors: [actor('Police', 'SYR', 'COP')], location: PLACES.aleppo, date: '2016-05-03' }]]));
  await store.close();

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/entry.ts', 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) done(m[1]);
    });
    child.once('exit', () => fail(new Error(`serve exited before listening: ${out}`)));
  });
  try {
    const res = await fetch(`${url}/api/events`);
    const body = (await res.json()) as { total: number; items: { type: string }[] };
    expect([res.status, body.total, body.items[0]?.type]).toEqual([200, 1, 'PROTEST']);
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exit).toBe(0);
}, 60_000);
