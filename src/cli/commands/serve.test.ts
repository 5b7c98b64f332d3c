import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { openStore } from '../../store/index.js';
import { actor, PLACES, testBundle } from '../../store/test-bundles.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Process ids of a process's children (Linux /proc). */
function childPids(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test.each([
  ['1', 0],
  ['2', 2],
])('sitrep serve --workers %s listens on 127.0.0.1 (port 0) with %i forked server processes, answers /api/events, and stops them all on SIGTERM', async (workers, forked) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
  dirs.push(dir);
  const db = join(dir, 'kb.db');
  const store = await openStore(db);
  await store.ingest(testBundle(['Police dispersed protesters in Aleppo on Tuesday.', 'Shops closed.'], [[0, 'dispersed', { type: 'PROTEST', actors: [actor('Police', 'SYR', 'COP')], location: PLACES.aleppo, date: '2016-05-03' }]]));
  await store.close();

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/entry.ts', 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1', '--workers', workers], { stdio: ['ignore', 'pipe', 'inherit'] });
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
  let servers: number[] = [];
  try {
    // Every process answers: more requests than processes, each from the shared port.
    const answers = await Promise.all([1, 2, 3, 4].map(async () => {
      const res = await fetch(`${url}/api/events`);
      const body = (await res.json()) as { total: number; items: { type: string }[] };
      return [res.status, body.total, body.items[0]?.type];
    }));
    expect(answers).toEqual(Array(4).fill([200, 1, 'PROTEST']));
    servers = childPids(child.pid ?? 0);
    expect(servers.length).toBe(forked);
  } finally {
    child.kill('SIGTERM');
  }
  expect([await exit, servers.filter(alive).length]).toEqual([0, 0]);
}, 120_000);
